import { describe, expect, it } from "vitest";
import * as nt from "@neurite/core";
import { callbacks, layers, sequential } from "@neurite/layers";
import { computeEpsilon, DPOptimizer, dpOptimizer, epsilonCallback } from "../src/index.js";
import { batch, crossEntropy, mlp, rand } from "./helpers.js";

/** Three Gaussian blobs in 2-D, labels 0..2. */
function blobs(n: number, seed: number) {
  const noise = rand(2 * n, seed, -0.6, 0.6);
  const centres = [[-1.5, -1], [1.5, -1], [0, 1.5]];
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    xs.push(centres[c]![0]! + noise[2 * i]!, centres[c]![1]! + noise[2 * i + 1]!);
    ys.push(c);
  }
  return { x: nt.tensor(xs, [n, 2]), y: nt.tensor(ys, [n], "int32") };
}

function blobModel(seed: number) {
  nt.setSeed(seed);
  const model = sequential([
    layers.dense({ units: 16, activation: "relu", inputShape: [2] }),
    layers.dense({ units: 3, activation: "softmax" }),
  ]);
  model.ensureBuilt();
  return model;
}

describe("DP-SGD in fit()", () => {
  it("with no clipping and no noise, fit() matches plain SGD step for step", async () => {
    const { x, y } = blobs(96, 1);
    const plain = blobModel(7);
    const priv = blobModel(7);
    plain.compile({ optimizer: nt.optimizers.sgd({ learningRate: 0.2 }), loss: "sparseCategoricalCrossentropy" });
    priv.compile({ optimizer: dpOptimizer(nt.optimizers.sgd({ learningRate: 0.2 }), { l2NormClip: 1e9, noiseMultiplier: 0 }), loss: "sparseCategoricalCrossentropy" });
    await plain.fit(x, y, { epochs: 2, batchSize: 16, shuffle: false, verbose: 0 });
    await priv.fit(x, y, { epochs: 2, batchSize: 16, shuffle: false, verbose: 0 });
    const a = plain.getWeights().map((w) => w.data());
    const b = priv.getWeights().map((w) => w.data());
    a.forEach((w, i) => w.forEach((v, k) => expect(Math.abs(v - b[i]![k]!)).toBeLessThanOrEqual(1e-5)));
  });

  it("trains a small classifier privately and logs ε each epoch (test-size run)", async () => {
    const { x, y } = blobs(600, 2);
    const model = blobModel(3);
    const dp = dpOptimizer(nt.optimizers.sgd({ learningRate: 0.5, momentum: 0.9 }), { l2NormClip: 1, noiseMultiplier: 1.0, seed: 11 });
    model.compile({ optimizer: dp, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
    const history = await model.fit(x, y, { epochs: 8, batchSize: 60, verbose: 0, callbacks: [epsilonCallback({ delta: 1e-5 })] });
    // The compiled step knows nothing of per-example clipping: fit() must have stayed eager.
    expect(model.trainer!.lastRunner).toBe("eager");
    const eps = history.history.epsilon!;
    expect(eps.length).toBe(8);
    for (let i = 1; i < eps.length; i++) expect(eps[i]!).toBeGreaterThan(eps[i - 1]!);
    expect(eps[7]).toBeCloseTo(computeEpsilon({ datasetSize: 600, batchSize: 60, noiseMultiplier: 1, delta: 1e-5, steps: 80 }), 12);
    const [, acc] = model.evaluate(x, y) as number[];
    expect(acc!).toBeGreaterThan(0.9);
  });

  it("learning-rate callbacks reach the base optimizer", async () => {
    const { x, y } = blobs(30, 3);
    const model = blobModel(4);
    const base = nt.optimizers.sgd({ learningRate: 0.1 });
    model.compile({ optimizer: dpOptimizer(base, { l2NormClip: 1, noiseMultiplier: 0.5, seed: 1 }), loss: "sparseCategoricalCrossentropy" });
    await model.fit(x, y, { epochs: 2, batchSize: 10, verbose: 0, callbacks: [callbacks.learningRateScheduler((e) => 0.1 / (e + 1))] });
    expect(base.learningRate).toBeCloseTo(0.05, 12);
    expect(base.iterations).toBe(6);
    expect(model.trainer!.optimizer.iterations).toBe(6);
  });

  it("private steps leave memory where it started", () => {
    const model = mlp(8);
    const { x, y } = batch(16, 4);
    const dp = dpOptimizer(nt.optimizers.adam(), { l2NormClip: 1, noiseMultiplier: 1 });
    const vars = model.trainableWeights;
    const step = () => nt.tidy(() => {
      const tape = dp.createTape();
      const l = tape.run(() => crossEntropy(y, model.apply(x, { training: true })));
      dp.applyGradients(tape.gradient(l, vars), vars);
    });
    step();
    const start = nt.memory();
    for (let i = 0; i < 200; i++) step();
    expect(nt.memory()).toEqual(start);
    model.dispose();
  });

  it("trainOnBatch is private too, and refuses models it cannot clip", () => {
    const model = sequential([layers.dense({ units: 3, inputShape: [2] }), layers.batchNormalization(), layers.dense({ units: 3, activation: "softmax" })]);
    model.compile({ optimizer: dpOptimizer(nt.optimizers.sgd(), { l2NormClip: 1, noiseMultiplier: 1, seed: 1 }), loss: "sparseCategoricalCrossentropy" });
    const { x, y } = blobs(8, 1);
    expect(() => model.trainOnBatch(x, y)).toThrow(/BatchNormalization/);
  });
});

describe("the noise", () => {
  /** Private gradients of one batch of a 32-64-10 net: 2,762 noisy coordinates. */
  function grads(options: { noiseMultiplier: number; seed?: number }, clip = 0.5) {
    nt.setSeed(5);
    const model = sequential([layers.dense({ units: 64, activation: "tanh", inputShape: [32] }), layers.dense({ units: 10, activation: "softmax" })]);
    const x = nt.tensor(rand(8 * 32, 3), [8, 32]);
    const y = nt.tensor(rand(8, 4, 0, 10).map(Math.floor), [8], "int32");
    const dp = dpOptimizer(nt.optimizers.sgd(), { l2NormClip: clip, ...options });
    const tape = dp.createTape();
    const l = tape.run(() => crossEntropy(y, model.apply(x, { training: true })));
    const out = tape.gradient(l, model.trainableWeights).flatMap((g) => Array.from(g.data()));
    model.dispose();
    return out;
  }

  it.each([["seeded", 42], ["CSPRNG", undefined]] as const)("has standard deviation l2NormClip·noiseMultiplier / batch (%s)", (_n, seed) => {
    const clean = grads({ noiseMultiplier: 0 });
    const noisy = grads({ noiseMultiplier: 2, seed });
    const diff = noisy.map((v, i) => v - clean[i]!);
    const mean = diff.reduce((a, b) => a + b, 0) / diff.length;
    const std = Math.sqrt(diff.reduce((a, b) => a + (b - mean) ** 2, 0) / diff.length);
    // 0.5 · 2 / 8 = 0.125; the sample std of 2,762 normals is within 5% with overwhelming probability.
    expect(Math.abs(std / 0.125 - 1)).toBeLessThan(0.05);
    expect(Math.abs(mean)).toBeLessThan(0.01);
  });

  it("a seed reproduces the noise; different seeds and the CSPRNG do not", () => {
    expect(grads({ noiseMultiplier: 1, seed: 3 })).toEqual(grads({ noiseMultiplier: 1, seed: 3 }));
    expect(grads({ noiseMultiplier: 1, seed: 3 })).not.toEqual(grads({ noiseMultiplier: 1, seed: 4 }));
    expect(grads({ noiseMultiplier: 1 })).not.toEqual(grads({ noiseMultiplier: 1 }));
  });

  it("expectedBatchSize and a summed loss change only the scaling", () => {
    const model = mlp(2);
    const { x, y } = batch(6, 9);
    const vars = model.trainableWeights;
    const run = (options: { expectedBatchSize?: number; lossReduction?: "sum" }, loss = crossEntropy) => {
      const tape = dpOptimizer(nt.optimizers.sgd(), { l2NormClip: 0.3, noiseMultiplier: 0, ...options }).createTape();
      const l = tape.run(() => loss(y, model.apply(x, { training: true })));
      const g = tape.gradient(l, vars).flatMap((t) => Array.from(t.data()));
      return { g, norms: Array.from(tape.lastNorms!) };
    };
    const mean = run({});
    const expected = run({ expectedBatchSize: 12 });
    const summed = run({ lossReduction: "sum" }, (yt, p) => nt.mul(crossEntropy(yt, p), 6));
    expected.g.forEach((v, i) => expect(v).toBeCloseTo(mean.g[i]! / 2, 6));
    summed.norms.forEach((n, i) => expect(n).toBeCloseTo(mean.norms[i]!, 5));
    summed.g.forEach((v, i) => expect(v).toBeCloseTo(mean.g[i]!, 6));
    model.dispose();
  });
});

describe("dpOptimizer and epsilonCallback arguments", () => {
  it("name what is wrong", () => {
    const sgd = nt.optimizers.sgd();
    expect(() => dpOptimizer(sgd, { l2NormClip: 0, noiseMultiplier: 1 })).toThrow(/l2NormClip/);
    expect(() => dpOptimizer(sgd, { l2NormClip: 1, noiseMultiplier: -1 })).toThrow(/noiseMultiplier/);
    expect(() => dpOptimizer(sgd, { l2NormClip: 1 } as never)).toThrow(/noiseMultiplier is required/);
    expect(() => dpOptimizer(sgd, { l2NormClip: 1, noiseMultiplier: 1, expectedBatchSize: 0 })).toThrow(/expectedBatchSize/);
    expect(() => dpOptimizer(sgd, { l2NormClip: 1, noiseMultiplier: 1, seed: 1.5 })).toThrow(/seed/);
    expect(() => dpOptimizer({} as never, { l2NormClip: 1, noiseMultiplier: 1 })).toThrow(/optimizer/);
    const dp = dpOptimizer(sgd, { l2NormClip: 1, noiseMultiplier: 1 });
    expect(() => dpOptimizer(dp, { l2NormClip: 1, noiseMultiplier: 1 })).toThrow(/already private/);
    expect(dp).toBeInstanceOf(DPOptimizer);
    expect(dp.getConfig()).toMatchObject({ l2NormClip: 1, noiseMultiplier: 1, base: { className: "SGD" } });
    expect(() => epsilonCallback({ delta: 0 })).toThrow(/delta/);
  });

  it("epsilonCallback needs a dpOptimizer", async () => {
    const { x, y } = blobs(30, 3);
    const model = blobModel(4);
    model.compile({ optimizer: nt.optimizers.sgd(), loss: "sparseCategoricalCrossentropy" });
    await expect(model.fit(x, y, { epochs: 1, verbose: 0, callbacks: [epsilonCallback({ delta: 1e-5 })] })).rejects.toThrow(/dpOptimizer/);
  });
});
