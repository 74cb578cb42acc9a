import { open } from "node:fs/promises";
import { parseLineBytes, type RunEvent } from "./events.js";
import { learnScalar, matchScalar, scalarFields } from "./scalar-line.js";

/** What one pass over a byte range found. `next` is the offset just past the last complete line. */
export interface ScanResult {
  next: number;
  size: number;
  events: number;
  malformed: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/** Options of scanEvents. */
export interface ScanOptions {
  /** Read at most about this many bytes (more only when a single line is longer). */
  maxBytes?: number;
  /** The size of each read. */
  chunkBytes?: number;
  /**
   * Takes scalar events instead of `visit`, as fields: most lines of a run then
   * need no event object (matchScalar). For readers that keep only the numbers.
   */
  scalar?: ScalarVisitor;
}

/** Receives a scalar event as its fields. */
export type ScalarVisitor = (tag: string, step: number, wall: number, value: number) => void;

/**
 * Parses the complete lines of `file` from byte `from` (a line start) and hands
 * each valid event to `visit`. A last line without its "\n" is left for a later
 * call: the writer may be half-way through it. Reads in chunks so memory stays bounded.
 */
export async function scanEvents(file: string, from: number, visit: (e: RunEvent) => void, { maxBytes = Infinity, chunkBytes = 8 << 20, scalar }: ScanOptions = {}): Promise<ScanResult> {
  const fh = await open(file, "r");
  try {
    const size = (await fh.stat()).size;
    const out: ScanResult = { next: from, size, events: 0, malformed: 0 };
    if (from > size) return out;
    let want = Math.min(chunkBytes, maxBytes);
    while (out.next < size && out.next - from < maxBytes) {
      const len = Math.min(want, size - out.next);
      const buf = Buffer.allocUnsafe(len);
      const { bytesRead } = await fh.read(buf, 0, len, out.next);
      const end = buf.lastIndexOf(NEWLINE, bytesRead - 1);
      if (end < 0) {
        // No complete line in this window: widen it unless the file ends here.
        if (out.next + bytesRead >= size) break;
        want *= 2;
        continue;
      }
      const counts = scanLines(buf, 0, end + 1, visit, scalar);
      out.events += counts.events;
      out.malformed += counts.malformed;
      out.next += end + 1;
      want = Math.min(chunkBytes, maxBytes);
    }
    return out;
  } finally {
    await fh.close();
  }
}

/**
 * Parses the whole lines of `buf[start, end)`; blank lines are ignored,
 * unparseable ones counted. With `scalar`, scalar events go there as fields.
 */
export function scanLines(buf: Buffer, start: number, end: number, visit: (e: RunEvent) => void, scalar?: ScalarVisitor): { events: number; malformed: number } {
  let events = 0;
  let malformed = 0;
  const f = scalarFields;
  while (start < end) {
    let nl = buf.indexOf(NEWLINE, start);
    if (nl < 0 || nl > end) nl = end;
    let stop = nl;
    if (stop > start && buf[stop - 1] === CR) stop--;
    if (stop > start && scalar && matchScalar(buf, start, stop)) {
      events++;
      scalar(f.tag, f.step, f.wall, f.value);
    } else if (stop > start) {
      const e = parseLineBytes(buf, start, stop);
      if (!e) malformed++;
      else if (scalar && e.kind === "scalar") {
        events++;
        scalar(e.tag, e.step, e.wall, e.value as number);
        learnScalar(buf, start, stop);
      } else {
        events++;
        visit(e);
      }
    }
    start = nl + 1;
  }
  return { events, malformed };
}
