/** Points and labels as the worker trains on them and the view draws them (plain arrays, no tensors). */
import type { Problem } from "../state/schema.js";
import { epochPermutation } from "./schedule.js";
import type { InputTransform } from "./spec.js";

export interface Points {
  /** [n, 2] row-major (x1, x2), already in the Playground's range. */
  x: Float32Array;
  /** Class ids (0..classes-1) or regression targets in about [-1, 1]. */
  y: Float32Array;
}

export interface PreparedData {
  problem: Problem;
  /** 0 for regression. */
  classes: number;
  /** Names of the classes (for the confusion matrix); empty for regression. */
  classNames: string[];
  train: Points;
  test: Points;
  /** How raw inputs were rescaled into the view (uploaded files only). */
  transform: InputTransform;
  /** Regression targets: t' = (t − center) · scale. */
  target: { center: number; scale: number };
}

/** Shuffles the rows with the seed and puts the first `trainPercent` % in the training set (at least one row each side). */
export function splitPoints(all: Points, trainPercent: number, seed: number): { train: Points; test: Points } {
  const n = all.y.length;
  const order = epochPermutation(n, seed, -1);
  const nTrain = Math.min(n - 1, Math.max(1, Math.round((n * trainPercent) / 100)));
  const take = (idx: Int32Array): Points => {
    const x = new Float32Array(idx.length * 2);
    const y = new Float32Array(idx.length);
    idx.forEach((r, i) => {
      x[2 * i] = all.x[2 * r]!;
      x[2 * i + 1] = all.x[2 * r + 1]!;
      y[i] = all.y[r]!;
    });
    return { x, y };
  };
  return { train: take(order.subarray(0, nTrain)), test: take(order.subarray(nTrain)) };
}

/** Whether the first line of a CSV text is a header: any field on it is not a number. */
export function hasHeader(text: string, delimiter = ","): boolean {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return first.split(delimiter).some((f) => {
    const v = f.trim().replace(/^"(.*)"$/, "$1").trim();
    return v === "" || !Number.isFinite(Number(v));
  });
}

/** The most classes a numeric label column may have and still be read as classes. */
export const MAX_CSV_CLASSES = 10;

export interface CsvColumns {
  x1: ArrayLike<number>;
  x2: ArrayLike<number>;
  /** Numbers, or codes into `labelNames` for a text column. */
  label: ArrayLike<number>;
  labelNames?: string[];
}

/**
 * Text labels, or numeric labels that are integers with at most
 * MAX_CSV_CLASSES distinct values, are classes; other numbers are targets.
 */
export function detectProblem(c: CsvColumns): Problem {
  if (c.labelNames) return "classification";
  const distinct = new Set<number>();
  for (let i = 0; i < c.label.length; i++) {
    const v = c.label[i]!;
    if (!Number.isInteger(v)) return "regression";
    distinct.add(v);
    if (distinct.size > MAX_CSV_CLASSES) return "regression";
  }
  return "classification";
}

/**
 * Uploaded points, centred and scaled uniformly (the aspect ratio kept) so the
 * farthest coordinate sits at ±5, inside the view's ±6. Classes become ids
 * 0..k−1 in sorted order; regression targets are scaled to [−1, 1].
 */
export function prepareCsv(c: CsvColumns, problem: Problem, trainPercent: number, seed: number): PreparedData {
  const n = c.label.length;
  if (n < 2) throw new RangeError(`the file has ${n} usable row${n === 1 ? "" : "s"}; at least 2 are needed`);
  const mid = (a: ArrayLike<number>) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < a.length; i++) {
      lo = Math.min(lo, a[i]!);
      hi = Math.max(hi, a[i]!);
    }
    return [(lo + hi) / 2, (hi - lo) / 2] as const;
  };
  const [c1, h1] = mid(c.x1);
  const [c2, h2] = mid(c.x2);
  const half = Math.max(h1, h2);
  const transform: InputTransform = { center: [c1, c2], scale: half > 0 ? 5 / half : 1 };
  const x = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = (c.x1[i]! - c1) * transform.scale;
    x[2 * i + 1] = (c.x2[i]! - c2) * transform.scale;
  }
  const y = new Float32Array(n);
  let classNames: string[] = [];
  let target = { center: 0, scale: 1 };
  if (problem === "classification") {
    if (detectProblem(c) !== "classification") {
      throw new RangeError(`the label column holds fractional values or more than ${MAX_CSV_CLASSES} distinct numbers; choose regression`);
    }
    const values = [...new Set(Array.from(c.label))].sort((a, b) => a - b);
    if (values.length < 2) throw new RangeError("the label column has a single class; classification needs at least 2");
    const id = new Map(values.map((v, i) => [v, i]));
    for (let i = 0; i < n; i++) y[i] = id.get(c.label[i]!)!;
    classNames = values.map((v) => (c.labelNames ? c.labelNames[v]! : String(v)));
  } else {
    if (c.labelNames) throw new RangeError("the label column holds text; regression needs numbers");
    const [tc, th] = mid(c.label);
    target = { center: tc, scale: th > 0 ? 1 / th : 1 };
    for (let i = 0; i < n; i++) y[i] = (c.label[i]! - tc) * target.scale;
  }
  const { train, test } = splitPoints({ x, y }, trainPercent, seed);
  return { problem, classes: problem === "classification" ? classNames.length : 0, classNames, train, test, transform, target };
}
