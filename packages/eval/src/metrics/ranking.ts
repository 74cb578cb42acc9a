import { averageBinaryScore, averageOvoScore, oneHot, type BinaryMetric, type OvrAverage } from "./averaging.js";
import { auc, clfCurve, prFromCurve, rocFromCurve } from "./curves.js";
import { fail, type Label, type LabelsInput, type Matrix, type NumbersInput } from "./inputs.js";
import { checkColumnLabels, checkScoreTargets, indexOf, showLabels, uniqueLabels } from "./labels.js";
import { isClose } from "./stats.js";

/** Options of {@link rocAucScore}. */
export interface RocAucOptions {
  /** Multi-class averaging (default 'macro'); 'micro' and null are one-vs-rest only. */
  average?: OvrAverage;
  /** Multi-class scheme; the default 'raise' refuses multi-class input, as sklearn does. */
  multiClass?: "raise" | "ovr" | "ovo";
  /** All classes, sorted, one per column of yScore (needed when yTrue lacks some). */
  labels?: readonly Label[];
  sampleWeight?: NumbersInput;
  /** Binary only: standardized partial AUC up to this false positive rate (McClish). */
  maxFpr?: number;
}

/** Area under the ROC curve of one binary problem; undefined (an error) when yTrue has one class. */
function binaryRocAuc(metric: string, maxFpr?: number): BinaryMetric {
  return (positive, score, weight) => {
    if (new Set(positive).size !== 2) fail(metric, "only one class is present in yTrue; ROC AUC is not defined in that case");
    const { fpr, tpr } = rocFromCurve(clfCurve(positive, score, weight), true);
    if (maxFpr === undefined || maxFpr === 1) return auc(fpr, tpr);
    if (!(maxFpr > 0 && maxFpr <= 1)) fail(metric, `maxFpr must be in (0, 1], got ${maxFpr}`);
    const stop = fpr.filter((v) => v <= maxFpr).length;
    const [x0, x1, y0, y1] = [fpr[stop - 1]!, fpr[stop]!, tpr[stop - 1]!, tpr[stop]!];
    const partial = auc([...fpr.slice(0, stop), maxFpr], [...tpr.slice(0, stop), ((y1 - y0) / (x1 - x0)) * (maxFpr - x0) + y0]);
    // McClish correction: 0.5 for a non-discriminant score, 1 for a perfect one.
    const minArea = 0.5 * maxFpr ** 2;
    return 0.5 * (1 + (partial - minArea) / (maxFpr - minArea));
  };
}

/** The classes that index yScore's columns, checked as sklearn checks `labels`. */
function scoreClasses(metric: string, t: readonly Label[], s: Matrix, labels?: readonly Label[]): readonly Label[] {
  if (labels == null) {
    const classes = uniqueLabels(metric, t);
    if (classes.length !== s.cols) {
      fail(metric, `yTrue has ${classes.length} classes but yScore has ${s.cols} columns; pass labels to name every column`, "SHAPE_MISMATCH");
    }
    return classes;
  }
  checkColumnLabels(metric, labels, t);
  if (labels.length !== s.cols) fail(metric, `${labels.length} labels but yScore has ${s.cols} columns`, "SHAPE_MISMATCH");
  return labels;
}

