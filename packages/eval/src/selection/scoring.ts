import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import type { Model } from "@neurite/layers";
import * as m from "../metrics/index.js";
import { argmaxRows, classLabels, looksCategorical } from "../common/tensors.js";

/** Scores a fitted model on data; greater is better (scikit-learn's scorer convention). */
export type Scorer = (model: Model, x: nt.Tensor, y: nt.Tensor) => number;

/** A scorer name, a scorer, several names, or named scorers. */
export type Scoring = string | Scorer | readonly string[] | Readonly<Record<string, string | Scorer>>;

/** What a metric receives as its second argument. */
export type Response = "labels" | "proba" | "raw";

/** The model's outputs read once: rows × cols values. */
export interface Output {
  values: Float32Array;
  rows: number;
  cols: number;
}

/** model.predict(x) copied out and freed. */
export function predictOutput(model: Model, x: nt.Tensor): Output {
  const p = model.predict(x);
  try {
    const rows = p.shape[0] ?? 1;
    return { values: Float32Array.from(p.data()), rows, cols: p.size / rows };
  } finally {
    p.dispose();
  }
}

/** Predicted classes: argmax of class scores, or a 0.5 threshold on a single sigmoid column. */
export function outputLabels(o: Output): number[] {
  if (o.cols === 1) return Array.from(o.values, (v) => (v > 0.5 ? 1 : 0));
  return argmaxRows(o.values, o.rows, o.cols);
}

/** Class probabilities as rows, or a 1-D array for a single sigmoid column. */
function outputProba(o: Output): number[] | number[][] {
  if (o.cols === 1) return Array.from(o.values);
  return Array.from({ length: o.rows }, (_, r) => Array.from(o.values.subarray(r * o.cols, (r + 1) * o.cols)));
}

/** Raw outputs; one column is flattened so it pairs with a 1-D target. */
function outputRaw(o: Output): number[] | number[][] {
  return o.cols === 1 ? Array.from(o.values) : outputProba(o);
}

/** y for regression metrics: 1-D when it has one column. */
function targetRaw(y: nt.Tensor): number[] | number[][] {
  const v = y.data();
  const rows = y.shape[0] ?? 1;
  const cols = y.size / rows;
  if (cols === 1) return Array.from(v);
  return Array.from({ length: rows }, (_, r) => Array.from(v.subarray(r * cols, (r + 1) * cols)));
}

type MetricFn = (yTrue: never, yPred: never, options: Record<string, unknown>) => number;

/**
 * A scorer from a metric, as scikit-learn's make_scorer: `response` picks predicted
 * labels, probabilities or raw outputs; a metric where lower is better is negated so
 * that every scorer is maximised. Probability metrics also get `labels: [0, …, k-1]`
 * (the model's output columns, at least two) unless metricOptions names them.
 */
export function makeScorer(
  metric: (yTrue: never, yPred: never, options: never) => number,
  options: { response?: Response; greaterIsBetter?: boolean; metricOptions?: Record<string, unknown> } = {},
): Scorer {
  const response = options.response ?? "labels";
  const sign = options.greaterIsBetter === false ? -1 : 1;
  const fn = metric as unknown as MetricFn;
  return (model, x, y) => {
    const o = predictOutput(model, x);
    const extra: Record<string, unknown> = { ...options.metricOptions };
    if (response === "raw") return sign * fn(targetRaw(y) as never, outputRaw(o) as never, extra);
    const truth = classLabels(y);
    if (response === "labels") return sign * fn(truth as never, outputLabels(o) as never, extra);
    extra.labels ??= Array.from({ length: Math.max(2, o.cols) }, (_, i) => i);
    return sign * fn(truth as never, outputProba(o) as never, extra);
  };
}

/** Binary ROC AUC / average precision take the positive class's column of a 2-column softmax (more columns go whole, for the metric to refuse). */
function positiveScore(metric: (t: number[], s: number[] | number[][]) => number): Scorer {
  return (model, x, y) => {
    const o = predictOutput(model, x);
    const s = o.cols === 2 ? Array.from({ length: o.rows }, (_, r) => o.values[2 * r + 1]!) : outputProba(o);
    return metric(classLabels(y), s);
  };
}

