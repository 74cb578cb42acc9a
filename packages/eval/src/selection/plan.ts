import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { classLabels, looksCategorical } from "../common/tensors.js";
import { kFold, stratifiedKFold, type Split } from "./kfold.js";
import { resolveScoring, type Scorer, type Scoring } from "./scoring.js";
import { sequentialExecutor, type BuildModel, type Params, type TrialExecutor, type TrialFit, type TrialResult, type TrialSpec } from "./trial.js";

/** Options shared by crossValidate, the searches and the curves. */
export interface SelectionOptions {
  /** A number of folds (default 5) or explicit splits, e.g. `stratifiedKFold(y, {shuffle: true, seed})`. */
  folds?: number | Split[];
  /** With a number of folds: stratify by class (default: when y holds int32 labels or one-hot rows, as scikit-learn's classifiers). */
  stratified?: boolean;
  scoring?: Scoring;
  /** fit() options for every trial, or a function of the trial's params (to tune epochs or batchSize). */
  fit?: TrialFit | ((params: Params) => TrialFit);
  /** Trial i runs after nt.setSeed(seed + i). Default: the next key of the nt.setSeed stream. */
  seed?: number;
  /** Default: sequentialExecutor(). */
  executor?: TrialExecutor;
  /** A failing trial: "raise", or the score to record instead (default NaN, as scikit-learn's error_score). */
  errorScore?: "raise" | number;
  returnTrainScore?: boolean;
}

/** The splits to use: explicit ones checked against the data, else (stratified) k-fold. */
export function resolveFolds(fn: string, y: nt.Tensor, o: SelectionOptions): Split[] {
  const n = y.shape[0]!;
  const folds = o.folds ?? 5;
  if (typeof folds === "number") {
    const stratified = o.stratified ?? looksCategorical(y);
    return stratified ? stratifiedKFold(classLabels(y), { nSplits: folds }) : kFold(n, { nSplits: folds });
  }
  if (!Array.isArray(folds) || folds.length === 0) throw new NeuriteError("BAD_ARGUMENT", `${fn}: folds must be a number or a non-empty array of {train, test}`);
  for (const [i, s] of folds.entries()) {
    for (const part of ["train", "test"] as const) {
      const idx = s?.[part];
      if (!Array.isArray(idx) || idx.length === 0 || idx.some((r) => !Number.isInteger(r) || r < 0 || r >= n)) {
        throw new NeuriteError("BAD_ARGUMENT", `${fn}: folds[${i}].${part} must be a non-empty array of row indices in [0, ${n})`);
      }
    }
  }
  return folds;
}

/** Everything a selection function needs before it makes its trials. */
export interface Plan {
  splits: Split[];
  scorers: Record<string, Scorer>;
  seed: number;
  executor: TrialExecutor;
  spec(index: number, params: Params, train: number[], test: number[], returnTrainScore?: boolean): TrialSpec;
}

export function plan(fn: string, y: nt.Tensor, o: SelectionOptions): Plan {
  const splits = resolveFolds(fn, y, o);
  const scorers = resolveScoring(o.scoring, y);
  const seed = o.seed ?? nt.nextKey();
  if (!Number.isInteger(seed)) throw new NeuriteError("BAD_ARGUMENT", `${fn}: seed must be an integer, got ${seed}`);
  const errorScore = o.errorScore ?? NaN;
  if (errorScore !== "raise" && typeof errorScore !== "number") throw new NeuriteError("BAD_ARGUMENT", `${fn}: errorScore must be "raise" or a number`);
  return {
    splits, scorers, seed, executor: o.executor ?? sequentialExecutor(),
    spec: (index, params, train, test, returnTrainScore = o.returnTrainScore ?? false) => ({
      index, seed: seed + index, params, train, test,
      fit: typeof o.fit === "function" ? o.fit(params) : { ...o.fit },
      scoring: Object.keys(scorers), returnTrainScore, errorScore,
    }),
  };
}

/** The context for runTrials. */
export const context = (buildModel: BuildModel, x: nt.Tensor, y: nt.Tensor, p: Plan) => ({ buildModel, x, y, scorers: p.scorers });

/** Throws unless buildModel is a function. */
export function checkBuildModel(fn: string, buildModel: unknown): asserts buildModel is BuildModel {
  if (typeof buildModel !== "function") throw new NeuriteError("BAD_ARGUMENT", `${fn}: buildModel must be a function (params) => compiled Model`);
}

/** Scores per scorer across trials: name → [value per trial]. */
export function collect(results: TrialResult[], pick: (r: TrialResult) => Record<string, number> | undefined): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const r of results) for (const [k, v] of Object.entries(pick(r) ?? {})) (out[k] ??= []).push(v);
  return out;
}

export const mapValues = (o: Record<string, number[]>, f: (v: number[]) => number): Record<string, number> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
