import { checkLengths, fail, toLabels, toVector, toWeights, type Label, type LabelsInput, type NumbersInput } from "./inputs.js";
import { showLabels, typeOfTarget, uniqueLabels } from "./labels.js";

/** Cumulative false/true positives at each distinct score, highest score first (sklearn `_binary_clf_curve`). */
export interface ClfCurve {
  fps: number[];
  tps: number[];
  thresholds: number[];
}

/** Options of the binary curves. */
export interface CurveOptions {
  /** The positive class; may be omitted only when yTrue is in {0, 1} or {-1, 1}. */
  posLabel?: Label;
  sampleWeight?: NumbersInput;
}

/** Builds the curve from a 0/1 positive mask; zero-weight samples are dropped as sklearn does. */
export function clfCurve(positive: Uint8Array, score: Float64Array, weight?: Float64Array): ClfCurve {
  let idx = Array.from(positive, (_, i) => i);
  if (weight) idx = idx.filter((i) => weight[i] !== 0);
  // sklearn sorts ascending with a stable sort and reverses; tied runs only contribute their totals.
  idx.sort((a, b) => score[a]! - score[b]! || a - b).reverse();
  const curve: ClfCurve = { fps: [], tps: [], thresholds: [] };
  let tp = 0;
  let fp = 0;
  idx.forEach((i, k) => {
    const w = weight ? weight[i]! : 1;
    if (positive[i]) tp += w;
    else fp += w;
    const next = idx[k + 1];
    if (next === undefined || score[next] !== score[i]) {
      curve.tps.push(tp);
      curve.fps.push(fp);
      curve.thresholds.push(score[i]!);
    }
  });
  return curve;
}

/** Reads yTrue, yScore and weights for a binary curve and resolves the positive class (`_check_pos_label_consistency`). */
export function binaryInputs(metric: string, yTrue: LabelsInput, yScore: NumbersInput, options: CurveOptions):
  { positive: Uint8Array; score: Float64Array; weight?: Float64Array } {
  const t = toLabels(metric, "yTrue", yTrue);
  const score = toVector(metric, "yScore", yScore);
  checkLengths(metric, t.length, score.length, ["yTrue", "yScore"]);
  const weight = toWeights(metric, options.sampleWeight, t.length);
  const type = typeOfTarget(t);
  if (type === "continuous" || (type === "multiclass" && options.posLabel === undefined)) {
    fail(metric, `yTrue is ${type}; a binary curve needs two classes (or posLabel for multiclass labels)`);
  }
  let pos = options.posLabel;
  if (pos === undefined) {
    const classes = uniqueLabels(metric, weight ? t.filter((_, i) => weight[i] !== 0) : t);
    const key = classes.join(",");
    if (typeof classes[0] === "string" || !["0,1", "-1,1", "0", "-1", "1"].includes(key)) {
      fail(metric, `yTrue takes values in ${showLabels(classes)} and posLabel is not given: pass posLabel or use {0, 1} or {-1, 1} labels`);
    }
    pos = 1;
  }
  return { positive: Uint8Array.from(t, (v) => (v === pos ? 1 : 0)), score, weight };
}

/** Options of {@link rocCurve}. */
export interface RocCurveOptions extends CurveOptions {
  /** Drop thresholds whose points lie on a straight segment (default true); the area is unchanged. */
  dropIntermediate?: boolean;
}

/** The ROC curve, as sklearn >= 1.3 `roc_curve`: fpr, tpr and thresholds, the first threshold being +Infinity. */
export function rocCurve(yTrue: LabelsInput, yScore: NumbersInput, options: RocCurveOptions = {}): { fpr: number[]; tpr: number[]; thresholds: number[] } {
  const { positive, score, weight } = binaryInputs("rocCurve", yTrue, yScore, options);
  return rocFromCurve(clfCurve(positive, score, weight), options.dropIntermediate ?? true);
}

/** Turns cumulative counts into rates; a class with no samples gives NaN rates, as in sklearn. */
export function rocFromCurve(c: ClfCurve, dropIntermediate: boolean): { fpr: number[]; tpr: number[]; thresholds: number[] } {
  let { fps, tps, thresholds } = c;
  if (dropIntermediate && fps.length > 2) {
    // Keep the ends and every corner: a point whose second difference is zero in both axes is collinear.
    // Written as numpy's np.diff(v, 2) so weighted (float) sums test zero the same way.
    const bend = (v: number[], i: number) => (v[i + 1]! - v[i]!) - (v[i]! - v[i - 1]!) !== 0;
    const keep = fps.map((_, i) => i === 0 || i === fps.length - 1 || bend(fps, i) || bend(tps, i));
    fps = fps.filter((_, i) => keep[i]);
    tps = tps.filter((_, i) => keep[i]);
    thresholds = thresholds.filter((_, i) => keep[i]);
  }
  fps = [0, ...fps];
  tps = [0, ...tps];
  const lastF = fps[fps.length - 1]!;
  const lastT = tps[tps.length - 1]!;
  return {
    fpr: fps.map((v) => (lastF <= 0 ? NaN : v / lastF)),
    tpr: tps.map((v) => (lastT <= 0 ? NaN : v / lastT)),
    thresholds: [Infinity, ...thresholds],
  };
}

/** Precision and recall for each threshold, ending at (recall 0, precision 1) (sklearn `precision_recall_curve`). */
export function precisionRecallCurve(yTrue: LabelsInput, yScore: NumbersInput, options: CurveOptions = {}): { precision: number[]; recall: number[]; thresholds: number[] } {
  const { positive, score, weight } = binaryInputs("precisionRecallCurve", yTrue, yScore, options);
  return prFromCurve(clfCurve(positive, score, weight));
}

/** Precision/recall from cumulative counts; with no positives at all, recall is 1 everywhere as in sklearn. */
export function prFromCurve(c: ClfCurve): { precision: number[]; recall: number[]; thresholds: number[] } {
  const lastT = c.tps[c.tps.length - 1] ?? 0;
  const precision = c.tps.map((tp, i) => { const ps = tp + c.fps[i]!; return ps === 0 ? 0 : tp / ps; });
  const recall = c.tps.map((tp) => (lastT === 0 ? 1 : tp / lastT));
  return {
    precision: [...precision.reverse(), 1],
    recall: [...recall.reverse(), 0],
    thresholds: c.thresholds.slice().reverse(),
  };
}

/** Area under a curve by the trapezoidal rule; x must be monotonic (sklearn `auc`). */
export function auc(x: NumbersInput, y: NumbersInput): number {
  const metric = "auc";
  // Not checked for finiteness: sklearn returns NaN for the NaN curves of single-class data.
  const xs = toVector(metric, "x", x, false);
  const ys = toVector(metric, "y", y, false);
  checkLengths(metric, xs.length, ys.length, ["x", "y"]);
  if (xs.length < 2) fail(metric, `at least 2 points are needed to compute an area, got ${xs.length}`);
  let direction = 1;
  let down = false;
  let up = false;
  for (let i = 1; i < xs.length; i++) {
    if (xs[i]! < xs[i - 1]!) down = true;
    if (xs[i]! > xs[i - 1]!) up = true;
  }
  if (down) {
    if (up) fail(metric, "x is neither increasing nor decreasing");
    direction = -1;
  }
  let area = 0;
  for (let i = 1; i < xs.length; i++) area += ((xs[i]! - xs[i - 1]!) * (ys[i]! + ys[i - 1]!)) / 2;
  return direction * area;
}
