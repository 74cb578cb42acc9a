import { fail } from "./inputs.js";

/** Plain sum. */
export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}

/** `np.average(values, weights=weights)`: the mean, or sum(w*v)/sum(w); zero total weight is an error. */
export function average(metric: string, values: ArrayLike<number>, weights?: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  if (weights === undefined) return sum(values) / values.length;
  let sw = 0;
  let swv = 0;
  for (let i = 0; i < values.length; i++) {
    sw += weights[i]!;
    swv += weights[i]! * values[i]!;
  }
  if (sw === 0) fail(metric, "weights sum to zero, so the weighted average is undefined");
  return swv / sw;
}

/** Weighted mean, or weighted sum when `normalize` is false (sklearn `_weighted_sum`). */
export function weightedSum(metric: string, values: ArrayLike<number>, weights: ArrayLike<number> | undefined, normalize: boolean): number {
  if (normalize) return average(metric, values, weights);
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]! * (weights ? weights[i]! : 1);
  return s;
}

/** `np.isclose(a, b)` with numpy's default tolerances. */
export function isClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}
