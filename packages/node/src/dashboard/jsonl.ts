import { open } from "node:fs/promises";
import { parseLine, type RunEvent } from "./events.js";

/** What one pass over a byte range found. `next` is the offset just past the last complete line. */
export interface ScanResult {
  next: number;
  size: number;
  events: number;
  malformed: number;
}

const NEWLINE = 0x0a;

/**
 * Parses the complete lines of `file` from byte `from` (a line start) and hands
 * each valid event to `visit`. A last line without its "\n" is left for a later
 * call: the writer may be half-way through it. Reads at most about `maxBytes`
 * (more only when a single line is longer), in chunks so memory stays bounded.
 */
export async function scanEvents(file: string, from: number, visit: (e: RunEvent) => void, maxBytes = Infinity, chunkBytes = 8 << 20): Promise<ScanResult> {
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
      const counts = scanText(buf.toString("utf8", 0, end + 1), visit);
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

/** Splits text made of whole lines; blank lines are ignored, unparseable ones counted. */
export function scanText(text: string, visit: (e: RunEvent) => void): { events: number; malformed: number } {
  let events = 0;
  let malformed = 0;
  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf("\n", start);
    if (nl < 0) nl = text.length;
    let stop = nl;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    if (stop > start) {
      const e = parseLine(text.slice(start, stop));
      if (e) {
        events++;
        visit(e);
      } else malformed++;
    }
    start = nl + 1;
  }
  return { events, malformed };
}
