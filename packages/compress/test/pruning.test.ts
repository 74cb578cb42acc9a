import * as nt from "@neurite/core";
import { layers, sequential, type Sequential } from "@neurite/layers";
import { describe, expect, it } from "vitest";
import {
  constantSparsity, formatSparsityReport, magnitudeMasks, polynomialDecay, pruneLowMagnitude, sparsityReport, stripPruning,
} from "../src/index.js";

function mlp(seed = 1): Sequential {
  nt.setSeed(seed);
  const m = sequential([
    layers.dense({ units: 16, activation: "relu", inputShape: [8] }),
    layers.dense({ units: 12, activation: "relu" }),
    layers.dense({ units: 3, activation: "softmax" }),
  ]);
  m.ensureBuilt();
  return m;
}

function data(n: number, seed: number) {
  nt.setSeed(seed);
  const x = nt.randomNormal([n, 8]);
  const y = nt.tensor(Int32Array.from({ length: n }, (_, i) => i % 3), [n], "int32");
  return { x, y };
}

const zeros = (v: nt.Tensor) => v.data().filter((x) => x === 0).length;

describe("pruning schedules", () => {
  it("polynomialDecay follows final + (initial − final)(1 − p)^power and prunes every `frequency` steps in [begin, end]", () => {
    const s = polynomialDecay({ initialSparsity: 0, finalSparsity: 0.8, beginStep: 0, endStep: 100 });
    expect([0, 25, 50, 100, 500].map((t) => s.sparsityAt(t))).toEqual([0, 0.8 - 0.8 * 0.75 ** 3, 0.7, 0.8, 0.8].map((v) => expect.closeTo(v, 12)));
    const f = polynomialDecay({ initialSparsity: 0.2, finalSparsity: 0.5, beginStep: 5, endStep: 35, power: 1, frequency: 10 });
    expect(f.sparsityAt(20)).toBeCloseTo(0.35, 12);
    expect([4, 5, 6, 15, 25, 35, 45].map((t) => f.shouldPrune(t))).toEqual([false, true, false, true, true, true, false]);
    expect(f.getConfig()).toEqual({ initialSparsity: 0.2, finalSparsity: 0.5, beginStep: 5, endStep: 35, power: 1, frequency: 10 });
  });

  it("constantSparsity holds its target and prunes forever without an endStep", () => {
    const s = constantSparsity({ targetSparsity: 0.5, frequency: 3 });
    expect([0, 7, 10 ** 6].map((t) => s.sparsityAt(t))).toEqual([0.5, 0.5, 0.5]);
    expect([0, 1, 3, 3 * 10 ** 6].map((t) => s.shouldPrune(t))).toEqual([true, false, true, true]);
  });

  it("refuses impossible settings", () => {
    expect(() => polynomialDecay({ finalSparsity: 1, endStep: 10 })).toThrow(/finalSparsity must be in \[0, 1\)/);
    expect(() => polynomialDecay({ finalSparsity: 0.5, beginStep: 10, endStep: 10 })).toThrow(/endStep must be an integer ≥ 11/);
    expect(() => polynomialDecay({ finalSparsity: 0.5, endStep: 10, frequency: 0 })).toThrow(/frequency/);
  });
});

describe("magnitude masks", () => {
  const vars = () => [nt.variable(nt.tensor([0.5, -0.1, 0.3, -0.9])), nt.variable(nt.tensor([0.01, -0.02, 0.03, 2]))];

  it("layer scope zeroes the same fraction of each weight, smallest |w| first, ties to the lower index", () => {
    expect(magnitudeMasks(vars(), 0.5, "layer").map((m) => Array.from(m))).toEqual([[1, 0, 0, 1], [0, 0, 1, 1]]);
    expect(Array.from(magnitudeMasks([nt.variable(nt.tensor([1, 1, 1, 1]))], 0.25, "layer")[0]!)).toEqual([0, 1, 1, 1]);
  });

  it("global scope uses one threshold over every weight", () => {
    expect(magnitudeMasks(vars(), 0.5, "global").map((m) => Array.from(m))).toEqual([[1, 0, 1, 1], [0, 0, 0, 1]]);
  });
});

