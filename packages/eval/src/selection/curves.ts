import { NeuriteError } from "@neurite/core";
import { permutation, rng } from "@neurite/data";
import { mean, std } from "../common/stats.js";
import { withXY, type DataInput } from "../common/tensors.js";
import { checkBuildModel, context, plan, type SelectionOptions } from "./plan.js";
import { runTrials, type BuildModel, type ParamValue, type Params, type TrialResult } from "./trial.js";

/** Scores of one scorer on a grid of settings × folds. */
export interface CurveScores {
  /** The scorer's name. */
  scorer: string;
  /** [setting][fold]. */
  trainScores: number[][];
  testScores: number[][];
  trainMean: number[];
  trainStd: number[];
  testMean: number[];
  testStd: number[];
  /** Seconds, [setting][fold]. */
  fitTimes: number[][];
}

export interface LearningCurveResult extends CurveScores {
  type: "learningCurve";
  /** Absolute training-set sizes, ascending and distinct. */
  trainSizes: number[];
}

export interface ValidationCurveResult extends CurveScores {
  type: "validationCurve";
  paramName: string;
  paramRange: ParamValue[];
}

/** Options of learningCurve. */
export interface LearningCurveOptions extends Omit<SelectionOptions, "returnTrainScore"> {
  /** Fractions of the largest training set (all in (0, 1]) or, when all are integers and one exceeds 1, row counts. Default [0.1, 0.325, 0.55, 0.775, 1]. */
  trainSizes?: number[];
  /** Shuffle each training set before taking its first rows (seeded), as scikit-learn's learning_curve; default false. */
  shuffle?: boolean;
  params?: Params;
}

/** Options of validationCurve: the parameter to vary and its values. */
export interface ValidationCurveOptions extends Omit<SelectionOptions, "returnTrainScore"> {
  paramName: string;
  paramRange: ParamValue[];
  /** The other hyperparameters. */
  params?: Params;
}

/** scikit-learn's _translate_train_sizes: absolute sizes, floored, clipped to [1, nMax], sorted and distinct. */
export function translateTrainSizes(sizes: readonly number[], nMax: number): number[] {
  if (!Array.isArray(sizes) || sizes.length === 0 || sizes.some((s) => typeof s !== "number" || !Number.isFinite(s))) {
    throw new NeuriteError("BAD_ARGUMENT", "learningCurve: trainSizes must be a non-empty array of numbers");
  }
  const absolute = sizes.every(Number.isInteger) && sizes.some((s) => s > 1);
  let abs: number[];
  if (absolute) {
    if (sizes.some((s) => s <= 0 || s > nMax)) throw new NeuriteError("BAD_ARGUMENT", `learningCurve: trainSizes as row counts must be within (0, ${nMax}], got [${sizes}]`);
    abs = [...sizes];
  } else {
    if (sizes.some((s) => s <= 0 || s > 1)) throw new NeuriteError("BAD_ARGUMENT", `learningCurve: trainSizes as fractions must be within (0, 1], got [${sizes}]`);
    abs = sizes.map((s) => Math.min(nMax, Math.max(1, Math.floor(s * nMax))));
  }
  return [...new Set(abs)].sort((a, b) => a - b);
}

/** Reshapes trial results made fold-major ([fold][setting]) into [setting][fold] curves. */
function curveScores(scorer: string, results: TrialResult[], settings: number, folds: number): CurveScores {
  const grid = (pick: (r: TrialResult) => number) =>
    Array.from({ length: settings }, (_, s) => Array.from({ length: folds }, (_, f) => pick(results[f * settings + s]!)));
  const trainScores = grid((r) => r.trainScores![scorer]!);
  const testScores = grid((r) => r.testScores[scorer]!);
  return {
    scorer, trainScores, testScores,
    trainMean: trainScores.map(mean), trainStd: trainScores.map(std),
    testMean: testScores.map(mean), testStd: testScores.map(std),
    fitTimes: grid((r) => r.fitTime),
  };
}

function singleScorer(fn: string, names: string[]): string {
  if (names.length !== 1) throw new NeuriteError("BAD_ARGUMENT", `${fn}: give one scorer, got ${names.length}`);
  return names[0]!;
}

/** Train and test scores as the training set grows (scikit-learn's learning_curve). */
export async function learningCurve(buildModel: BuildModel, x: DataInput, y: DataInput, options: LearningCurveOptions = {}): Promise<LearningCurveResult> {
  checkBuildModel("learningCurve", buildModel);
  return withXY("learningCurve", x, y, async (xs, ys) => {
    const p = plan("learningCurve", ys, options);
    const scorer = singleScorer("learningCurve", Object.keys(p.scorers));
    const sizes = translateTrainSizes(options.trainSizes ?? [0.1, 0.325, 0.55, 0.775, 1], p.splits[0]!.train.length);
    const shuffler = options.shuffle ? rng(p.seed) : undefined;
    const params = { ...options.params };
    const specs = p.splits.flatMap((s, f) => {
      const train = shuffler ? Array.from(permutation(s.train.length, shuffler), (i) => s.train[i]!) : s.train;
      if (sizes[sizes.length - 1]! > train.length) {
        throw new NeuriteError("BAD_ARGUMENT", `learningCurve: fold ${f} has ${train.length} training rows, fewer than ${sizes[sizes.length - 1]}`);
      }
      return sizes.map((n, i) => p.spec(f * sizes.length + i, params, train.slice(0, n), s.test, true));
    });
    const results = await runTrials(specs, context(buildModel, xs, ys, p), p.executor);
    return { type: "learningCurve", trainSizes: sizes, ...curveScores(scorer, results, sizes.length, p.splits.length) };
  });
}

/** Train and test scores as one hyperparameter varies (scikit-learn's validation_curve). */
export async function validationCurve(buildModel: BuildModel, x: DataInput, y: DataInput, options: ValidationCurveOptions): Promise<ValidationCurveResult> {
  checkBuildModel("validationCurve", buildModel);
  const { paramName, paramRange } = options ?? {};
  if (typeof paramName !== "string" || !Array.isArray(paramRange) || paramRange.length === 0) {
    throw new NeuriteError("BAD_ARGUMENT", "validationCurve: needs paramName and a non-empty paramRange");
  }
  return withXY("validationCurve", x, y, async (xs, ys) => {
    const p = plan("validationCurve", ys, options);
    const scorer = singleScorer("validationCurve", Object.keys(p.scorers));
    const specs = p.splits.flatMap((s, f) =>
      paramRange.map((v, i) => p.spec(f * paramRange.length + i, { ...options.params, [paramName]: v }, s.train, s.test, true)));
    const results = await runTrials(specs, context(buildModel, xs, ys, p), p.executor);
    return { type: "validationCurve", paramName, paramRange: [...paramRange], ...curveScores(scorer, results, paramRange.length, p.splits.length) };
  });
}
