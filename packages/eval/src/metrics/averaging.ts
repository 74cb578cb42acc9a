import { fail, type Label, type Matrix } from "./inputs.js";
import { indexOf } from "./labels.js";
import { average, isClose } from "./stats.js";

/** A score of one binary problem: a 0/1 positive mask, scores and optional weights. */
export type BinaryMetric = (positive: Uint8Array, score: Float64Array, weight?: Float64Array) => number;

/** How per-column scores of a one-vs-rest problem are combined; null returns them all. */
export type OvrAverage = "micro" | "macro" | "weighted" | null;

/** One-hot columns of `labels` for each sample (`label_binarize` with 3+ classes), row-major n x k. */
export function oneHot(t: readonly Label[], labels: readonly Label[]): Uint8Array {
  const k = labels.length;
  const index = indexOf(labels);
  const out = new Uint8Array(t.length * k);
  t.forEach((v, i) => {
    const j = index.get(v);
    if (j !== undefined) out[i * k + j] = 1;
  });
  return out;
}

/** Applies a binary metric per column and averages as sklearn's `_average_binary_score`. */
export function averageBinaryScore(metric: string, fn: BinaryMetric, y: Uint8Array, s: Matrix, avg: OvrAverage,
  w?: Float64Array): number | number[] {
  const { rows: n, cols: k } = s;
  if (avg === "micro") {
    // Ravel samples x classes into one binary problem; each sample's weight repeats per class.
    const rw = w ? Float64Array.from({ length: n * k }, (_, i) => w[Math.floor(i / k)]!) : undefined;
    return fn(y, s.values, rw);
  }
  let classWeight: Float64Array | undefined;
  if (avg === "weighted") {
    classWeight = new Float64Array(k);
    for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) classWeight[c]! += y[i * k + c]! * (w ? w[i]! : 1);
    if (isClose(classWeight.reduce((a, b) => a + b, 0), 0)) return 0;
  }
  const scores = Array.from({ length: k }, (_, c) => {
    const col = Uint8Array.from({ length: n }, (_, i) => y[i * k + c]!);
    const sc = Float64Array.from({ length: n }, (_, i) => s.values[i * k + c]!);
    return fn(col, sc, w);
  });
  if (avg === null) return scores;
  // Classes of zero weight are zeroed first so that a NaN score there cannot poison the average.
  if (classWeight) classWeight.forEach((cw, c) => { if (cw === 0) scores[c] = 0; });
  return average(metric, scores, classWeight);
}

/** Hand & Till's one-vs-one average over pairs of classes present in yTrue (sklearn `_average_multiclass_ovo_score`). */
export function averageOvoScore(metric: string, fn: BinaryMetric, encoded: Int32Array, s: Matrix, weighted: boolean): number {
  const present = [...new Set(encoded)].sort((a, b) => a - b);
  const pairScores: number[] = [];
  const prevalence: number[] = [];
  for (let x = 0; x < present.length; x++) {
    for (let z = x + 1; z < present.length; z++) {
      const a = present[x]!;
      const b = present[z]!;
      const rows: number[] = [];
      encoded.forEach((v, i) => { if (v === a || v === b) rows.push(i); });
      prevalence.push(rows.length / encoded.length);
      const mask = (c: number) => Uint8Array.from(rows, (i) => (encoded[i] === c ? 1 : 0));
      const col = (c: number) => Float64Array.from(rows, (i) => s.values[i * s.cols + c]!);
      pairScores.push((fn(mask(a), col(a)) + fn(mask(b), col(b))) / 2);
    }
  }
  if (pairScores.length === 0) fail(metric, "one-vs-one needs at least two classes present in yTrue");
  return average(metric, pairScores, weighted ? prevalence : undefined);
}
