import { labelCounts } from "./confusion.js";
import { fail, toWeights, type Label, type LabelsInput, type NumbersInput } from "./inputs.js";
import { checkTargets, showLabels, uniqueLabels } from "./labels.js";
import { average as mean, sum } from "./stats.js";

/** How per-class scores are combined; null returns one score per label. */
export type Average = "binary" | "micro" | "macro" | "weighted";
/** Value used where a ratio is 0/0; 'warn' behaves as 0 (no warning is printed). */
export type ZeroDivision = "warn" | 0 | 1;

/** Options shared by precision, recall and F-scores (sklearn's keyword arguments, camelCased). */
export interface PrfOptions {
  average?: Average | null;
  /** The positive class when average is 'binary' (default 1). */
  posLabel?: Label;
  /** Labels to score (and their order when average is null); may include labels absent from the data. */
  labels?: readonly Label[];
  zeroDivision?: ZeroDivision;
  sampleWeight?: NumbersInput;
}

/** Options of {@link precisionRecallFscoreSupport}: beta weighs recall beta times as much as precision. */
export interface PrfsOptions extends PrfOptions {
  beta?: number;
}

/** Per-label results (average null). */
export interface PrfsPerClass {
  precision: number[];
  recall: number[];
  fScore: number[];
  support: number[];
}

/** Averaged results; support is null as in sklearn. */
export interface PrfsAveraged {
  precision: number;
  recall: number;
  fScore: number;
  support: null;
}

/** Precision, recall, F-beta and support per label or averaged (sklearn `precision_recall_fscore_support`, default average null). */
export function precisionRecallFscoreSupport(yTrue: LabelsInput, yPred: LabelsInput, options?: PrfsOptions & { average?: null }): PrfsPerClass;
export function precisionRecallFscoreSupport(yTrue: LabelsInput, yPred: LabelsInput, options: PrfsOptions): PrfsPerClass | PrfsAveraged;
export function precisionRecallFscoreSupport(yTrue: LabelsInput, yPred: LabelsInput, options: PrfsOptions = {}): PrfsPerClass | PrfsAveraged {
  return prfs("precisionRecallFscoreSupport", yTrue, yPred, options.beta ?? 1, options, null);
}

/** Fraction of predicted positives that are correct: tp / (tp + fp) (sklearn `precision_score`). */
export function precisionScore(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions & { average: null }): number[];
export function precisionScore(yTrue: LabelsInput, yPred: LabelsInput, options?: PrfOptions): number;
export function precisionScore(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions = {}): number | number[] {
  return prfs("precisionScore", yTrue, yPred, 1, options, "binary").precision;
}

/** Fraction of true positives that are found: tp / (tp + fn) (sklearn `recall_score`). */
export function recallScore(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions & { average: null }): number[];
export function recallScore(yTrue: LabelsInput, yPred: LabelsInput, options?: PrfOptions): number;
export function recallScore(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions = {}): number | number[] {
  return prfs("recallScore", yTrue, yPred, 1, options, "binary").recall;
}

/** Harmonic mean of precision and recall (sklearn `f1_score`). */
export function f1Score(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions & { average: null }): number[];
export function f1Score(yTrue: LabelsInput, yPred: LabelsInput, options?: PrfOptions): number;
export function f1Score(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions = {}): number | number[] {
  return prfs("f1Score", yTrue, yPred, 1, options, "binary").fScore;
}

/** Weighted harmonic mean of precision and recall, recall counting beta times as much (sklearn `fbeta_score`). */
export function fbetaScore(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions & { beta: number; average: null }): number[];
export function fbetaScore(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions & { beta: number }): number;
export function fbetaScore(yTrue: LabelsInput, yPred: LabelsInput, options: PrfOptions & { beta: number }): number | number[] {
  if (typeof options?.beta !== "number") fail("fbetaScore", "options.beta is required");
  return prfs("fbetaScore", yTrue, yPred, options.beta, options, "binary").fScore;
}

const AVERAGES = new Set<unknown>([null, "binary", "micro", "macro", "weighted"]);

/** The labels to score, after sklearn's `_check_set_wise_labels` rules for 'binary'. */
function scoredLabels(metric: string, type: string, t: Label[], p: Label[], average: Average | null, options: PrfOptions): readonly Label[] {
  const present = uniqueLabels(metric, t, p);
  if (average !== "binary") return options.labels ?? present;
  if (type !== "binary") {
    fail(metric, "the target is multiclass but average is 'binary'; choose 'micro', 'macro', 'weighted' or null");
  }
  const pos = options.posLabel ?? 1;
  if (!present.includes(pos) && present.length >= 2) {
    fail(metric, `posLabel ${JSON.stringify(pos)} is not a valid label; it should be one of ${showLabels(present)}`);
  }
  return [pos];
}

/** Divides with sklearn's zero_division rule (`_prf_divide`). */
function divide(num: Float64Array, den: Float64Array, zeroDivision: ZeroDivision): number[] {
  return Array.from(num, (n, i) => (den[i] === 0 ? (zeroDivision === 1 ? 1 : 0) : n / den[i]!));
}

/** Shared body of every precision/recall/F function; `fallback` is the metric's default average. */
export function prfs(metric: string, yTrue: LabelsInput, yPred: LabelsInput, beta: number, options: PrfOptions,
  fallback: Average | null): PrfsPerClass | PrfsAveraged {
  const zeroDivision = options.zeroDivision ?? "warn";
  if (zeroDivision !== "warn" && zeroDivision !== 0 && zeroDivision !== 1) {
    fail(metric, `zeroDivision must be 'warn', 0 or 1, got ${String(zeroDivision)}`);
  }
  const average = options.average === undefined ? fallback : options.average;
  if (!AVERAGES.has(average)) fail(metric, `average must be 'binary', 'micro', 'macro', 'weighted' or null, got ${String(average)}`);
  if (!(beta >= 0)) fail(metric, `beta must be >= 0, got ${beta}`);
  const { type, yTrue: t, yPred: p } = checkTargets(metric, yTrue, yPred);
  const w = toWeights(metric, options.sampleWeight, t.length);
  const labels = scoredLabels(metric, type, t, p, average, options);
  let { tp, predSum, trueSum } = labelCounts(t, p, labels, w);
  if (average === "micro") {
    [tp, predSum, trueSum] = [tp, predSum, trueSum].map((a) => Float64Array.of(sum(a))) as [Float64Array, Float64Array, Float64Array];
  }
  const precision = divide(tp, predSum, zeroDivision);
  const recall = divide(tp, trueSum, zeroDivision);
  const b2 = beta * beta;
  // F from precision and recall, so a 0/0 term takes the zeroDivision value as it does in sklearn.
  const fScore = beta === Infinity ? recall.slice() : precision.map((pr, i) => {
    const denom = b2 * pr + recall[i]!;
    return ((1 + b2) * pr * recall[i]!) / (denom === 0 ? 1 : denom);
  });
  if (average === null) return { precision, recall, fScore, support: Array.from(trueSum) };
  let weights: Float64Array | undefined;
  if (average === "weighted") {
    weights = trueSum;
    if (sum(trueSum) === 0) {
      // No true samples of any scored label: every weighted average is 0/0.
      const z = zeroDivision === 1 ? 1 : 0;
      return sum(predSum) === 0
        ? { precision: z, recall: z, fScore: z, support: null }
        : { precision: 0, recall: z, fScore: 0, support: null };
    }
  }
  return {
    precision: mean(metric, precision, weights),
    recall: mean(metric, recall, weights),
    fScore: mean(metric, fScore, weights),
    support: null,
  };
}
