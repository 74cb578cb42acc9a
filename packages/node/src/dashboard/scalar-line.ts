// The fastest path, for the line a training loop writes at every step: the previous scalar line again with
// other numbers. Such a line is recognised by comparing bytes with that previous line outside its three
// numbers, and gives its fields without building an event object.
import { lastNumbers, numberEnd, parseFlat, readNumber } from "./flat-json.js";

/** The fields of the line matchScalar matched last (reused: read them before the next call). */
export const scalarFields = { tag: "", step: 0, wall: 0, value: 0 };

/**
 * A scalar line with its bytes cut at its three numbers: `bytes` without them,
 * `cuts[k]` where number k went, `fields[k]` which of step, wall and value it is.
 */
interface Layout {
  bytes: Uint8Array;
  cuts: number[];
  fields: ("step" | "wall" | "value")[];
  tag: string;
}

let layout: Layout | undefined;

/**
 * Learns the layout of `buf[start, end)` for the lines after it when it is a
 * scalar event that parseFlat reads whose only numbers are step, wall and
 * value; forgets the last layout otherwise.
 */
export function learnScalar(buf: Buffer, start: number, end: number): void {
  layout = undefined;
  const o = parseFlat(buf, start, end);
  const n = lastNumbers;
  if (!o || n.count !== 3 || o.kind !== "scalar" || typeof o.tag !== "string" || o.tag === "") return;
  const fields: Layout["fields"] = [];
  for (let k = 0; k < 3; k++) {
    const key = n.keys[k];
    if (key !== "step" && key !== "wall" && key !== "value") return;
    fields.push(key);
  }
  // A key given twice: JSON.parse keeps the last, and the other field would be missing.
  if (new Set(fields).size !== 3) return;
  const parts: Uint8Array[] = [];
  const cuts: number[] = [];
  let at = start;
  let len = 0;
  for (let k = 0; k < 3; k++) {
    parts.push(buf.subarray(at, n.starts[k]));
    len += n.starts[k]! - at;
    cuts.push(len);
    at = n.ends[k]!;
  }
  parts.push(buf.subarray(at, end));
  // A copy: a view would keep the whole chunk alive.
  layout = { bytes: Uint8Array.from(Buffer.concat(parts)), cuts, fields, tag: o.tag };
}

/**
 * True when `buf[start, end)` is the learnt line with other numbers (and a
 * finite step and wall, as toEvent requires), its fields then in
 * `scalarFields`: exactly the event JSON.parse and toEvent would give.
 */
export function matchScalar(buf: Buffer, start: number, end: number): boolean {
  const l = layout;
  if (!l) return false;
  const b = l.bytes;
  const f = scalarFields;
  let i = start;
  let p = 0;
  for (let k = 0; k < 3; k++) {
    const cut = l.cuts[k]!;
    if (i + cut - p > end) return false;
    while (p < cut) if (buf[i++] !== b[p++]) return false;
    if (i >= end) return false;
    const v = readNumber(buf, i, end);
    if (numberEnd < 0) return false;
    i = numberEnd;
    f[l.fields[k]!] = v;
  }
  if (end - i !== b.length - p) return false;
  while (p < b.length) if (buf[i++] !== b[p++]) return false;
  if (!Number.isFinite(f.step) || !Number.isFinite(f.wall)) return false;
  f.tag = l.tag;
  return true;
}
