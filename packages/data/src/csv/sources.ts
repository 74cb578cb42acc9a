/**
 * CSV sources as streams of text chunks. Every call opens the source anew
 * (a new fetch, a new file stream), which is what lets a CSV dataset be
 * iterated more than once. Node's fs is imported dynamically so that the
 * package still bundles for browsers (with `node:*` marked external).
 */
import { NeuriteError } from '@neurite/core';

/**
 * Where CSV text comes from. A string with a line break is CSV text (`{text}` for one line); an `http(s)://`
 * (or other scheme) string or URL is fetched and streamed; `file:` URLs and other strings are file paths in
 * Node (streamed with fs) and relative URLs elsewhere. Blobs, ReadableStreams and async iterables of bytes
 * or text are read as they come.
 */
export type CsvSource =
  | string
  | URL
  | { text: string }
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

const CHUNK = 1 << 16;

/** Whether a string source is CSV text itself (it spans lines) rather than a path or URL. */
function isCsvText(s: string): boolean {
  return /[\r\n]/.test(s);
}

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/** Opens `source` as a stream of decoded text chunks. */
export function openText(source: CsvSource): AsyncIterable<string> {
  if (typeof source !== 'string' && (typeof source !== 'object' || source === null)) {
    throw new NeuriteError('BAD_ARGUMENT', `csv: unsupported source (${source === null ? 'null' : typeof source}); give CSV text, a path, a URL, a Blob or a stream`);
  }
  if (typeof source === 'string') {
    if (isCsvText(source)) return textChunks(source);
    if (source.startsWith('file:')) return openText(new URL(source));
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return fetchText(source);
    return isNode() ? fileText(source) : fetchText(source);
  }
  if (source instanceof URL) return source.protocol === 'file:' && isNode() ? fileText(source) : fetchText(source);
  if (typeof Blob !== 'undefined' && source instanceof Blob) return decode(streamBytes(source.stream()));
  if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) return decode(streamBytes(source));
  if ('text' in source && typeof source.text === 'string') return textChunks(source.text);
  if (Symbol.asyncIterator in source) return decode(source);
  throw new NeuriteError('BAD_ARGUMENT', 'csv: unsupported source');
}

async function* textChunks(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
}

async function* decode(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const c of chunks) yield typeof c === 'string' ? c : decoder.decode(c, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

async function* streamBytes(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
  } finally {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

async function* fetchText(url: string | URL): AsyncGenerator<string> {
  const res = await fetch(url);
  if (!res.ok) throw new NeuriteError('NOT_FOUND', `csv: fetching ${String(url)} failed with HTTP ${res.status}`);
  if (!res.body) {
    yield await res.text();
    return;
  }
  yield* decode(streamBytes(res.body));
}

async function* fileText(path: string | URL): AsyncGenerator<string> {
  const fs = await import('node:fs');
  const stream = fs.createReadStream(path, { highWaterMark: CHUNK });
  try {
    yield* decode(stream as AsyncIterable<Uint8Array>);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NeuriteError('NOT_FOUND', `csv: ${String(path)} does not exist`, { cause: e });
    if (code === 'EISDIR') throw new NeuriteError('BAD_ARGUMENT', `csv: ${String(path)} is a folder, not a CSV file`, { cause: e });
    throw e;
  } finally {
    stream.destroy();
  }
}
