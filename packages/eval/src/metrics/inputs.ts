import { NeuriteError, type ErrorCode } from "@neurite/kernels";

/** Anything with a shape and a synchronous copy of its values; the core Tensor satisfies it. */
export interface TensorLike {
  shape: number[];
  /** A copy of the values, row-major. */
  data(): Float32Array | Int32Array;
}

/** A class label: numbers and strings are both accepted, but not mixed. */
export type Label = number | string;

/** 1-D labels: a plain array, a typed array, a column ([n, 1] rows, as `tensor.array()` gives) or a tensor of shape [n] or [n, 1]. */
export type LabelsInput = readonly (number | string | boolean)[] | ArrayLike<number> | readonly ArrayLike<number | string>[] | TensorLike;

/** 1-D or 2-D numbers: plain or typed arrays, arrays of rows, or a tensor. */
export type NumbersInput = ArrayLike<number> | readonly ArrayLike<number>[] | TensorLike;

/** Numbers as a dense row-major float64 matrix; a 1-D input keeps `ndim` 1 and `cols` 1. */
export interface Matrix {
  rows: number;
  cols: number;
  ndim: 1 | 2;
  values: Float64Array;
}

/** Throws a NeuriteError whose message starts with the metric's name. */
export function fail(metric: string, message: string, code: ErrorCode = "BAD_ARGUMENT"): never {
  throw new NeuriteError(code, `${metric}: ${message}`);
}

/** True for objects with an array `shape` and a `data()` method (duck-typed Tensor). */
export function isTensorLike(x: unknown): x is TensorLike {
  return typeof x === "object" && x !== null && !ArrayBuffer.isView(x)
    && Array.isArray((x as TensorLike).shape) && typeof (x as TensorLike).data === "function";
}

function isRow(x: unknown): x is ArrayLike<number> {
  return Array.isArray(x) || ArrayBuffer.isView(x);
}

function tensorValues(metric: string, name: string, t: TensorLike): Float64Array {
  const values = Float64Array.from(t.data());
  const size = t.shape.reduce((a, b) => a * b, 1);
  if (values.length !== size) fail(metric, `${name} has shape [${t.shape}] but data() gave ${values.length} values`, "SHAPE_MISMATCH");
  return values;
}

/** Reads labels; booleans become 0/1 (as numpy compares them), [n, 1] columns are flattened. */
export function toLabels(metric: string, name: string, x: LabelsInput): Label[] {
  let out: Label[];
  if (isTensorLike(x)) {
    if (x.shape.length > 2 || (x.shape.length === 2 && x.shape[1] !== 1)) {
      fail(metric, `${name} must be 1-D labels, got a tensor of shape [${x.shape}]`, "SHAPE_MISMATCH");
    }
    out = Array.from(tensorValues(metric, name, x));
  } else {
    out = new Array<Label>(x.length);
    for (let i = 0; i < x.length; i++) {
      let v: unknown = (x as ArrayLike<unknown>)[i];
      if (isRow(v) && v.length === 1) v = v[0];
      if (typeof v === "boolean") v = v ? 1 : 0;
      if (typeof v !== "number" && typeof v !== "string") {
        fail(metric, `${name}[${i}] is ${isRow(v) ? "a row" : typeof v}; expected 1-D labels (numbers or strings)`);
      }
      out[i] = v;
    }
  }
  let strings = 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (typeof v === "string") strings++;
    else if (Number.isNaN(v)) fail(metric, `${name}[${i}] is NaN`);
  }
  if (strings !== 0 && strings !== out.length) fail(metric, `${name} mixes string and number labels`);
  return out;
}

/** Reads a 1-D or 2-D numeric input into a float64 matrix, checking shape and (optionally) finiteness. */
export function toMatrix(metric: string, name: string, x: NumbersInput, finite = true): Matrix {
  let m: Matrix;
  if (isTensorLike(x)) {
    if (x.shape.length !== 1 && x.shape.length !== 2) {
      fail(metric, `${name} must be 1-D or 2-D, got shape [${x.shape}]`, "SHAPE_MISMATCH");
    }
    const values = tensorValues(metric, name, x);
    m = x.shape.length === 1
      ? { rows: x.shape[0]!, cols: 1, ndim: 1, values }
      : { rows: x.shape[0]!, cols: x.shape[1]!, ndim: 2, values };
  } else if (x.length > 0 && isRow(x[0])) {
    const rows = x as readonly ArrayLike<number>[];
    const cols = rows[0]!.length;
    const values = new Float64Array(rows.length * cols);
    rows.forEach((row, i) => {
      if (!isRow(row) || row.length !== cols) {
        fail(metric, `${name} is ragged: row ${i} has ${isRow(row) ? row.length : "no"} columns, row 0 has ${cols}`, "SHAPE_MISMATCH");
      }
      for (let j = 0; j < cols; j++) values[i * cols + j] = checkNumber(metric, name, row[j], `[${i}][${j}]`);
    });
    m = { rows: rows.length, cols, ndim: 2, values };
  } else {
    const flat = x as ArrayLike<number>;
    const values = new Float64Array(flat.length);
    for (let i = 0; i < flat.length; i++) values[i] = checkNumber(metric, name, flat[i], `[${i}]`);
    m = { rows: flat.length, cols: 1, ndim: 1, values };
  }
  if (finite) {
    for (let i = 0; i < m.values.length; i++) {
      const v = m.values[i]!;
      if (!Number.isFinite(v)) fail(metric, `${name} contains ${v} (at flat index ${i}); scores must be finite`);
    }
  }
  return m;
}

function checkNumber(metric: string, name: string, v: unknown, where: string): number {
  if (typeof v !== "number") fail(metric, `${name}${where} is ${typeof v}, expected a number`);
  return v;
}

/** Reads a 1-D input into a Float64Array (a [n, 1] matrix counts as 1-D). */
export function toVector(metric: string, name: string, x: NumbersInput, finite = true): Float64Array {
  const m = toMatrix(metric, name, x, finite);
  if (m.ndim === 2 && m.cols !== 1) fail(metric, `${name} must be 1-D, got ${m.rows}x${m.cols}`, "SHAPE_MISMATCH");
  return m.values;
}

/** Reads optional sample weights, which must be finite and one per sample. */
export function toWeights(metric: string, w: NumbersInput | undefined, n: number): Float64Array | undefined {
  if (w === undefined || w === null) return undefined;
  const v = toVector(metric, "sampleWeight", w);
  if (v.length !== n) fail(metric, `sampleWeight has ${v.length} entries for ${n} samples`, "SHAPE_MISMATCH");
  return v;
}

/** Throws unless both lengths match and are non-zero. */
export function checkLengths(metric: string, a: number, b: number, names = ["yTrue", "yPred"]): void {
  if (a !== b) fail(metric, `${names[0]} has ${a} samples but ${names[1]} has ${b}`, "SHAPE_MISMATCH");
  if (a === 0) fail(metric, "empty input: at least one sample is needed");
}
