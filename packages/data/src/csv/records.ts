/**
 * Drives csv-parse over a stream of text chunks and yields its records one at
 * a time, with the line each record ends on. `#csv-parse` resolves (see
 * package.json "imports") to csv-parse's Node build under the `node`
 * condition and to its self-contained browser build elsewhere; both expose the
 * same stream.Transform API, which is all this file uses.
 *
 * Memory stays bounded: a new chunk is written only once the records of the
 * previous ones have been consumed and the parser has drained.
 */
import { parse } from '#csv-parse';

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

/** Yields the parsed records of a chunked CSV text, in batches (one per parsed chunk, to keep per-record overhead low). */
export async function* parseRecords(
  chunks: AsyncIterable<string>,
  options: RecordOptions = {},
): AsyncGenerator<CsvRecord[]> {
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    skip_records_with_error: options.skipBadRecords ?? false,
  });
  const queue: InfoRecord[] = [];
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
    for (let r = parser.read(); r !== null; r = parser.read()) queue.push(r as InfoRecord);
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
        const batch = queue.map((r) => ({ fields: r.record, line: r.info.lines }));
        queue.length = 0;
        yield batch;
        continue;
      }
      if (failure !== undefined) throw failure;
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
    parser.destroy();
  }
}
