// The event shapes of events.jsonl, as apps/dashboard/RUNLOG.md documents them, and their validation.
import { parseFlat } from "./flat-json.js";

/** Fields every line carries. `wall` is seconds since the Unix epoch. */
export interface EventBase {
  step: number;
  wall: number;
  kind: string;
  tag: string;
  [field: string]: unknown;
}

/** A validated event; `value` of a scalar is always a number here (NaN for null/"NaN"). */
export type RunEvent = EventBase;

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const numArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === "number");
/** y values may be null where a score was NaN (JSON has no NaN). */
const yArray = (v: unknown): v is (number | null)[] => Array.isArray(v) && v.every((x) => typeof x === "number" || x === null);
/** x values may also be parameter values: strings or booleans (a validation curve over `optimizer`). */
const xArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => x === null || ["number", "string", "boolean"].includes(typeof x));
const sameLength = (a: unknown, b: unknown[]): boolean => a === undefined || (Array.isArray(a) && a.length === b.length);

const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };

/** A scalar's value as a number: JSON has no NaN, so writers use null or the strings "NaN"/"Infinity"/"-Infinity". */
export function scalarValue(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (v === null) return NaN;
  if (typeof v === "string" && v in NON_FINITE) return NON_FINITE[v];
  return undefined;
}

function validBins(v: unknown): boolean {
  return Array.isArray(v) && v.every((b) => isObj(b) && isNum(b.lo) && isNum(b.hi) && b.lo <= b.hi && isNum(b.count) && b.count >= 0);
}

function validMatrix(labels: unknown, matrix: unknown): boolean {
  if (!Array.isArray(labels) || !Array.isArray(matrix) || matrix.length !== labels.length) return false;
  return matrix.every((row) => numArray(row) && row.length === labels.length);
}

/** Kind-specific checks; a kind not listed here is kept as it is (newer writers may add kinds). */
const CHECKS: Record<string, (e: EventBase) => boolean> = {
  scalar: (e) => {
    const v = scalarValue(e.value);
    if (v === undefined) return false;
    e.value = v;
    return true;
  },
  histogram: (e) => validBins(e.bins),
  curve: (e) =>
    xArray(e.x) && yArray(e.y) && sameLength(e.x, e.y) && sameLength(e.yStd, e.y) && sameLength(e.thresholds, e.y) &&
    (e.auc === undefined || typeof e.auc === "number") && (e.ap === undefined || typeof e.ap === "number") && (e.series === undefined || typeof e.series === "string"),
  confusion: (e) => validMatrix(e.labels, e.matrix),
  hparams: (e) => (e.params === undefined || isObj(e.params)) && (e.metrics === undefined || isObj(e.metrics)) && (e.params !== undefined || e.metrics !== undefined),
  model: (e) => isObj(e.config) || Array.isArray(e.layers) || typeof e.summary === "string",
  text: (e) => typeof e.text === "string",
  diagnostic: (e) => typeof e.message === "string" && (e.level === undefined || e.level === "info" || e.level === "warning" || e.level === "error"),
};

/** The event a parsed line holds, or undefined when it is not one (the reader counts it as malformed). */
export function toEvent(o: unknown): RunEvent | undefined {
  if (!isObj(o) || typeof o.kind !== "string" || typeof o.tag !== "string" || o.tag === "") return undefined;
  if (!isNum(o.step) || !isNum(o.wall)) return undefined;
  const e = o as EventBase;
  const check = CHECKS[e.kind];
  return !check || check(e) ? e : undefined;
}

/** Parses one line; undefined when it is not JSON or not a valid event. */
export function parseLine(line: string): RunEvent | undefined {
  try {
    return toEvent(JSON.parse(line));
  } catch {
    return undefined;
  }
}

/**
 * parseLine of the UTF-8 line `buf[start, end)`. Flat lines take parseFlat's
 * fast path, which gives what JSON.parse would without decoding the bytes to
 * a string first; the others are decoded and go through parseLine.
 */
export function parseLineBytes(buf: Buffer, start: number, end: number): RunEvent | undefined {
  const flat = parseFlat(buf, start, end);
  return flat ? toEvent(flat) : parseLine(buf.toString("utf8", start, end));
}
