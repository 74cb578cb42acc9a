import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as nt from "@neurite/core";
import { layers, sequential } from "@neurite/layers";
import { dpOptimizer } from "../src/index.js";
import { batch, crossEntropy, mlp, norm, perExampleGrads, type Loss } from "./helpers.js";

const mse: Loss = (y, p) => nt.losses.meanSquaredError(nt.oneHot(y, 3), p);

/** The fast path's per-example norms and private gradients for one batch (no noise). */
function fastPath(model: ReturnType<typeof mlp>, x: nt.Tensor, y: nt.Tensor, loss: Loss, clip: number, vars = model.trainableWeights) {
  const dp = dpOptimizer(nt.optimizers.sgd(), { l2NormClip: clip, noiseMultiplier: 0 });
  const tape = dp.createTape();
  const l = tape.run(() => loss(y, model.apply(x, { training: true })));
  const grads = tape.gradient(l, vars).map((g) => Float64Array.from(g.data()));
  return { norms: Array.from(tape.lastNorms!), grads };
}

describe.each(["js64", "wasm"] as const)("ghost clipping [%s]", (backend) => {
  beforeAll(async () => nt.setBackend(backend));
  afterAll(async () => nt.setBackend("wasm"));

  it.each([["cross-entropy", crossEntropy], ["mse", mse]] as const)("per-example norms equal explicit per-example gradients (%s)", (_n, loss) => {
    const model = mlp(3);
    const { x, y } = batch(9, 7);
    const explicit = perExampleGrads(model, x, y, loss, model.trainableWeights).map(norm);
    const { norms } = fastPath(model, x, y, loss, 1e9);
    expect(norms.length).toBe(9);
    norms.forEach((n, i) => expect(Math.abs(n - explicit[i]!)).toBeLessThanOrEqual(1e-5 * explicit[i]!));
    model.dispose();
  });

  it("the clipped sum equals clipping and summing the explicit gradients", () => {
    const model = mlp(4);
    const { x, y } = batch(8, 11);
    const vars = model.trainableWeights;
    const each = perExampleGrads(model, x, y, crossEntropy, vars);
    const norms = each.map(norm);
    const clip = [...norms].sort((a, b) => a - b)[4]!;
    const { grads } = fastPath(model, x, y, crossEntropy, clip);
    grads.forEach((g, v) => {
      g.forEach((value, k) => {
        let want = 0;
        each.forEach((e, i) => (want += Math.min(1, clip / norms[i]!) * e[v]![k]!));
        want /= 8;
        expect(Math.abs(value - want)).toBeLessThanOrEqual(1e-5 * Math.max(1e-2, Math.abs(want)));
      });
    });
    model.dispose();
  });

  it("without clipping or noise it is the ordinary batch gradient", () => {
    const model = mlp(5);
    const { x, y } = batch(6, 3);
    const vars = model.trainableWeights;
    const ordinary = nt.tidy(() => {
      const tape = new nt.GradientTape();
      const l = tape.run(() => crossEntropy(y, model.apply(x, { training: true })));
      return tape.gradient(l, vars).map((g) => Float64Array.from(g.data()));
    });
    const { grads } = fastPath(model, x, y, crossEntropy, 1e9);
    grads.forEach((g, v) => g.forEach((value, k) => expect(Math.abs(value - ordinary[v]![k]!)).toBeLessThanOrEqual(1e-6)));
    model.dispose();
  });

  it("frozen layers are left out of the norm", () => {
    const model = mlp(6);
    model.layers[0]!.trainable = false;
    const { x, y } = batch(5, 21);
    const vars = model.trainableWeights;
    expect(vars.length).toBe(4);
    const explicit = perExampleGrads(model, x, y, crossEntropy, vars).map(norm);
    const { norms } = fastPath(model, x, y, crossEntropy, 1e9, vars);
    norms.forEach((n, i) => expect(Math.abs(n - explicit[i]!)).toBeLessThanOrEqual(1e-5 * explicit[i]!));
    model.dispose();
  });
});

describe("ghost clipping refuses what it cannot clip", () => {
  it("layers other than Dense with trainable weights", () => {
    const model = sequential([
      layers.dense({ units: 4, inputShape: [5] }),
      layers.batchNormalization(),
      layers.dense({ units: 3, activation: "softmax" }),
    ]);
    const { x, y } = batch(4, 2);
    const dp = dpOptimizer(nt.optimizers.sgd(), { l2NormClip: 1, noiseMultiplier: 0 });
    const tape = dp.createTape();
    const l = tape.run(() => crossEntropy(y, model.apply(x, { training: true })));
    expect(() => tape.gradient(l, model.trainableWeights)).toThrow(/only trainable kernels and biases of Dense/);
    model.dispose();
  });

  it("a Dense layer applied twice, and inputs of rank 3", () => {
    const shared = layers.dense({ units: 5, inputShape: [5] });
    const dp = dpOptimizer(nt.optimizers.sgd(), { l2NormClip: 1, noiseMultiplier: 0 });
    const x = nt.tensor([[1, 2, 3, 4, 5]]);
    expect(() => dp.createTape().run(() => shared.apply(shared.apply(x)))).toThrow(/applied twice/);
    const x3 = nt.ones([2, 3, 5]);
    expect(() => dp.createTape().run(() => shared.apply(x3))).toThrow(/rank-3/);
    shared.dispose();
  });

  it("gradients that did not come from its tape", () => {
    const model = mlp(1);
    const { x, y } = batch(4, 2);
    const vars = model.trainableWeights;
    const dp = dpOptimizer(nt.optimizers.sgd(), { l2NormClip: 1, noiseMultiplier: 1, seed: 1 });
    const tape = new nt.GradientTape();
    const l = tape.run(() => crossEntropy(y, model.apply(x)));
    expect(() => dp.applyGradients(tape.gradient(l, vars), vars)).toThrow(/not made private/);
    model.dispose();
  });
});
