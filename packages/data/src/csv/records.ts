/**
 * Drives csv-parse over a stream of text chunks and yields its records, with
 * the line each record ends on. Blank lines are dropped; fields keep trailing
 * spaces (callers trim). `#csv-parse` resolves (see package.json "imports")
 * to csv-parse's Node build under the `node` condition and to its
 * self-contained browser build elsewhere; both expose the same
 * stream.Transform API, which is all this file uses.
 *
 * Memory stays bounded: a new chunk is written only once the records of the
 * previous ones have been consumed and the parser has drained.
 */
import { parse } from '#csv-parse';
import { NeuriteError } from '@neurite/core';

/** csv-parse's error (bad quoting, …) as a NeuriteError naming the line. */
function parseFailure(e: unknown, line: number): NeuriteError {
  if (e instanceof NeuriteError) return e;
  const at = (e as { lines?: number }).lines ?? line;
  return new NeuriteError('BAD_ARGUMENT', `csv: line ${at}: ${(e as Error).message ?? String(e)}`, { cause: e });
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line number on which the record ends. */
  line: number;
}

export interface RecordOptions {
  delimiter?: string;
  /** Skip records csv-parse cannot parse (bad quoting) instead of throwing. */
  skipBadRecords?: boolean;
}

interface InfoRecord {
  record: string[];
  info: { lines: number };
}

/** Line feeds inside a record's (quoted) fields. */
function lineBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** Yields the parsed records of a chunked CSV text, in batches (one per parsed chunk, to keep per-record overhead low). */
export async function* parseRecords(
  chunks: AsyncIterable<string>,
  options: RecordOptions = {},
): AsyncGenerator<CsvRecord[]> {
  // csv-parse's per-record `info` costs about half its parse time, so lines are counted here from the
  // fields; only when unparsable records are skipped (their lines would be lost) is `info` needed.
  const useInfo = options.skipBadRecords ?? false;
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    info: useInfo,
    relax_column_count: true,
    skip_empty_lines: useInfo,
    ltrim: true,
    skip_records_with_error: useInfo,
  });
  let line = 0;
  const toRecord = (item: unknown): CsvRecord | undefined => {
    let fields: string[];
    if (useInfo) {
      fields = (item as InfoRecord).record;
      line = (item as InfoRecord).info.lines;
    } else {
      fields = item as string[];
      line += 1 + lineBreaks(fields);
    }
    return fields.length === 1 && fields[0] === '' ? undefined : { fields, line };
  };
  let queue: CsvRecord[] = [];
  let failure: unknown;
  let ended = false;
  let needDrain = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  parser.on('readable', () => {
    for (let r = parser.read(); r !== null; r = parser.read()) {
      const rec = toRecord(r);
      if (rec) queue.push(rec);
    }
    notify();
  });
  parser.on('error', (e: unknown) => {
    failure = e;
    notify();
  });
  parser.on('end', () => {
    ended = true;
    notify();
  });
  parser.on('drain', () => {
    needDrain = false;
    notify();
  });
  const input = chunks[Symbol.asyncIterator]();
  let inputDone = false;
  try {
    for (;;) {
      if (queue.length > 0) {
        const batch = queue;
        queue = [];
        yield batch;
        continue;
      }
      if (failure !== undefined) throw parseFailure(failure, line);
      if (ended) return;
      if (!inputDone && !needDrain) {
        const next = await input.next();
        if (next.done) {
          inputDone = true;
          parser.end();
        } else {
          needDrain = !parser.write(next.value);
        }
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!inputDone) await input.return?.();
    // The browser build's stream polyfill has no destroy(); there an abandoned parser is simply collected.
    (parser as { destroy?: () => void }).destroy?.();
  }
}