/** The model's compiled loss on the data, negated (Neurite's addition: works for any compiled model). */
const negLoss: Scorer = (model, x, y) => {
  const r = model.evaluate(x, y);
  return -(Array.isArray(r) ? r[0]! : (r as number));
};

const averaged = (fn: typeof m.f1Score, average: m.Average): Scorer => makeScorer(fn, { metricOptions: { average } });
const ovr = (multiClass: "ovr" | "ovo", average: "macro" | "weighted"): Scorer =>
  makeScorer(m.rocAucScore, { response: "proba", metricOptions: { multiClass, average } });

/** Scorers by name: scikit-learn's scoring strings, camelCased. */
const SCORERS: Record<string, Scorer> = {
  accuracy: makeScorer(m.accuracyScore),
  balancedAccuracy: makeScorer(m.balancedAccuracyScore),
  topKAccuracy: makeScorer(m.topKAccuracyScore, { response: "proba" }),
  f1: makeScorer(m.f1Score), f1Micro: averaged(m.f1Score, "micro"), f1Macro: averaged(m.f1Score, "macro"), f1Weighted: averaged(m.f1Score, "weighted"),
  precision: makeScorer(m.precisionScore), precisionMicro: averaged(m.precisionScore, "micro"),
  precisionMacro: averaged(m.precisionScore, "macro"), precisionWeighted: averaged(m.precisionScore, "weighted"),
  recall: makeScorer(m.recallScore), recallMicro: averaged(m.recallScore, "micro"),
  recallMacro: averaged(m.recallScore, "macro"), recallWeighted: averaged(m.recallScore, "weighted"),
  rocAuc: positiveScore((t, s) => m.rocAucScore(t, s)),
  rocAucOvr: ovr("ovr", "macro"), rocAucOvo: ovr("ovo", "macro"),
  rocAucOvrWeighted: ovr("ovr", "weighted"), rocAucOvoWeighted: ovr("ovo", "weighted"),
  averagePrecision: positiveScore((t, s) => m.averagePrecisionScore(t, s)),
  negLogLoss: makeScorer(m.logLoss, { response: "proba", greaterIsBetter: false }),
  r2: makeScorer(m.r2Score, { response: "raw" }),
  negMeanSquaredError: makeScorer(m.meanSquaredError, { response: "raw", greaterIsBetter: false }),
  negRootMeanSquaredError: makeScorer(m.rootMeanSquaredError, { response: "raw", greaterIsBetter: false }),
  negMeanAbsoluteError: makeScorer(m.meanAbsoluteError, { response: "raw", greaterIsBetter: false }),
  negLoss,
};

/** The names getScorer knows. */
export const scorerNames = (): string[] => Object.keys(SCORERS);

/** A scorer by name ("accuracy", "f1Macro", "rocAuc", "negLogLoss", "r2", "negMeanSquaredError", …). */
export function getScorer(name: string): Scorer {
  const s = SCORERS[name];
  if (!s) throw new NeuriteError("BAD_ARGUMENT", `unknown scorer "${name}"; known: ${scorerNames().join(", ")}`);
  return s;
}

/**
 * Named scorers in order. Without scoring: "accuracy" for class targets (int32
 * labels or one-hot rows), else "r2" — scikit-learn's default estimator.score.
 */
export function resolveScoring(scoring: Scoring | undefined, y: nt.Tensor): Record<string, Scorer> {
  if (scoring === undefined) return resolveScoring(looksCategorical(y) ? "accuracy" : "r2", y);
  if (typeof scoring === "string") return { [scoring]: getScorer(scoring) };
  if (typeof scoring === "function") return { [scoring.name || "score"]: scoring };
  const entries: [string, string | Scorer][] = Array.isArray(scoring)
    ? (scoring as readonly string[]).map((s) => [s, s])
    : Object.entries(scoring as Record<string, string | Scorer>);
  if (entries.length === 0) throw new NeuriteError("BAD_ARGUMENT", "scoring: give at least one scorer");
  return Object.fromEntries(entries.map(([k, s]) => [k, typeof s === "function" ? s : getScorer(s)]));
}
