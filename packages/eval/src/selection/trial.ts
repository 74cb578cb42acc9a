import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Model, type FitArgs } from "@neurite/layers";
import { disposeModel, gatherRows } from "../common/tensors.js";
import type { Scorer } from "./scoring.js";

/** A hyperparameter value: plain data, so trials can be sent to workers and written to run logs. */
export type ParamValue = number | string | boolean | null;
/** A trial's hyperparameters by name. */
export type Params = Record<string, ParamValue>;

/** Builds a fresh compiled model for a set of hyperparameters. */
export type BuildModel = (params: Params) => Model | Promise<Model>;

/** fit() options a trial may carry: plain data only (callbacks cannot travel to a worker). */
export type TrialFit = Pick<FitArgs, "epochs" | "batchSize" | "shuffle" | "validationSplit" | "classWeight" | "verbose">;

/** One fit-and-score job, as plain data: enough for any executor to run it. */
export interface TrialSpec {
  /** Position of the trial in its search; results are matched back by it. */
  index: number;
  /** nt.setSeed(seed) runs before the model is built, so a trial's numbers depend on nothing else. */
  seed: number;
  params: Params;
  train: number[];
  test: number[];
  fit: TrialFit;
  /** Keys of the context's scorers to compute. */
  scoring: string[];
  returnTrainScore: boolean;
  /** "raise" rethrows a failing trial; a number is recorded as its scores instead (scikit-learn's error_score). */
  errorScore: "raise" | number;
}

/** What the trial runs on; a worker executor rebuilds this inside each worker. */
export interface TrialContext {
  buildModel: BuildModel;
  x: nt.Tensor;
  y: nt.Tensor;
  scorers: Record<string, Scorer>;
  /** Aborted once a trial fails with errorScore "raise": trials not yet started are skipped. */
  signal?: AbortSignal;
}

/** One trial's scores, times and history (or its error). */
export interface TrialResult {
  index: number;
  testScores: Record<string, number>;
  trainScores?: Record<string, number>;
  /** Seconds spent in fit() and in scoring. */
  fitTime: number;
  scoreTime: number;
  /** fit()'s per-epoch logs. */
  history: Record<string, number[]>;
  /** Set when the trial failed and errorScore stood in for its scores. */
  error?: { code: string; message: string };
}

/**
 * Runs trials; implementations may run several at once but must give each trial's own
 * result. A worker-pool executor posts the spec (plain data) and calls runTrial inside
 * the worker, with a context the worker rebuilds (buildModel and scorers from its own
 * module, x and y sent once); results then equal the sequential ones because every
 * trial reseeds before it builds.
 */
export interface TrialExecutor {
  /** Runs one trial and resolves to its result. */
  run(spec: TrialSpec, context: TrialContext): Promise<TrialResult>;
}

function score(scorers: Record<string, Scorer>, names: string[], model: Model, x: nt.Tensor, y: nt.Tensor): Record<string, number> {
  return Object.fromEntries(names.map((n) => {
    const s = scorers[n];
    if (!s) throw new NeuriteError("BAD_ARGUMENT", `trial: no scorer named "${n}"`);
    return [n, s(model, x, y)];
  }));
}

/** Seeds, builds, fits on spec.train and scores on spec.test; frees the model and the gathered rows. */
export async function runTrial(spec: TrialSpec, ctx: TrialContext): Promise<TrialResult> {
  ctx.signal?.throwIfAborted();
  const rows = [ctx.x, ctx.y].flatMap((t) => [gatherRows(t, spec.train), gatherRows(t, spec.test)]);
  const [xTrain, xTest, yTrain, yTest] = rows as [nt.Tensor, nt.Tensor, nt.Tensor, nt.Tensor];
  let model: Model | undefined;
  const result: TrialResult = { index: spec.index, testScores: {}, fitTime: 0, scoreTime: 0, history: {} };
  try {
    nt.setSeed(spec.seed);
    model = await ctx.buildModel(spec.params);
    if (!(model instanceof Model) || !model.trainer) {
      throw new NeuriteError("BAD_ARGUMENT", "buildModel must return a compiled Model (call model.compile first)");
    }
    const started = performance.now();
    result.history = (await model.fit(xTrain, yTrain, { verbose: 0, ...spec.fit })).history;
    const fitted = performance.now();
    result.fitTime = (fitted - started) / 1000;
    result.testScores = score(ctx.scorers, spec.scoring, model, xTest, yTest);
    result.scoreTime = (performance.now() - fitted) / 1000;
    if (spec.returnTrainScore) result.trainScores = score(ctx.scorers, spec.scoring, model, xTrain, yTrain);
  } catch (e) {
    if (spec.errorScore === "raise") throw e;
    const fill = () => Object.fromEntries(spec.scoring.map((n) => [n, spec.errorScore as number]));
    result.testScores = fill();
    if (spec.returnTrainScore) result.trainScores = fill();
    result.error = { code: e instanceof NeuriteError ? e.code : "UNKNOWN", message: e instanceof Error ? e.message : String(e) };
  } finally {
    if (model instanceof Model) disposeModel(model);
    for (const t of rows) t.dispose();
  }
  return result;
}

/** Runs one trial at a time in submission order (trials share the global seed stream, so they must not interleave). */
export function sequentialExecutor(): TrialExecutor {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(spec, ctx) {
      const r = tail.then(() => runTrial(spec, ctx));
      tail = r.catch(() => undefined);
      return r;
    },
  };
}

/** Submits every trial, returns results in spec order; the first failure (errorScore "raise") aborts the rest. */
export async function runTrials(specs: TrialSpec[], ctx: Omit<TrialContext, "signal">, executor: TrialExecutor): Promise<TrialResult[]> {
  const abort = new AbortController();
  const context = { ...ctx, signal: abort.signal };
  const settled = await Promise.allSettled(specs.map((s) => executor.run(s, context).catch((e: unknown) => {
    abort.abort(e);
    throw e;
  })));
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
  const byIndex = new Map((settled as PromiseFulfilledResult<TrialResult>[]).map((s) => [s.value.index, s.value]));
  const results = specs.map((s) => byIndex.get(s.index)!);
  const errors = results.filter((r) => r.error);
  if (results.length > 0 && errors.length === results.length) {
    throw new NeuriteError("BAD_ARGUMENT", `all ${results.length} trials failed; the first: ${errors[0]!.error!.message}`);
  }
  return results;
}
