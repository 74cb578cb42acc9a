import { NeuriteError } from "@neurite/core";
import type { Rng } from "@neurite/data";
import type { ParamValue, Params } from "./trial.js";

/** Lists of values per parameter; an array of such grids searches their union (scikit-learn's param_grid). */
export type ParamGrid = Readonly<Record<string, readonly ParamValue[]>> | readonly Readonly<Record<string, readonly ParamValue[]>>[];

/**
 * Every combination, in scikit-learn's ParameterGrid order: keys sorted, the last
 * key varying fastest, grids one after another.
 */
export function parameterGrid(grid: ParamGrid): Params[] {
  const grids = Array.isArray(grid) ? grid : [grid];
  const out: Params[] = [];
  for (const g of grids as Record<string, readonly ParamValue[]>[]) {
    if (typeof g !== "object" || g === null) throw new NeuriteError("BAD_ARGUMENT", "parameterGrid: each grid must be an object of value lists");
    const keys = Object.keys(g).sort();
    for (const k of keys) {
      if (!Array.isArray(g[k]) || g[k]!.length === 0) {
        throw new NeuriteError("BAD_ARGUMENT", `parameterGrid: "${k}" needs a non-empty array of values`);
      }
    }
    const product = (i: number, acc: Params): void => {
      if (i === keys.length) return void out.push({ ...acc });
      for (const v of g[keys[i]!]!) product(i + 1, { ...acc, [keys[i]!]: v });
    };
    product(0, {});
  }
  return out;
}

/** A distribution to sample one hyperparameter from. */
export interface Distribution {
  readonly kind: "uniform" | "logUniform" | "choice" | "intRange";
  /** Draws one value. */
  sample(rng: Rng): ParamValue;
}

function finite(fn: string, a: number, b: number): void {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !(a < b)) throw new NeuriteError("BAD_ARGUMENT", `${fn}: need finite a < b, got ${a}, ${b}`);
}

/** Uniform on [a, b). */
export function uniform(a: number, b: number): Distribution {
  finite("uniform", a, b);
  return { kind: "uniform", sample: (r) => r.uniform(a, b) };
}

/** exp(uniform(ln a, ln b)): every decade equally likely (scipy's loguniform); 0 < a < b. */
export function logUniform(a: number, b: number): Distribution {
  finite("logUniform", a, b);
  if (a <= 0) throw new NeuriteError("BAD_ARGUMENT", `logUniform: a must be > 0, got ${a}`);
  return { kind: "logUniform", sample: (r) => Math.exp(r.uniform(Math.log(a), Math.log(b))) };
}

/** One of the values, equally likely. A plain array in the distributions means the same. */
export function choice(values: readonly ParamValue[]): Distribution & { values: readonly ParamValue[] } {
  if (!Array.isArray(values) || values.length === 0) throw new NeuriteError("BAD_ARGUMENT", "choice: needs a non-empty array of values");
  const v = [...values];
  return { kind: "choice", values: v, sample: (r) => v[r.int(v.length)]! };
}

/** An integer in [a, b], both ends included (as Optuna's and Keras Tuner's integer ranges). */
export function intRange(a: number, b: number): Distribution {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a > b) throw new NeuriteError("BAD_ARGUMENT", `intRange: need integers a ≤ b, got ${a}, ${b}`);
  return { kind: "intRange", sample: (r) => a + r.int(b - a + 1) };
}

/** What randomSearch samples from: a distribution or a list of values per parameter. */
export type Distributions = Readonly<Record<string, Distribution | readonly ParamValue[]>>;

const listOf = (d: Distribution | readonly ParamValue[]): readonly ParamValue[] | undefined =>
  Array.isArray(d) ? d : (d as { values?: readonly ParamValue[] }).values;

/**
 * nIter parameter sets, as scikit-learn's ParameterSampler: when every entry is a
 * list, distinct grid points are drawn without replacement (all of them if the grid
 * is smaller); otherwise each set samples the keys in sorted order.
 */
export function sampleParams(distributions: Distributions, nIter: number, rng: Rng): Params[] {
  if (!Number.isInteger(nIter) || nIter < 1) throw new NeuriteError("BAD_ARGUMENT", `randomSearch: nIter must be a positive integer, got ${nIter}`);
  const keys = Object.keys(distributions).sort();
  for (const k of keys) {
    const d = distributions[k]!;
    if (!Array.isArray(d) && typeof (d as Distribution).sample !== "function") {
      throw new NeuriteError("BAD_ARGUMENT", `randomSearch: "${k}" must be an array or a distribution (uniform, logUniform, choice, intRange)`);
    }
  }
  const lists = keys.map((k) => listOf(distributions[k]!));
  if (lists.every((l) => l !== undefined)) {
    const grid = parameterGrid(Object.fromEntries(keys.map((k, i) => [k, lists[i]!])));
    // Partial Fisher–Yates: the first nIter positions are a uniform draw without replacement.
    const idx = grid.map((_, i) => i);
    const n = Math.min(nIter, grid.length);
    for (let i = 0; i < n; i++) {
      const j = i + rng.int(idx.length - i);
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx.slice(0, n).map((i) => grid[i]!);
  }
  return Array.from({ length: nIter }, () => Object.fromEntries(keys.map((k) => {
    const d = distributions[k]!;
    return [k, Array.isArray(d) ? d[rng.int(d.length)]! : (d as Distribution).sample(rng)];
  })));
}
