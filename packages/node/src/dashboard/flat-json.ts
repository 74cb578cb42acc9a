// A fast path for the lines writers emit by the million: flat objects of numbers and plain ASCII strings,
// {"step":120,"wall":1764361200.52,"kind":"scalar","tag":"train/loss","value":0.4137} in any key order.
// JSON.parse costs about 1 µs per such line (plus decoding the bytes to a string first); reading 20 runs
// of 10,000 steps spent most of its time there. This reads the bytes directly.

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;
/** 'e'; `c | 32` maps 'E' to it too. */
const LOWER_E = 101;
const ASCII_END = 0x80;

/** Exact powers of ten: an integer below 2^53 divided by one of these is the correctly rounded decimal (Clinger's fast path). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const EXACT_INT = 2 ** 53;

/**
 * Strings of the previous lines by their position in the line, with their
 * bytes. Keys and most values repeat from line to line: reusing them saves the
 * decoding and the garbage. Parsing is synchronous, so one module-wide table
 * is never used by two parses at once.
 */
const recent: { s: string; bytes: Uint8Array }[] = [];
const RECENT_SLOTS = 16;

/** Where the last number readNumber read ends, or -1 when it was not one (a second return value, without allocating). */
export let numberEnd = 0;

/** The number-valued pairs of the line parseFlat read last: how many, and the key and byte span of each. */
export const lastNumbers = { count: 0, keys: [] as string[], starts: [] as number[], ends: [] as number[] };

const isWs = (c: number): boolean => c === SPACE || c === LF || c === CR || c === TAB;
const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;

/**
 * `JSON.parse(buf.toString("utf8", start, end))` for a flat object whose
 * values are numbers, `null`, `true`, `false` or ASCII strings without
 * escapes — the same object, keys in the same order, the same doubles — or
 * undefined for anything else (nested values, escapes, non-ASCII text,
 * `__proto__`, bad JSON), which the caller then hands to JSON.parse to decide.
 */
export function parseFlat(buf: Buffer, start: number, end: number): Record<string, unknown> | undefined {
  let i = skipWs(buf, start, end);
  if (i >= end || buf[i] !== OPEN) return undefined;
  const o: Record<string, unknown> = {};
  const nums = lastNumbers;
  nums.count = 0;
  let slot = 0;
  i = skipWs(buf, i + 1, end);
  if (i < end && buf[i] === CLOSE) return skipWs(buf, i + 1, end) === end ? o : undefined;
  for (;;) {
    if (i >= end || buf[i] !== QUOTE) return undefined;
    const key = plainString(buf, i + 1, end, slot++);
    if (key === undefined || key === "__proto__") return undefined;
    i = skipWs(buf, i + key.length + 2, end);
    if (i >= end || buf[i] !== COLON) return undefined;
    i = skipWs(buf, i + 1, end);
    if (i >= end) return undefined;
    const c = buf[i]!;
    if (c === QUOTE) {
      const s = plainString(buf, i + 1, end, slot++);
      if (s === undefined) return undefined;
      o[key] = s;
      i += s.length + 2;
    } else if (c === MINUS || isDigit(c)) {
      const v = readNumber(buf, i, end);
      if (numberEnd < 0) return undefined;
      o[key] = v;
      nums.keys[nums.count] = key;
      nums.starts[nums.count] = i;
      nums.ends[nums.count++] = numberEnd;
      i = numberEnd;
    } else if (startsWith(buf, i, end, NULL)) {
      o[key] = null;
      i += NULL.length;
    } else if (startsWith(buf, i, end, TRUE)) {
      o[key] = true;
      i += TRUE.length;
    } else if (startsWith(buf, i, end, FALSE)) {
      o[key] = false;
      i += FALSE.length;
    } else return undefined;
    i = skipWs(buf, i, end);
    if (i >= end) return undefined;
    const d = buf[i];
    if (d === CLOSE) return skipWs(buf, i + 1, end) === end ? o : undefined;
    if (d !== COMMA) return undefined;
    i = skipWs(buf, i + 1, end);
  }
}

/** The first index from `i` that is not JSON whitespace (or `end`). */
function skipWs(buf: Buffer, i: number, end: number): number {
  while (i < end && isWs(buf[i]!)) i++;
  return i;
}

const NULL = Buffer.from("null");
const TRUE = Buffer.from("true");
const FALSE = Buffer.from("false");

/** True when buf[i, end) starts with `word`. */
function startsWith(buf: Buffer, i: number, end: number, word: Uint8Array): boolean {
  if (i + word.length > end) return false;
  for (let k = 0; k < word.length; k++) if (buf[i + k] !== word[k]) return false;
  return true;
}

/**
 * The string starting at `from` (just past its opening quote) when it is
 * plain ASCII without escapes or control characters, so its bytes are its
 * characters. A new one is decoded into a fresh string that keeps nothing of
 * the buffer alive.
 */
function plainString(buf: Buffer, from: number, end: number, slot: number): string | undefined {
  const prev = recent[slot];
  if (prev !== undefined) {
    const stop = from + prev.bytes.length;
    if (stop < end && buf[stop] === QUOTE && startsWith(buf, from, stop, prev.bytes)) return prev.s;
  }
  let q = from;
  for (; q < end; q++) {
    const c = buf[q]!;
    if (c === QUOTE) break;
    if (c === BACKSLASH || c < SPACE || c >= ASCII_END) return undefined;
  }
  if (q >= end) return undefined;
  const s = buf.toString("latin1", from, q);
  if (slot < RECENT_SLOTS) recent[slot] = { s, bytes: Uint8Array.prototype.slice.call(buf, from, q) };
  return s;
}

/**
 * The double the JSON number at `i` denotes, as JSON.parse reads it; sets
 * `numberEnd` past it, or to -1 when the text there is not a JSON number
 * (leading zeros, "1.", "-", "1e"). Digits forming an integer below 2^53,
 * scaled by at most 10^22, take one correctly rounded division; anything
 * else goes through Number().
 */
export function readNumber(buf: Buffer, i: number, end: number): number {
  const from = i;
  const neg = buf[i] === MINUS;
  if (neg) i++;
  const first = i;
  let m = 0;
  while (i < end && isDigit(buf[i]!)) m = m * 10 + (buf[i++]! - ZERO);
  if (i === first || (buf[first] === ZERO && i > first + 1)) return (numberEnd = -1);
  let scale = 0;
  if (i < end && buf[i] === DOT) {
    const frac = ++i;
    while (i < end && isDigit(buf[i]!)) m = m * 10 + (buf[i++]! - ZERO);
    scale = i - frac;
    if (scale === 0) return (numberEnd = -1);
  }
  let exact = m < EXACT_INT && scale < POW10.length;
  if (i < end && (buf[i]! | 32) === LOWER_E) {
    i++;
    if (i < end && (buf[i] === PLUS || buf[i] === MINUS)) i++;
    const exp = i;
    while (i < end && isDigit(buf[i]!)) i++;
    if (i === exp) return (numberEnd = -1);
    exact = false;
  }
  numberEnd = i;
  if (!exact) return Number(buf.toString("latin1", from, i));
  const v = scale > 0 ? m / POW10[scale]! : m;
  return neg ? -v : v;
}