describe("pruneLowMagnitude", () => {
  for (const compiled of [true, false]) {
    it(`reaches the target sparsity in every kernel and keeps pruned weights at zero through updates (${compiled ? "compiled" : "eager"} step)`, async () => {
      const m = mlp();
      const { x, y } = data(64, 2);
      const cb = pruneLowMagnitude(m, { targetSparsity: 0.75, schedule: polynomialDecay({ finalSparsity: 0.75, endStep: 12, frequency: 4 }) });
      m.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.01 }), loss: "sparseCategoricalCrossentropy" });
      m.trainer!.useCompiledStep = compiled;
      await m.fit(x, y, { epochs: 5, batchSize: 16, verbose: 0, callbacks: [cb] });
      expect(m.trainer!.lastRunner).toBe(compiled ? "compiled" : "eager");
      expect(cb.step).toBe(20);
      const kernels = m.layers.map((l) => l.weights[0]!);
      expect(kernels.map(zeros)).toEqual(kernels.map((k) => Math.round(0.75 * k.size)));
      expect(m.layers.map((l) => zeros(l.weights[1]!))).toEqual([0, 0, 0]);
    });
  }

  it("global scope prunes the model's total fraction, unevenly across layers", async () => {
    const m = mlp(3);
    const { x, y } = data(32, 4);
    m.compile({ optimizer: "sgd", loss: "sparseCategoricalCrossentropy" });
    await m.fit(x, y, { epochs: 1, batchSize: 16, verbose: 0, callbacks: [pruneLowMagnitude(m, { targetSparsity: 0.6, scope: "global" })] });
    const kernels = m.layers.map((l) => l.weights[0]!);
    const total = kernels.reduce((a, k) => a + k.size, 0);
    expect(kernels.map(zeros).reduce((a, b) => a + b)).toBe(Math.round(0.6 * total));
    expect(kernels.map(zeros)).not.toEqual(kernels.map((k) => Math.round(0.6 * k.size)));
  });

  it("stripPruning applies the masks a last time and ends the callback", async () => {
    const m = mlp(5);
    const { x, y } = data(32, 6);
    const cb = pruneLowMagnitude(m, { targetSparsity: 0.5 });
    m.compile({ optimizer: "adam", loss: "sparseCategoricalCrossentropy" });
    await m.fit(x, y, { epochs: 1, batchSize: 16, verbose: 0, callbacks: [cb] });
    expect(stripPruning(m)).toBe(m);
    const before = m.layers[0]!.weights[0]!.data();
    expect(zeros(m.layers[0]!.weights[0]!)).toBe(64);
    await expect(m.fit(x, y, { epochs: 1, batchSize: 16, verbose: 0, callbacks: [cb] })).rejects.toThrow(/was stripped/);
    expect(zeros(m.layers[0]!.weights[0]!)).toBe(64);
    expect(m.layers[0]!.weights[0]!.data()).toEqual(before);
  });

  it("refuses a target that contradicts the schedule, or neither", () => {
    const m = mlp();
    expect(() => pruneLowMagnitude(m, { targetSparsity: 0.5, schedule: polynomialDecay({ finalSparsity: 0.8, endStep: 10 }) })).toThrow(/differs from the schedule's final sparsity 0.8/);
    expect(() => pruneLowMagnitude(m, {})).toThrow(/targetSparsity or a schedule/);
    expect(() => pruneLowMagnitude(m, { targetSparsity: 0.5, scope: "row" as "layer" })).toThrow(/scope must be "layer" or "global"/);
  });
});

describe("sparsityReport", () => {
  it("counts exact zeros per weight and in total", () => {
    const m = mlp();
    m.layers[0]!.weights[0]!.assign(nt.zeros([8, 16]));
    const r = sparsityReport(m);
    expect(r.weights.map((w) => [w.weight, w.size, w.zeros])).toEqual([
      [m.layers[0]!.weights[0]!.name, 128, 128], [m.layers[0]!.weights[1]!.name, 16, 16],
      [m.layers[1]!.weights[0]!.name, 192, 0], [m.layers[1]!.weights[1]!.name, 12, 12],
      [m.layers[2]!.weights[0]!.name, 36, 0], [m.layers[2]!.weights[1]!.name, 3, 3],
    ]);
    expect(r.total).toEqual({ size: 387, zeros: 159, sparsity: 159 / 387 });
    expect(formatSparsityReport(r)).toMatch(/total\s+387\s+159\s+41\.1%/);
  });
});
