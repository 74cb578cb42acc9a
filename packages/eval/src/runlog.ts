import { NeuriteError } from "@neurite/core";
import type { CrossValidateResult } from "./selection/cross-validate.js";
import type { LearningCurveResult, ValidationCurveResult } from "./selection/curves.js";
import type { SearchResult } from "./selection/search.js";
import type { ParamValue, Params } from "./selection/trial.js";

/** Fields every run-log line carries (DESIGN §2 "Run logs"; shapes in packages/eval/RUNLOG.md). */
interface EventBase {
  step: number;
  /** Seconds since the Unix epoch. */
  wall: number;
  tag: string;
}

/** One value at a step. */
export interface ScalarEvent extends EventBase {
  kind: "scalar";
  value: number;
}

/** One hyperparameter trial: its params and its metrics (mean scores, their std, times). */
export interface HparamsEvent extends EventBase {
  kind: "hparams";
  tag: "trial";
  trial: number;
  params: Params;
  metrics: Record<string, number>;
  /** 1 is best (searches only). */
  rank?: number;
}

/** A whole curve in one line: y (and its spread) against x. */
export interface CurveEvent extends EventBase {
  kind: "curve";
  /** Curves sharing a tag share a chart; series names the line ("train", "test"). */
  series: string;
  x: ParamValue[];
  y: number[];
  yStd?: number[];
  xLabel: string;
  yLabel: string;
}

/** An event writeToRunLog produces. */
export type RunLogEvent = ScalarEvent | HparamsEvent | CurveEvent;
/** Receives each event, e.g. to append it to events.jsonl. */
export type RunLogWriter = (event: RunLogEvent) => void;

/** The results writeToRunLog accepts. */
export type LoggableResult = CrossValidateResult | SearchResult | LearningCurveResult | ValidationCurveResult;

/** Options of writeToRunLog. */
export interface WriteOptions {
  /** Step of curve events and of a cross-validation's hparams line (default 0). */
  step?: number;
  /** Clock in seconds (default Date.now() / 1000). */
  wall?: () => number;
}

/** Scores as hparams metrics: "<scorer>" is the mean, "<scorer>_std" its spread. */
function metrics(mean: Record<string, number>, std: Record<string, number>, fitTime: number, scoreTime: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(mean)) {
    out[k] = mean[k]!;
    out[`${k}_std`] = std[k]!;
  }
  return { ...out, fit_time: fitTime, score_time: scoreTime };
}

const avg = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/**
 * Writes a selection result as run-log events: a search as one hparams line per
 * candidate; a cross-validation as one scalar per fold and scorer plus one hparams
 * line; a learning or validation curve as a train and a test curve.
 */
export function writeToRunLog(result: LoggableResult, writer: RunLogWriter, options: WriteOptions = {}): void {
  if (typeof writer !== "function") throw new NeuriteError("BAD_ARGUMENT", "writeToRunLog: writer must be a function (event) => void");
  const wall = options.wall ?? (() => Date.now() / 1000);
  const step = options.step ?? 0;
  switch (result?.type) {
    case "search":
      for (const c of [...result.results].sort((a, b) => a.index - b.index)) {
        writer({
          kind: "hparams", tag: "trial", step: c.index, wall: wall(), trial: c.index, params: c.params, rank: c.rank,
          metrics: metrics(c.meanTestScore, c.stdTestScore, c.meanFitTime, c.meanScoreTime),
        });
      }
      return;
    case "crossValidate":
      for (const [scorer, values] of Object.entries(result.testScores)) {
        values.forEach((value, fold) => writer({ kind: "scalar", tag: `cv/${scorer}`, step: fold, wall: wall(), value }));
      }
      writer({
        kind: "hparams", tag: "trial", step, wall: wall(), trial: step, params: result.params,
        metrics: metrics(result.mean, result.std, avg(result.fitTimes), avg(result.scoreTimes)),
      });
      return;
    case "learningCurve":
    case "validationCurve": {
      const learning = result.type === "learningCurve";
      const x = learning ? result.trainSizes : result.paramRange;
      const tag = learning ? `learningCurve/${result.scorer}` : `validationCurve/${result.paramName}/${result.scorer}`;
      const xLabel = learning ? "trainSize" : result.paramName;
      for (const [series, y, yStd] of [["train", result.trainMean, result.trainStd], ["test", result.testMean, result.testStd]] as const) {
        writer({ kind: "curve", tag, step, wall: wall(), series, x: [...x], y: [...y], yStd: [...yStd], xLabel, yLabel: result.scorer });
      }
      return;
    }
    default:
      throw new NeuriteError("BAD_ARGUMENT", "writeToRunLog: expects the result of crossValidate, gridSearch, randomSearch, learningCurve or validationCurve");
  }
}
