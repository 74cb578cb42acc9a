import { confusionFor } from "./confusion.js";
import { toWeights, type LabelsInput, type NumbersInput } from "./inputs.js";
import { checkTargets } from "./labels.js";
import { weightedSum } from "./stats.js";

/** Options of {@link accuracyScore}. */
export interface AccuracyOptions {
  /** false: return the (weighted) count of correct predictions instead of the fraction. */
  normalize?: boolean;
  sampleWeight?: NumbersInput;
}

/** Fraction (or count) of samples whose predicted label equals the true label (sklearn `accuracy_score`). */
export function accuracyScore(yTrue: LabelsInput, yPred: LabelsInput, options: AccuracyOptions = {}): number {
  const metric = "accuracyScore";
  const { yTrue: t, yPred: p } = checkTargets(metric, yTrue, yPred);
  const w = toWeights(metric, options.sampleWeight, t.length);
  return weightedSum(metric, t.map((v, i) => (v === p[i] ? 1 : 0)), w, options.normalize ?? true);
}

/** Options of {@link balancedAccuracyScore}. */
export interface BalancedAccuracyOptions {
  sampleWeight?: NumbersInput;
  /** Rescale so that chance scores 0 and perfect scores 1. */
  adjusted?: boolean;
}

/** Mean per-class recall over classes present in yTrue (sklearn `balanced_accuracy_score`). */
export function balancedAccuracyScore(yTrue: LabelsInput, yPred: LabelsInput, options: BalancedAccuracyOptions = {}): number {
  const cm = confusionFor("balancedAccuracyScore", yTrue, yPred, { sampleWeight: options.sampleWeight });
  // A class that only appears in yPred has an empty row: its recall is 0/0 and sklearn drops it.
  const recalls: number[] = [];
  cm.forEach((row, i) => {
    const total = row.reduce((a, b) => a + b, 0);
    if (total !== 0) recalls.push(row[i]! / total);
  });
  let score = recalls.reduce((a, b) => a + b, 0) / recalls.length;
  if (options.adjusted) {
    const chance = 1 / recalls.length;
    score = (score - chance) / (1 - chance);
  }
  return score;
}
