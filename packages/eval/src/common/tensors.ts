import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { isRawArray, type RawArray } from "@neurite/data";
import type { Model } from "@neurite/layers";

/** Data for the selection and diagnosis functions: a tensor, or a RawArray as @neurite/data's datasets give. */
export type DataInput = nt.Tensor | RawArray;

/** The input as a tensor; `owned` says whether the caller must dispose it. */
export function asTensor(fn: string, name: string, x: DataInput): { t: nt.Tensor; owned: boolean } {
  if (x instanceof nt.Tensor) return { t: x, owned: false };
  if (isRawArray(x)) return { t: nt.tensor(x.data, x.shape, x.dtype), owned: true };
  throw new NeuriteError("BAD_ARGUMENT", `${fn}: ${name} must be a Tensor or a RawArray`);
}

/** Runs fn on x and y as tensors, disposing the ones made here; checks that they have the same rows. */
export async function withXY<T>(fn: string, x: DataInput, y: DataInput, body: (x: nt.Tensor, y: nt.Tensor) => Promise<T>): Promise<T> {
  const xs = asTensor(fn, "x", x);
  const ys = asTensor(fn, "y", y);
  try {
    if (xs.t.rank === 0 || ys.t.rank === 0 || xs.t.shape[0] !== ys.t.shape[0]) {
      throw new NeuriteError("SHAPE_MISMATCH", `${fn}: x [${xs.t.shape}] and y [${ys.t.shape}] need the same number of rows`);
    }
    return await body(xs.t, ys.t);
  } finally {
    if (xs.owned) xs.t.dispose();
    if (ys.owned) ys.t.dispose();
  }
}

/** Rows of t at the given indices. */
export function gatherRows(t: nt.Tensor, rows: readonly number[]): nt.Tensor {
  return nt.gather(t, Int32Array.from(rows));
}

/** Class labels of y: its values for [n] or [n, 1], the argmax of each row for one-hot [n, k]. */
export function classLabels(y: nt.Tensor): number[] {
  const v = y.data();
  const cols = y.rank < 2 ? 1 : y.size / y.shape[0]!;
  if (cols === 1) return Array.from(v);
  return argmaxRows(v, y.shape[0]!, cols);
}

/** Index of the largest value of each row (the first on ties, as numpy's argmax). */
export function argmaxRows(v: ArrayLike<number>, rows: number, cols: number): number[] {
  const out = new Array<number>(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < cols; c++) if (v[r * cols + c]! > v[r * cols + best]!) best = c;
    out[r] = best;
  }
  return out;
}

/** True for integer labels or one-hot rows: targets that classification scorers and stratified folds apply to. */
export function looksCategorical(y: nt.Tensor): boolean {
  if (y.dtype === "int32") return true;
  if (y.rank !== 2 || y.shape[1]! < 2) return false;
  const v = y.data();
  const k = y.shape[1]!;
  for (let r = 0; r < y.shape[0]!; r++) {
    let ones = 0;
    for (let c = 0; c < k; c++) {
      const e = v[r * k + c]!;
      if (e === 1) ones++;
      else if (e !== 0) return false;
    }
    if (ones !== 1) return false;
  }
  return true;
}

/** Frees a model's weights and its optimizer's slots. */
export function disposeModel(model: Model): void {
  model.trainer?.dispose();
  model.dispose();
}
