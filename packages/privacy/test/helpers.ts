// Shared by the DP suites: deterministic data, small models, per-example gradients the slow way.
import * as nt from "@neurite/core";
import { Sequential, layers, sequential } from "@neurite/layers";
// Core's dependency-free data helper (privacy depends on core, so no cycle); turbo.json lists it as an input of this package's tests.
import { rand } from "../../core/test/rand.js";

export { rand };

/** A 5-7-4-3 MLP (relu, tanh, softmax) with seeded weights. */
export function mlp(seed = 1): Sequential {
  nt.setSeed(seed);
  const m = sequential([
    layers.dense({ units: 7, activation: "relu", inputShape: [5] }),
    layers.dense({ units: 4, activation: "tanh" }),
    layers.dense({ units: 3, activation: "softmax" }),
  ]);
  m.ensureBuilt();
  return m;
}

export type Loss = (y: nt.Tensor, p: nt.Tensor) => nt.Tensor;
export const crossEntropy: Loss = (y, p) => nt.losses.sparseCategoricalCrossentropy(y, p);

/** Each example's gradient w.r.t. vars, one tape per example: the reference ghost clipping must match. */
export function perExampleGrads(model: Sequential, x: nt.Tensor, y: nt.Tensor, loss: Loss, vars: nt.Variable[]): Float64Array[][] {
  const rows = x.shape[0]!;
  const out: Float64Array[][] = [];
  for (let i = 0; i < rows; i++) {
    out.push(nt.tidy(() => {
      const tape = new nt.GradientTape();
      const l = tape.run(() => loss(nt.slice(y, i, 1), model.apply(nt.slice(x, i, 1), { training: true })));
      return tape.gradient(l, vars).map((g) => Float64Array.from(g.data()));
    }));
  }
  return out;
}

export function norm(parts: Float64Array[]): number {
  let s = 0;
  for (const p of parts) for (const v of p) s += v * v;
  return Math.sqrt(s);
}

export function batch(rows: number, seed: number): { x: nt.Tensor; y: nt.Tensor } {
  const x = nt.tensor(rand(rows * 5, seed, -2, 2), [rows, 5]);
  const y = nt.tensor(rand(rows, seed + 1, 0, 3).map(Math.floor), [rows], "int32");
  return { x, y };
}
