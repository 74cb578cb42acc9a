import { checkLengths, fail, toMatrix, toWeights, type Matrix, type NumbersInput } from "./inputs.js";
import { average } from "./stats.js";

/** How per-output errors of 2-D targets combine: each returned, plain mean, or a weighted mean. */
export type Multioutput = "raw_values" | "uniform_average" | readonly number[];

/** Options of the regression errors. */
export interface RegressionOptions {
  sampleWeight?: NumbersInput;
  multioutput?: Multioutput;
}

/** Options of {@link r2Score}. */
export interface R2Options {
  sampleWeight?: NumbersInput;
  /** 'variance_weighted' weighs each output's score by the variance of its yTrue. */
  multioutput?: Multioutput | "variance_weighted";
  /** Replace NaN/-Infinity of constant yTrue by 1 (perfect fit) or 0 (default true). */
  forceFinite?: boolean;
}

interface Targets { t: Matrix; p: Matrix; w?: Float64Array; outputs: number }

/** `_check_reg_targets`: same samples and outputs, finite values, a valid multioutput. */
function targets(metric: string, yTrue: NumbersInput, yPred: NumbersInput, options: R2Options): Targets {
  const t = toMatrix(metric, "yTrue", yTrue);
  const p = toMatrix(metric, "yPred", yPred);
  checkLengths(metric, t.rows, p.rows);
  if (t.cols !== p.cols) fail(metric, `yTrue has ${t.cols} outputs but yPred has ${p.cols}`, "SHAPE_MISMATCH");
  const mo = options.multioutput ?? "uniform_average";
  if (typeof mo === "string") {
    if (!["raw_values", "uniform_average", "variance_weighted"].includes(mo)) fail(metric, `unknown multioutput '${mo}'`);
  } else {
    if (t.cols === 1) fail(metric, "multioutput weights are only meaningful with several outputs");
    if (mo.length !== t.cols) fail(metric, `${mo.length} multioutput weights for ${t.cols} outputs`, "SHAPE_MISMATCH");
  }
  return { t, p, w: toWeights(metric, options.sampleWeight, t.rows), outputs: t.cols };
}

/** Per-output weighted mean of f(true, pred) over samples (`np.average(..., axis=0, weights=w)`). */
function perOutput(metric: string, d: Targets, f: (a: number, b: number) => number): number[] {
  return Array.from({ length: d.outputs }, (_, c) => {
    const col = Array.from({ length: d.t.rows }, (_, i) => f(d.t.values[i * d.outputs + c]!, d.p.values[i * d.outputs + c]!));
    return average(metric, col, d.w);
  });
}

function combine(metric: string, errors: number[], mo: Multioutput): number | number[] {
  if (mo === "raw_values") return errors;
  return average(metric, errors, mo === "uniform_average" ? undefined : mo);
}

/** Mean of squared errors (sklearn `mean_squared_error`). */
export function meanSquaredError(yTrue: NumbersInput, yPred: NumbersInput, options: RegressionOptions & { multioutput: "raw_values" }): number[];
export function meanSquaredError(yTrue: NumbersInput, yPred: NumbersInput, options?: RegressionOptions): number;
export function meanSquaredError(yTrue: NumbersInput, yPred: NumbersInput, options: RegressionOptions = {}): number | number[] {
  const metric = "meanSquaredError";
  const errors = perOutput(metric, targets(metric, yTrue, yPred, options), (a, b) => (a - b) ** 2);
  return combine(metric, errors, options.multioutput ?? "uniform_average");
}

/** Square root of the mean squared error, per output before averaging (sklearn `root_mean_squared_error`). */
export function rootMeanSquaredError(yTrue: NumbersInput, yPred: NumbersInput, options: RegressionOptions & { multioutput: "raw_values" }): number[];
export function rootMeanSquaredError(yTrue: NumbersInput, yPred: NumbersInput, options?: RegressionOptions): number;
export function rootMeanSquaredError(yTrue: NumbersInput, yPred: NumbersInput, options: RegressionOptions = {}): number | number[] {
  const metric = "rootMeanSquaredError";
  const errors = perOutput(metric, targets(metric, yTrue, yPred, options), (a, b) => (a - b) ** 2).map(Math.sqrt);
  return combine(metric, errors, options.multioutput ?? "uniform_average");
}

/** Mean of absolute errors (sklearn `mean_absolute_error`). */
export function meanAbsoluteError(yTrue: NumbersInput, yPred: NumbersInput, options: RegressionOptions & { multioutput: "raw_values" }): number[];
export function meanAbsoluteError(yTrue: NumbersInput, yPred: NumbersInput, options?: RegressionOptions): number;
export function meanAbsoluteError(yTrue: NumbersInput, yPred: NumbersInput, options: RegressionOptions = {}): number | number[] {
  const metric = "meanAbsoluteError";
  const errors = perOutput(metric, targets(metric, yTrue, yPred, options), (a, b) => Math.abs(b - a));
  return combine(metric, errors, options.multioutput ?? "uniform_average");
}

/** Coefficient of determination, 1 - SS_res / SS_tot; NaN for fewer than two samples (sklearn `r2_score`). */
export function r2Score(yTrue: NumbersInput, yPred: NumbersInput, options: R2Options & { multioutput: "raw_values" }): number | number[];
export function r2Score(yTrue: NumbersInput, yPred: NumbersInput, options?: R2Options): number;
export function r2Score(yTrue: NumbersInput, yPred: NumbersInput, options: R2Options = {}): number | number[] {
  const metric = "r2Score";
  const d = targets(metric, yTrue, yPred, options);
  if (d.t.rows < 2) return NaN;
  const k = d.outputs;
  const weightOf = (i: number) => (d.w ? d.w[i]! : 1);
  const num = new Array<number>(k).fill(0);
  const den = new Array<number>(k).fill(0);
  for (let c = 0; c < k; c++) {
    const col = Array.from({ length: d.t.rows }, (_, i) => d.t.values[i * k + c]!);
    const mean = average(metric, col, d.w);
    col.forEach((y, i) => {
      num[c]! += weightOf(i) * (y - d.p.values[i * k + c]!) ** 2;
      den[c]! += weightOf(i) * (y - mean) ** 2;
    });
  }
  const forceFinite = options.forceFinite ?? true;
  // Constant yTrue makes SS_tot 0: sklearn then scores 1 for a perfect fit and 0 otherwise.
  const scores = num.map((n, c) => {
    if (!forceFinite) return 1 - n / den[c]!;
    if (n === 0) return 1;
    return den[c] === 0 ? 0 : 1 - n / den[c]!;
  });
  const mo = options.multioutput ?? "uniform_average";
  if (mo === "raw_values") return scores;
  if (mo === "uniform_average") return average(metric, scores);
  if (mo === "variance_weighted") return average(metric, scores, den.every((v) => v === 0) ? undefined : den);
  return average(metric, scores, mo);
}
