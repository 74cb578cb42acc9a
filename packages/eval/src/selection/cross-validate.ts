import { mean, std } from "../common/stats.js";
import { withXY, type DataInput } from "../common/tensors.js";
import { checkBuildModel, collect, context, mapValues, plan, type SelectionOptions } from "./plan.js";
import { runTrials, type BuildModel, type Params } from "./trial.js";

export interface CrossValidateOptions extends SelectionOptions {
  /** Hyperparameters handed to buildModel (default {}). */
  params?: Params;
}

/** Per-fold scores of one model configuration, as scikit-learn's cross_validate (scores keyed by scorer). */
export interface CrossValidateResult {
  type: "crossValidate";
  params: Params;
  testScores: Record<string, number[]>;
  trainScores?: Record<string, number[]>;
  mean: Record<string, number>;
  std: Record<string, number>;
  /** Seconds per fold. */
  fitTimes: number[];
  scoreTimes: number[];
  /** Folds that failed and got errorScore instead. */
  errors: { fold: number; message: string }[];
}

/** Fits a fresh model on each fold's training rows and scores it on the fold's test rows. */
export async function crossValidate(buildModel: BuildModel, x: DataInput, y: DataInput, options: CrossValidateOptions = {}): Promise<CrossValidateResult> {
  checkBuildModel("crossValidate", buildModel);
  return withXY("crossValidate", x, y, async (xs, ys) => {
    const p = plan("crossValidate", ys, options);
    const params = { ...options.params };
    const specs = p.splits.map((s, i) => p.spec(i, params, s.train, s.test));
    const results = await runTrials(specs, context(buildModel, xs, ys, p), p.executor);
    const testScores = collect(results, (r) => r.testScores);
    return {
      type: "crossValidate", params, testScores,
      ...(options.returnTrainScore ? { trainScores: collect(results, (r) => r.trainScores) } : {}),
      mean: mapValues(testScores, mean), std: mapValues(testScores, std),
      fitTimes: results.map((r) => r.fitTime), scoreTimes: results.map((r) => r.scoreTime),
      errors: results.flatMap((r) => (r.error ? [{ fold: r.index, message: r.error.message }] : [])),
    };
  });
}