/** Area under the ROC curve: binary, or multi-class one-vs-rest / one-vs-one (Hand & Till) (sklearn `roc_auc_score`). */
export function rocAucScore(yTrue: LabelsInput, yScore: NumbersInput, options: RocAucOptions & { average: null }): number | number[];
export function rocAucScore(yTrue: LabelsInput, yScore: NumbersInput, options?: RocAucOptions): number;
export function rocAucScore(yTrue: LabelsInput, yScore: NumbersInput, options: RocAucOptions = {}): number | number[] {
  const metric = "rocAucScore";
  const { yTrue: t, yScore: s, weight: w, type } = checkScoreTargets(metric, yTrue, yScore, options.sampleWeight);
  const avg = options.average === undefined ? "macro" : options.average;
  if (type === "multiclass" || (s.ndim === 2 && s.cols > 2)) {
    if (options.maxFpr !== undefined && options.maxFpr !== 1) fail(metric, "maxFpr (partial AUC) is not available for multi-class input");
    const scheme = options.multiClass ?? "raise";
    if (scheme !== "ovr" && scheme !== "ovo") fail(metric, "yTrue is multi-class: pass multiClass 'ovr' or 'ovo'");
    if (s.ndim !== 2) fail(metric, "multi-class yTrue needs a 2-D yScore (samples x classes)", "SHAPE_MISMATCH");
    for (let i = 0; i < s.rows; i++) {
      let rowSum = 0;
      for (let j = 0; j < s.cols; j++) rowSum += s.values[i * s.cols + j]!;
      if (!isClose(1, rowSum)) {
        fail(metric, `multi-class yScore must hold probabilities that sum to 1 per row; row ${i} sums to ${rowSum}`);
      }
    }
    const allowed = scheme === "ovr" ? ["micro", "macro", "weighted", null] : ["macro", "weighted"];
    if (!allowed.includes(avg)) fail(metric, `average ${String(avg)} is not supported with multiClass '${scheme}'`);
    const classes = scoreClasses(metric, t, s, options.labels);
    if (scheme === "ovr") return averageBinaryScore(metric, binaryRocAuc(metric), oneHot(t, classes), s, avg, w);
    if (w) fail(metric, "sampleWeight is not supported with multiClass 'ovo'");
    const index = indexOf(classes);
    return averageOvoScore(metric, binaryRocAuc(metric), Int32Array.from(t, (v) => index.get(v)!), s, avg === "weighted");
  }
  if (s.ndim === 2 && s.cols !== 1) {
    fail(metric, `yTrue is binary but yScore has ${s.cols} columns; pass the positive class's scores as a 1-D array`, "SHAPE_MISMATCH");
  }
  // Binary labels are binarized in sorted order: the greater label is the positive class.
  const positiveLabel = uniqueLabels(metric, t)[1];
  return binaryRocAuc(metric, options.maxFpr)(Uint8Array.from(t, (v) => (v === positiveLabel ? 1 : 0)), s.values, w);
}

/** Options of {@link averagePrecisionScore}. */
export interface AveragePrecisionOptions {
  /** Multi-class (one-vs-rest) averaging, default 'macro'; ignored for binary yTrue. */
  average?: OvrAverage;
  /** Binary positive class (default 1); must stay 1 for multi-class yTrue. */
  posLabel?: Label;
  sampleWeight?: NumbersInput;
}

/** Average precision of one binary problem: the step-wise area under its precision-recall curve. */
const binaryAveragePrecision: BinaryMetric = (positive, score, weight) => {
  const { precision, recall } = prFromCurve(clfCurve(positive, score, weight));
  let ap = 0;
  for (let i = 0; i + 1 < recall.length; i++) ap -= (recall[i + 1]! - recall[i]!) * precision[i]!;
  return ap;
};

/** Average precision: sum over thresholds of precision times recall gained (sklearn `average_precision_score`; multi-class as sklearn >= 1.3). */
export function averagePrecisionScore(yTrue: LabelsInput, yScore: NumbersInput, options: AveragePrecisionOptions & { average: null }): number | number[];
export function averagePrecisionScore(yTrue: LabelsInput, yScore: NumbersInput, options?: AveragePrecisionOptions): number;
export function averagePrecisionScore(yTrue: LabelsInput, yScore: NumbersInput, options: AveragePrecisionOptions = {}): number | number[] {
  const metric = "averagePrecisionScore";
  const { yTrue: t, yScore: s, weight: w, type } = checkScoreTargets(metric, yTrue, yScore, options.sampleWeight);
  const avg = options.average === undefined ? "macro" : options.average;
  if (!["micro", "macro", "weighted", null].includes(avg)) fail(metric, `average must be 'micro', 'macro', 'weighted' or null, got ${String(avg)}`);
  const present = uniqueLabels(metric, t);
  const pos = options.posLabel ?? 1;
  if (type === "binary") {
    if (present.length === 2 && !present.includes(pos)) {
      fail(metric, `posLabel ${JSON.stringify(pos)} is not a valid label; it should be one of ${showLabels(present)}`);
    }
    if (s.ndim === 2 && s.cols !== 1) fail(metric, `yTrue is binary but yScore has ${s.cols} columns`, "SHAPE_MISMATCH");
    return binaryAveragePrecision(Uint8Array.from(t, (v) => (v === pos ? 1 : 0)), s.values, w);
  }
  if (pos !== 1) fail(metric, "posLabel is fixed to 1 for multi-class yTrue (one-vs-rest over every class)");
  if (s.ndim !== 2 || s.cols !== present.length) {
    fail(metric, `yTrue has ${present.length} classes but yScore has ${s.ndim === 2 ? s.cols : 1} columns`, "SHAPE_MISMATCH");
  }
  return averageBinaryScore(metric, binaryAveragePrecision, oneHot(t, present), s, avg, w);
}
