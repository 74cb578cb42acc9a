// Trains twin models, one with the eager step and one with the compiled plan, from the same seeds.
import { expect } from "vitest";
import * as nt from "@neurite/core";
import type { CompileArgs, FitArgs, History, Sequential } from "../src/index.js";
import { compileRunner, type CompileOptions } from "../src/training/compiled/index.js";

export const BACKENDS = ["wasm-simd", "wasm-scalar", "js"] as const;

/** Deterministic features in [-1, 1) and labels derived from them (mulberry32, independent of nt's RNG). */
export function toyData(rows: number, cols: number, classes: number, seed: number) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const x = Float32Array.from({ length: rows * cols }, () => rand() * 2 - 1);
  // The class whose fixed random projection scores highest: linearly separable, so models can learn it.
  const score = (r: number, k: number) => {
    let s = 0;
    for (let c = 0; c < cols; c++) s += x[r * cols + c]! * Math.sin(7 * k + 3 * c + 1);
    return s;
  };
  const ids = Int32Array.from({ length: rows }, (_, r) => {
    let best = 0;
    for (let k = 1; k < classes; k++) if (score(r, k) > score(r, best)) best = k;
    return best;
  });
  const oneHot = Float32Array.from({ length: rows * classes }, (_, i) => (ids[Math.floor(i / classes)] === i % classes ? 1 : 0));
  return {
    x: nt.tensor(x, [rows, cols]),
    ids: nt.tensor(ids, [rows], "int32"),
    oneHot: nt.tensor(oneHot, [rows, classes]),
    binary: nt.tensor(Float32Array.from(ids, (c) => (c > 0 ? 1 : 0)), [rows, 1]),
  };
}

export interface Trained {
  weights: number[][];
  history: History;
  runner?: "compiled" | "eager";
  reason?: string;
  iterations: number;
}

/** Builds (seed 7), compiles and fits one model; `mode` picks the eager step, the default plan, or the unfused plan. */
export async function train(
  build: () => Sequential, compile: () => CompileArgs, x: nt.Tensor, y: nt.Tensor, fit: FitArgs,
  mode: "eager" | "compiled" | "unfused", prepare?: (m: Sequential) => void,
): Promise<Trained> {
  nt.setSeed(7);
  const model = build();
  prepare?.(model);
  model.compile(compile());
  const t = model.trainer!;
  if (mode === "eager") t.useCompiledStep = false;
  if (mode === "unfused") {
    const options: CompileOptions = { fuse: false };
    t.runner = (data) => {
      t.lastRunner = "compiled";
      return compileRunner(t, data, options);
    };
  }
  nt.setSeed(99);
  const history = await model.fit(x, y, { verbose: 0, ...fit });
  const out = {
    weights: model.getWeights().map((w) => Array.from(w.data())),
    history, runner: t.lastRunner, reason: t.lastRunnerReason, iterations: t.optimizer.iterations,
  };
  model.dispose();
  return out;
}

/** Largest |a − e| / (|e| + atol) over all weights: the relative error with a floor for weights near 0. */
export function maxRelError(actual: number[][], expected: number[][], atol = 1e-3): number {
  let worst = 0;
  expected.forEach((e, i) => e.forEach((v, j) => (worst = Math.max(worst, Math.abs(actual[i]![j]! - v) / (Math.abs(v) + atol)))));
  return worst;
}

export function expectHistoryClose(a: History, e: History, rtol: number): void {
  expect(Object.keys(a.history).sort()).toEqual(Object.keys(e.history).sort());
  for (const [k, values] of Object.entries(e.history)) {
    values.forEach((v, i) => expect(Math.abs(a.history[k]![i]! - v), `${k}[${i}]`).toBeLessThanOrEqual(rtol * Math.max(Math.abs(v), 1e-3)));
  }
}
