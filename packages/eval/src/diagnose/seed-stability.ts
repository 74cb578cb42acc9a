import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { mean, std } from "../common/stats.js";
import { asTensor, disposeModel, looksCategorical, withXY, type DataInput } from "../common/tensors.js";
import { mapValues } from "../selection/plan.js";
import { outputLabels, predictOutput, resolveScoring, type Scoring } from "../selection/scoring.js";
import type { BuildModel, Params, TrialFit } from "../selection/trial.js";

/** Options of seedStability. */
export interface SeedStabilityOptions {
  /** One training run per seed (nt.setSeed(seed) before building); default [0, 1, 2, 3, 4]. */
  seeds?: number[];
  fit?: TrialFit;
  /** Data to score and compare predictions on (default: the training data). */
  testData?: [DataInput, DataInput];
  scoring?: Scoring;
  params?: Params;
}

/** seedStability's result: scores per seed, their spread, and how much the seeds' predictions disagree. */
export interface SeedStabilityResult {
  seeds: number[];
  /** scorer → one score per seed. */
  scores: Record<string, number[]>;
  mean: Record<string, number>;
  std: Record<string, number>;
  /** Class targets: fraction of test rows on which the seeds do not all predict the same class. */
  disagreementRate: number | null;
  /** Class targets: mean over pairs of seeds of the fraction of rows they label differently. */
  pairwiseDisagreement: number | null;
  /** Other targets: mean over rows and outputs of the predictions' standard deviation across seeds. */
  predictionStd: number | null;
}

/** How much the seed alone changes a model: the spread of its scores and of its predictions across seeds. */
export async function seedStability(buildModel: BuildModel, x: DataInput, y: DataInput, options: SeedStabilityOptions = {}): Promise<SeedStabilityResult> {
  const seeds = options.seeds ?? [0, 1, 2, 3, 4];
  if (!Array.isArray(seeds) || seeds.length < 2 || !seeds.every(Number.isInteger)) {
    throw new NeuriteError("BAD_ARGUMENT", "seedStability: seeds must be at least two integers");
  }
  return withXY("seedStability", x, y, async (xs, ys) => {
    const tx = options.testData ? asTensor("seedStability", "testData x", options.testData[0]) : { t: xs, owned: false };
    const ty = options.testData ? asTensor("seedStability", "testData y", options.testData[1]) : { t: ys, owned: false };
    try {
      const scorers = resolveScoring(options.scoring, ys);
      const categorical = looksCategorical(ys);
      const scores: Record<string, number[]> = Object.fromEntries(Object.keys(scorers).map((k) => [k, []]));
      const predictions: number[][] = [];
      for (const seed of seeds) {
        nt.setSeed(seed);
        const model = await buildModel({ ...options.params });
        try {
          await model.fit(xs, ys, { verbose: 0, ...options.fit });
          for (const [k, s] of Object.entries(scorers)) scores[k]!.push(s(model, tx.t, ty.t));
          const out = predictOutput(model, tx.t);
          predictions.push(categorical ? outputLabels(out) : Array.from(out.values));
        } finally {
          disposeModel(model);
        }
      }
      const rows = predictions[0]!.length;
      const column = (i: number) => predictions.map((p) => p[i]!);
      let pairs = 0;
      let differ = 0;
      for (let a = 0; a < seeds.length; a++) {
        for (let b = a + 1; b < seeds.length; b++) {
          pairs++;
          differ += predictions[a]!.filter((v, i) => v !== predictions[b]![i]).length / rows;
        }
      }
      return {
        seeds: [...seeds], scores, mean: mapValues(scores, mean), std: mapValues(scores, std),
        disagreementRate: categorical ? Array.from({ length: rows }, (_, i) => new Set(column(i)).size > 1).filter(Boolean).length / rows : null,
        pairwiseDisagreement: categorical ? differ / pairs : null,
        predictionStd: categorical ? null : mean(Array.from({ length: rows }, (_, i) => std(column(i)))),
      };
    } finally {
      if (tx.owned) tx.t.dispose();
      if (ty.owned) ty.t.dispose();
    }
  });
}
