// Shared by the transfer suites: a small seeded classification problem and an MLP for it.
import * as nt from "@neurite/core";
import { layers, sequential, type Sequential } from "../../src/index.js";

/** n rows of 6 features in 3 classes, separable by a random linear map (seeded). */
export function problem(n: number, seed: number): { x: nt.Tensor; y: nt.Tensor } {
  nt.setSeed(seed);
  const x = nt.randomNormal([n, 6]);
  const w = nt.randomNormal([6, 3]);
  const y = nt.tidy(() => nt.argmax(nt.matMul(x, w), -1));
  w.dispose();
  return { x, y };
}

/** 6 → 8 relu → 8 relu → 3 softmax, built. */
export function mlp(seed = 1): Sequential {
  nt.setSeed(seed);
  const m = sequential([
    layers.dense({ units: 8, activation: "relu", inputShape: [6] }),
    layers.dense({ units: 8, activation: "relu" }),
    layers.dense({ units: 3, activation: "softmax" }),
  ]);
  m.ensureBuilt();
  return m;
}

/** Copies of every weight's values, for before/after comparisons. */
export function snapshot(m: { weights: nt.Variable[] }): Float32Array[] {
  return m.weights.map((v) => v.data() as Float32Array);
}

export function compileSparse(m: Sequential, optimizer: nt.Optimizer | string = "adam"): void {
  m.compile({ optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
}
