import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { rng } from "@neurite/data";
import type { Model } from "@neurite/layers";
import { mean, std } from "../common/stats.js";
import { asTensor, type DataInput } from "../common/tensors.js";
import { resolveScoring, type Scorer } from "../selection/scoring.js";

/** Options of permutationImportance. */
export interface PermutationImportanceOptions {
  /** One scorer (name or function); default "accuracy" for class targets, else "r2". */
  scoring?: string | Scorer;
  /** Shuffles per feature (default 5). */
  nRepeats?: number;
  /** Seeds the shuffles; every feature sees the same sequence of permutations, as in scikit-learn. Default: from nt.setSeed. */
  seed?: number;
}

/** permutationImportance's result (scikit-learn's Bunch, camelCased). */
export interface PermutationImportanceResult {
  scorer: string;
  baselineScore: number;
  /** Per feature: mean and (population) std over repeats of baseline − permuted score. */
  importancesMean: number[];
  importancesStd: number[];
  /** [feature][repeat]. */
  importances: number[][];
}

/**
 * scikit-learn's permutation_importance: how much the score drops when one
 * column of x is shuffled, breaking its link to y. x is [rows, features].
 */
export function permutationImportance(model: Model, x: DataInput, y: DataInput, options: PermutationImportanceOptions = {}): PermutationImportanceResult {
  const nRepeats = options.nRepeats ?? 5;
  if (!Number.isInteger(nRepeats) || nRepeats < 1) throw new NeuriteError("BAD_ARGUMENT", `permutationImportance: nRepeats must be a positive integer, got ${nRepeats}`);
  const xs = asTensor("permutationImportance", "x", x);
  const ys = asTensor("permutationImportance", "y", y);
  try {
    if (xs.t.rank !== 2) throw new NeuriteError("SHAPE_MISMATCH", `permutationImportance: x must be [rows, features], got [${xs.t.shape}]`);
    const [rows, cols] = xs.t.shape as [number, number];
    if (ys.t.shape[0] !== rows) throw new NeuriteError("SHAPE_MISMATCH", `permutationImportance: x has ${rows} rows but y has ${ys.t.shape[0]}`);
    const scorers = resolveScoring(options.scoring, ys.t);
    const [name, scorer] = Object.entries(scorers)[0]!;
    const baselineScore = scorer(model, xs.t, ys.t);
    const values = xs.t.data() as Float32Array;
    const seed = options.seed ?? nt.nextKey();
    const importances = Array.from({ length: cols }, (_, j) => {
      const r = rng(seed);
      const order = Int32Array.from({ length: rows }, (_, i) => i);
      const permuted = Float32Array.from(values);
      return Array.from({ length: nRepeats }, () => {
        // Successive in-place shuffles, as scikit-learn's repeats reshuffle the same index array.
        for (let i = rows - 1; i > 0; i--) {
          const k = r.int(i + 1);
          [order[i], order[k]] = [order[k]!, order[i]!];
        }
        for (let i = 0; i < rows; i++) permuted[i * cols + j] = values[order[i]! * cols + j]!;
        const xp = nt.tensor(permuted, [rows, cols]);
        try {
          return baselineScore - scorer(model, xp, ys.t);
        } finally {
          xp.dispose();
        }
      });
    });
    return { scorer: name, baselineScore, importancesMean: importances.map(mean), importancesStd: importances.map(std), importances };
  } finally {
    if (xs.owned) xs.t.dispose();
    if (ys.owned) ys.t.dispose();
  }
}
