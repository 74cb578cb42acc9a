// Issue 7's bars on the digits MLP, at a test-sized budget (the full run is scripts/digits-compress.mjs):
// 80% pruning with fine-tuning costs ≤ 1 point; uint8 weights ≤ 0.5 point; float16 ≤ 0.1 point.
import * as nt from "@neurite/core";
import { datasets } from "@neurite/data/tensors";
import { layers, sequential, transfer, type Sequential } from "@neurite/layers";
import { beforeAll, describe, expect, it } from "vitest";
import { polynomialDecay, pruneLowMagnitude, quantize, sparsityReport, stripPruning } from "../src/index.js";

let train: { x: nt.Tensor; y: nt.Tensor };
let test: { x: nt.Tensor; y: nt.Tensor };
let base: Sequential;
let baseline: number;

const compile = (m: Sequential, learningRate: number) =>
  m.compile({ optimizer: nt.optimizers.adam({ learningRate }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
const accuracy = (m: Sequential) => {
  if (!m.trainer) compile(m, 1e-3);
  return (m.evaluate(test.x, test.y) as number[])[1]!;
};

beforeAll(async () => {
  await nt.ready();
  nt.setSeed(1);
  ({ train, test } = await datasets.digits({ testSplit: 0.2, seed: 0 }));
  base = sequential([
    layers.dense({ units: 128, activation: "relu", inputShape: [784] }),
    layers.dense({ units: 64, activation: "relu" }),
    layers.dense({ units: 10, activation: "softmax" }),
  ]);
  compile(base, 1e-3);
  await base.fit(train.x, train.y, { epochs: 6, batchSize: 64, verbose: 0 });
  baseline = accuracy(base);
}, 60_000);

describe("digits MLP compression", () => {
  it("trains a baseline worth compressing", () => {
    expect(baseline).toBeGreaterThan(0.93);
  });

  it("80% global magnitude pruning with 3 epochs of fine-tuning costs ≤ 1 point", async () => {
    const m = transfer.truncate(base, 3, { copy: true });
    compile(m, 1e-4);
    const schedule = polynomialDecay({ finalSparsity: 0.8, endStep: 250, frequency: 25 });
    await m.fit(train.x, train.y, { epochs: 3, batchSize: 64, verbose: 0, callbacks: [pruneLowMagnitude(m, { schedule, scope: "global" })] });
    stripPruning(m);
    const kernels = sparsityReport(m).weights.filter((w) => w.shape.length === 2);
    expect(kernels.reduce((a, w) => a + w.zeros, 0) / kernels.reduce((a, w) => a + w.size, 0)).toBeCloseTo(0.8, 4);
    expect(accuracy(m)).toBeGreaterThanOrEqual(baseline - 0.01);
  }, 60_000);

  it("uint8 weights cost ≤ 0.5 point and float16 ≤ 0.1 point", () => {
    expect(accuracy(quantize(base, { dtype: "uint8" }).toModel())).toBeGreaterThanOrEqual(baseline - 0.005);
    expect(accuracy(quantize(base, { dtype: "float16" }).toModel())).toBeGreaterThanOrEqual(baseline - 0.001);
  });
});
