import { fail, toWeights, type Label, type LabelsInput, type NumbersInput } from "./inputs.js";
import { checkTargets, indexOf, uniqueLabels } from "./labels.js";

/** Options of {@link confusionMatrix}. */
export interface ConfusionMatrixOptions {
  /** Rows/columns to report, in this order; default: every label seen, sorted. */
  labels?: readonly Label[];
  sampleWeight?: NumbersInput;
  /** Divide by row sums ('true'), column sums ('pred') or the total ('all'); 0/0 gives 0. */
  normalize?: "true" | "pred" | "all" | null;
}

/** Confusion matrix C where C[i][j] counts samples of true class i predicted as class j (sklearn `confusion_matrix`). */
export function confusionMatrix(yTrue: LabelsInput, yPred: LabelsInput, options: ConfusionMatrixOptions = {}): number[][] {
  return confusionFor("confusionMatrix", yTrue, yPred, options);
}

/** {@link confusionMatrix} with errors attributed to `metric`. */
export function confusionFor(metric: string, yTrue: LabelsInput, yPred: LabelsInput, options: ConfusionMatrixOptions): number[][] {
  const { yTrue: t, yPred: p } = checkTargets(metric, yTrue, yPred);
  const w = toWeights(metric, options.sampleWeight, t.length);
  let labels: readonly Label[];
  if (options.labels == null) {
    labels = uniqueLabels(metric, t, p);
  } else {
    labels = options.labels;
    if (labels.length === 0) fail(metric, "labels must contain at least one label");
    const inTrue = new Set<Label>(t);
    if (!labels.some((l) => inTrue.has(l))) fail(metric, "at least one of the given labels must occur in yTrue");
  }
  const normalize = options.normalize ?? null;
  if (normalize !== null && normalize !== "true" && normalize !== "pred" && normalize !== "all") {
    fail(metric, `normalize must be 'true', 'pred', 'all' or null, got ${String(normalize)}`);
  }
  const k = labels.length;
  const index = indexOf(labels);
  const cm = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let s = 0; s < t.length; s++) {
    const i = index.get(t[s]!);
    const j = index.get(p[s]!);
    if (i !== undefined && j !== undefined) cm[i]![j]! += w ? w[s]! : 1;
  }
  if (normalize === null) return cm;
  const divide = (v: number, d: number) => (d === 0 ? 0 : v / d);
  if (normalize === "all") {
    const total = cm.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    return cm.map((row) => row.map((v) => divide(v, total)));
  }
  if (normalize === "true") return cm.map((row) => { const s = row.reduce((x, y) => x + y, 0); return row.map((v) => divide(v, s)); });
  const colSums = cm[0]!.map((_, j) => cm.reduce((a, row) => a + row[j]!, 0));
  return cm.map((row) => row.map((v, j) => divide(v, colSums[j]!)));
}

/** Per-label true positives, predicted counts and true counts (weighted), in the order of `labels`. */
export interface LabelCounts {
  tp: Float64Array;
  predSum: Float64Array;
  trueSum: Float64Array;
}

/** Counts per label as `multilabel_confusion_matrix` does for 1-D targets; labels absent from the data count 0. */
export function labelCounts(t: readonly Label[], p: readonly Label[], labels: readonly Label[], w?: Float64Array): LabelCounts {
  const k = labels.length;
  const index = indexOf(labels);
  const counts = { tp: new Float64Array(k), predSum: new Float64Array(k), trueSum: new Float64Array(k) };
  for (let s = 0; s < t.length; s++) {
    const weight = w ? w[s]! : 1;
    const i = index.get(t[s]!);
    const j = index.get(p[s]!);
    if (i !== undefined) counts.trueSum[i]! += weight;
    if (j !== undefined) counts.predSum[j]! += weight;
    if (i !== undefined && t[s] === p[s]) counts.tp[i]! += weight;
  }
  // sklearn rebuilds the sums as tp + (sum - tp) from its 2x2 matrices; with float weights that
  // round trip can change the last bit, which shows in the text report's repr of the support.
  for (let i = 0; i < k; i++) {
    counts.trueSum[i] = counts.tp[i]! + (counts.trueSum[i]! - counts.tp[i]!);
    counts.predSum[i] = counts.tp[i]! + (counts.predSum[i]! - counts.tp[i]!);
  }
  return counts;
}
