import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";

/**
 * Float tensors already scanned and found finite. A tensor's values never change (only a Variable's do, and those
 * are scanned every time), so a fit called epoch by epoch scans its data once, not once per call: 1.2 ms per call
 * for 4,096 digits rows, 2–3% of a 2-thread epoch of the MLP.
 */
const finite = new WeakSet<nt.Tensor>();

/** A tensor from fit/evaluate/predict input, refusing empty or non-finite data with the argument's name. */
export function checkData(name: string, who: string, t: nt.Tensor | number[] | number[][]): nt.Tensor {
  const x = t instanceof nt.Tensor ? t : nt.tensor(t as number[]);
  if (x.isDisposed) throw new NeuriteError("DISPOSED", `${who}: ${name} was disposed`);
  if (x.rank === 0 || x.shape[0] === 0) throw new NeuriteError("BAD_ARGUMENT", `${who}: ${name} is empty (shape [${x.shape}])`);
  if (x.dtype === "float32" && !finite.has(x)) {
    const bad = x.backend.k.countNonFinite(x.size, x.ptr);
    if (bad > 0) {
      const v = x.data();
      const i = v.findIndex((e) => !Number.isFinite(e));
      const row = Math.floor(i / Math.max(1, x.size / x.shape[0]!));
      throw new NeuriteError("BAD_ARGUMENT", `${who}: ${name} contains ${bad} NaN/Infinity value(s); the first is ${v[i]} in row ${row}`);
    }
    if (!(x instanceof nt.Variable)) finite.add(x);
  }
  return x;
}

/** Sparse class labels must be integers in [0, classes): checked once over all rows, so the row named is the data's own. */
export function checkSparseLabels(who: string, y: nt.Tensor, classes: number): void {
  const v = y.data();
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (!Number.isInteger(c)) throw new NeuriteError("DTYPE", `${who}: y holds ${c} at row ${i}; sparse class labels must be integers`);
    if (c < 0 || c >= classes) throw new NeuriteError("BAD_ARGUMENT", `${who}: label ${c} at row ${i} is out of range for ${classes} classes (the model's output width)`);
  }
}

export function checkPaired(who: string, x: nt.Tensor, y: nt.Tensor): void {
  if (x.shape[0] !== y.shape[0]) {
    throw new NeuriteError("SHAPE_MISMATCH", `${who}: x has ${x.shape[0]} samples but y has ${y.shape[0]}`);
  }
}

/** A seeded Fisher–Yates permutation of 0..n-1 (the key comes from the global seed stream). */
export function permutation(n: number, key: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  let s = key >>> 0;
  for (let i = n - 1; i > 0; i--) {
    // mulberry32 step: fast, and only its reproducibility matters here.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
    const tmp = p[i]!;
    p[i] = p[j]!;
    p[j] = tmp;
  }
  return p;
}

/** Per-sample weights from a class-weight map (labels as indices, or one-hot rows). */
export function classWeights(y: nt.Tensor, weights: Record<number, number>): nt.Tensor {
  if (typeof weights !== "object" || weights === null) throw new NeuriteError("BAD_ARGUMENT", "fit: classWeight must be an object {class: weight}");
  for (const [k, w] of Object.entries(weights)) {
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) throw new NeuriteError("BAD_ARGUMENT", `fit: classWeight[${k}] must be a finite number ≥ 0, got ${w}`);
  }
  const v = y.data();
  const rows = y.shape[0]!;
  const cols = y.size / rows;
  const out = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let label = v[r * cols]!;
    if (cols > 1) {
      label = 0;
      for (let j = 1; j < cols; j++) if (v[r * cols + j]! > v[r * cols + label]!) label = j;
    } else if (!Number.isInteger(label)) label = label > 0.5 ? 1 : 0;
    const w = weights[label];
    out[r] = w === undefined ? 1 : w;
  }
  return nt.tensor(out);
}
