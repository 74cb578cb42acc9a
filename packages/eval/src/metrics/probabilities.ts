import { checkLengths, fail, toLabels, toMatrix, toWeights, type Label, type LabelsInput, type NumbersInput } from "./inputs.js";
import { checkColumnLabels, checkScoreTargets, indexOf, showLabels, uniqueLabels } from "./labels.js";
import { weightedSum } from "./stats.js";

/** Options of {@link logLoss}. */
export interface LogLossOptions {
  /** false: return the (weighted) sum of per-sample losses instead of the mean. */
  normalize?: boolean;
  sampleWeight?: NumbersInput;
  /** All classes (yPred's columns follow their sorted order); needed when yTrue lacks some. */
  labels?: readonly Label[];
}

/** Cross-entropy of probabilities clipped to [eps, 1 - eps] and row-normalised (sklearn `log_loss` up to 1.4; later versions stopped renormalising). */
export function logLoss(yTrue: LabelsInput, yPred: NumbersInput, options: LogLossOptions = {}): number {
  const metric = "logLoss";
  const t = toLabels(metric, "yTrue", yTrue);
  const p = toMatrix(metric, "yPred", yPred);
  checkLengths(metric, t.length, p.rows);
  const w = toWeights(metric, options.sampleWeight, t.length);
  const classes = uniqueLabels(metric, options.labels ? [...options.labels] : t);
  if (classes.length < 2) {
    fail(metric, options.labels
      ? `labels must hold at least two classes, got ${showLabels(classes)}`
      : `yTrue contains only one label (${showLabels(classes)}); pass every class through labels`);
  }
  const index = indexOf(classes);
  const unknown = t.filter((v) => !index.has(v));
  if (unknown.length) fail(metric, `yTrue contains labels not in labels: ${showLabels(uniqueLabels(metric, unknown))}`);
  // A 1-D yPred is the probability of the greater class, as for sklearn's binary case.
  const cols = p.cols === 1 ? 2 : p.cols;
  if (cols !== classes.length) {
    fail(metric, `yPred has ${cols} columns but there are ${classes.length} classes ${showLabels(classes)}`, "SHAPE_MISMATCH");
  }
  // sklearn (eps='auto', float64) clips before expanding 1-D input and before renormalising rows.
  const eps = Number.EPSILON;
  const clip = (v: number) => Math.min(Math.max(v, eps), 1 - eps);
  const losses = t.map((label, i) => {
    const row = p.cols === 1 ? [1 - clip(p.values[i]!), clip(p.values[i]!)] : Array.from(p.values.subarray(i * cols, (i + 1) * cols), clip);
    const total = row.reduce((a, b) => a + b, 0);
    return -Math.log(row[index.get(label)!]! / total);
  });
  return weightedSum(metric, losses, w, options.normalize ?? true);
}

/** Options of {@link topKAccuracyScore}. */
export interface TopKOptions {
  /** How many of the highest-scored classes count as a hit (default 2). */
  k?: number;
  normalize?: boolean;
  sampleWeight?: NumbersInput;
  /** All classes, sorted, one per column of yScore. */
  labels?: readonly Label[];
}

/** Fraction of samples whose true class is among the k highest scores; ties favour the later class as sklearn's sort does. */
export function topKAccuracyScore(yTrue: LabelsInput, yScore: NumbersInput, options: TopKOptions = {}): number {
  const metric = "topKAccuracyScore";
  const k = options.k ?? 2;
  if (!Number.isInteger(k) || k < 1) fail(metric, `k must be a positive integer, got ${k}`);
  const { yTrue: t, yScore: s, weight: w, type: found } = checkScoreTargets(metric, yTrue, yScore, options.sampleWeight);
  const type = found === "binary" && options.labels && options.labels.length > 2 ? "multiclass" : found;
  if (type === "binary" && s.ndim === 2 && s.cols !== 1) {
    fail(metric, `yTrue is binary but yScore has ${s.cols} columns; pass labels if yTrue lacks some classes`, "SHAPE_MISMATCH");
  }
  const scoreClasses = s.ndim === 2 && type === "multiclass" ? s.cols : 2;
  let classes: readonly Label[];
  if (options.labels) {
    classes = options.labels;
    checkColumnLabels(metric, classes, t);
  } else {
    classes = uniqueLabels(metric, t);
  }
  if (classes.length !== scoreClasses) {
    fail(metric, `${classes.length} classes but yScore has ${scoreClasses} columns; pass labels to name every column`, "SHAPE_MISMATCH");
  }
  const index = indexOf(classes);
  const v = s.values;
  let hits: number[];
  if (type === "binary") {
    // A 1-D binary score: with k = 1 it is thresholded (0.5 for probabilities, else 0); k >= 2 always hits.
    const probabilities = v.every((x) => x >= 0 && x <= 1);
    const threshold = probabilities ? 0.5 : 0;
    hits = t.map((label, i) => (k >= 2 || (v[i]! > threshold ? 1 : 0) === index.get(label) ? 1 : 0));
  } else {
    const c = s.cols;
    hits = t.map((label, i) => {
      const j = index.get(label)!;
      const own = v[i * c + j]!;
      let ahead = 0;
      for (let m = 0; m < c; m++) {
        const x = v[i * c + m]!;
        if (x > own || (x === own && m > j)) ahead++;
      }
      return ahead < k ? 1 : 0;
    });
  }
  return weightedSum(metric, hits, w, options.normalize ?? true);
}
