import * as nt from "@neurite/core";
import { rng } from "@neurite/data";
import { Model, layers, sequential, type Dense } from "@neurite/layers";
import { beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "../src/index.js";
import { irisNet, rejected, standardIris, thrown } from "./helpers.js";

let x: nt.Tensor;
let y: nt.Tensor;
beforeAll(async () => {
  await nt.ready();
  ({ x, y } = standardIris());
});

/** Sets some units' biases to -100: their pre-activation is then negative on every (standardized) sample. */
function kill(layer: Dense, units: number[]): void {
  const b = Float32Array.from(layer.bias!.data());
  for (const u of units) b[u] = -100;
  layer.bias!.assign(nt.tensor(b));
}

describe("deadUnits", () => {
  it("finds units killed by a large negative bias and none on a healthy net", () => {
    nt.setSeed(1);
    const model = sequential([
      layers.dense({ units: 16, activation: "relu", inputShape: [4] }),
      layers.dense({ units: 8, activation: "linear" }),
      layers.activation({ activation: "relu" }),
      layers.dense({ units: 3, activation: "softmax" }),
    ]);
    model.ensureBuilt();
    const healthy = diagnose.deadUnits(model, x);
    expect(healthy.map((r) => [r.layer, r.activation, r.units])).toEqual([
      [model.layers[0]!.name, "relu", 16], [model.layers[2]!.name, "relu", 8],
    ]);
    expect(healthy.flatMap((r) => r.deadIndices)).toEqual([]);
    kill(model.layers[0] as Dense, [2, 5, 7]);
    kill(model.layers[1] as Dense, [0]);
    const [first, act] = diagnose.deadUnits(model, x, { batchSize: 64 });
    expect(first!.deadIndices).toEqual([2, 5, 7]);
    expect(first!.deadFraction).toBe(3 / 16);
    expect(act!.deadIndices).toEqual([0]);
  });

  it("sees inside subclassed models and leaves their layers as they were", () => {
    class Net extends Model {
      hidden = layers.dense({ units: 10, activation: "relu" });
      out = layers.dense({ units: 3, activation: "softmax" });
      override call(t: nt.Tensor) {
        return this.out.apply(this.hidden.apply(t));
      }
    }
    nt.setSeed(2);
    const net = new Net();
    net.apply(nt.slice(x, 0, 1));
    kill(net.hidden, [9]);
    const [r] = diagnose.deadUnits(net, x);
    expect(r!.deadIndices).toEqual([9]);
    expect(Object.hasOwn(net.hidden, "apply")).toBe(false);
  });
});

describe("fitDiagnosis", () => {
  async function history(build: () => Model, xs: nt.Tensor, ys: nt.Tensor, val: [nt.Tensor, nt.Tensor], epochs: number, batchSize: number) {
    nt.setSeed(1);
    const m = build();
    return m.fit(xs, ys, { epochs, batchSize, validationData: val, verbose: 0 });
  }
  const split = () => {
    const r = rng(7);
    const idx = [...Array(150).keys()];
    for (let i = 149; i > 0; i--) {
      const j = r.int(i + 1);
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    const rows = (a: number, b: number) => Int32Array.from(idx.slice(a, b));
    return { xt: nt.gather(x, rows(0, 105)), yt: nt.gather(y, rows(0, 105)), xv: nt.gather(x, rows(105, 150)), yv: nt.gather(y, rows(105, 150)) };
  };
  const net = (units: number[], inputs: number, classes: number, lr: number) => () => {
    const m = sequential([
      ...units.map((u, i) => layers.dense({ units: u, activation: "relu", ...(i === 0 ? { inputShape: [inputs] } : {}) })),
      layers.dense({ units: classes, activation: "softmax" }),
    ]);
    m.compile({ optimizer: nt.optimizers.adam({ learningRate: lr }), loss: "sparseCategoricalCrossentropy" });
    return m;
  };

  it("labels an overfit run (12 noisy rows, two 128-unit layers, 100 epochs)", async () => {
    nt.setSeed(3);
    const xs = nt.randomNormal([200, 10]);
    const v = xs.data();
    const r = rng(3);
    const ys = nt.tensor(Array.from({ length: 200 }, (_, i) => (v[i * 10]! + r.normal() > 0 ? 1 : 0)), [200], "int32");
    const h = await history(net([128, 128], 10, 2, 0.01), nt.slice(xs, 0, 12), nt.slice(ys, 0, 12), [nt.slice(xs, 12, 188), nt.slice(ys, 12, 188)], 100, 12);
    const d = diagnose.fitDiagnosis(h);
    expect(d.verdict).toBe("overfitting");
    expect(d.evidence!.trainLoss.final).toBeLessThan(0.01);
    expect(d.evidence!.valRiseFromMin!).toBeGreaterThan(1);
    expect(d.message).toMatch(/^Overfitting/);
  });

  it("labels an underfit run (one hidden unit, 5 epochs)", async () => {
    const s = split();
    const d = diagnose.fitDiagnosis(await history(net([1], 4, 3, 0.01), s.xt, s.yt, [s.xv, s.yv], 5, 16));
    expect(d.verdict).toBe("underfitting");
    expect(d.evidence!.trainImprovement).toBeLessThan(0.5);
  });

  it("labels a well-sized run a good fit", async () => {
    const s = split();
    const d = diagnose.fitDiagnosis(await history(net([16], 4, 3, 0.02), s.xt, s.yt, [s.xv, s.yv], 60, 16));
    expect(d.verdict).toBe("goodFit");
    expect(d.evidence!.plateau).toBe(true);
  });

  it("computes the documented evidence and falls back to inconclusive", () => {
    const loss = [1, 0.6, 0.4, 0.3, 0.25, 0.2, 0.18, 0.17];
    const val_loss = [1, 0.7, 0.5, 0.45, 0.5, 0.6, 0.7, 0.8];
    const d = diagnose.fitDiagnosis({ loss, val_loss });
    expect(d.verdict).toBe("overfitting");
    const e = d.evidence!;
    expect(e.window).toBe(3);
    expect(e.valLoss).toEqual({ final: 0.8, min: 0.45, minEpoch: 3 });
    expect(e.valRiseFromMin!).toBeCloseTo((0.8 - 0.45) / (1 - 0.45), 12);
    expect(e.gapRatio!).toBeCloseTo((0.8 - 0.17) / (1 - 0.17), 12);
    expect(e.gapSlope!).toBeCloseTo((0.8 - 0.17 - (0.6 - 0.2)) / 2, 12);
    expect(e.trainDropAfterValMin!).toBeCloseTo((0.3 - 0.17) / 0.3, 12);
    expect(diagnose.fitDiagnosis({ loss }).verdict).toBe("inconclusive");
    expect(diagnose.fitDiagnosis({ loss: [1, 0.5], val_loss: [1, 0.6] }).verdict).toBe("inconclusive");
    expect(diagnose.fitDiagnosis({ loss: [1, NaN, 2], val_loss: [1, 1, 1] }).message).toMatch(/NaN/);
    expect(thrown(() => diagnose.fitDiagnosis({ loss: [1, 2], val_loss: [1] })).code).toBe("BAD_ARGUMENT");
  });
});

describe("gradientNorms", () => {
  it("equals the analytic gradient of a linear layer under MSE", () => {
    nt.setSeed(4);
    const model = sequential([layers.dense({ units: 2, inputShape: [4] })]);
    model.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    const target = nt.randomNormal([150, 2]);
    const r = diagnose.gradientNorms(model, x, target);
    // MSE = mean over rows and outputs of (xW + b − t)²: dW = 2/(n·k) xᵀ(xW + b − t), db = column sums of the same.
    const X = x.arraySync() as number[][];
    const T = target.arraySync() as number[][];
    const W = (model.layers[0] as Dense).kernel!.arraySync() as number[][];
    const b = Array.from((model.layers[0] as Dense).bias!.data());
    const E = X.map((row, i) => [0, 1].map((k) => row.reduce((s, v, j) => s + v * W[j]![k]!, b[k]!) - T[i]![k]!));
    const scale = 2 / (150 * 2);
    let w2 = 0;
    for (let j = 0; j < 4; j++) for (const k of [0, 1]) w2 += (scale * X.reduce((s, row, i) => s + row[j]! * E[i]![k]!, 0)) ** 2;
    const b2 = [0, 1].reduce((s, k) => s + (scale * E.reduce((a, e) => a + e[k]!, 0)) ** 2, 0);
    expect(r.layers).toHaveLength(1);
    expect(r.layers[0]!.weights[0]!.norm).toBeCloseTo(Math.sqrt(w2), 4);
    expect(r.layers[0]!.weights[1]!.norm).toBeCloseTo(Math.sqrt(b2), 4);
    expect(r.layers[0]!.norm).toBeCloseTo(Math.sqrt(w2 + b2), 4);
    expect(r.globalNorm).toBeCloseTo(r.layers[0]!.norm, 10);
  });

  it("is quiet on a healthy net and warns on vanishing and exploding gradients", () => {
    nt.setSeed(5);
    expect(diagnose.gradientNorms(irisNet({ units: 8 }), x, y).warning).toBeNull();
    const deep = sequential([
      ...Array.from({ length: 10 }, (_, i) => layers.dense({ units: 8, activation: "sigmoid", ...(i === 0 ? { inputShape: [4] } : {}) })),
      layers.dense({ units: 3, activation: "softmax" }),
    ]);
    deep.compile({ optimizer: "sgd", loss: "sparseCategoricalCrossentropy" });
    const v = diagnose.gradientNorms(deep, x, y);
    expect(v.warning).toBe("vanishing");
    expect(v.layers).toHaveLength(11);
    expect(v.layers[0]!.norm).toBeLessThan(1e-3 * v.layers[10]!.norm);
    const wide = sequential([layers.dense({ units: 1, inputShape: [4] })]);
    wide.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    expect(diagnose.gradientNorms(wide, x, nt.fill([150, 1], 1e5)).warning).toBe("exploding");
    const bare = sequential([layers.dense({ units: 1, inputShape: [4] })]);
    expect(thrown(() => diagnose.gradientNorms(bare, x, y)).message).toMatch(/compile/);
  });
});

describe("seedStability", () => {
  it("reports score spread and prediction disagreement across seeds", async () => {
    const r = await diagnose.seedStability(irisNet, x, y, { seeds: [1, 2, 3], fit: { epochs: 3, batchSize: 16 }, params: { units: 4 } });
    expect(r.scores.accuracy).toHaveLength(3);
    expect(r.mean.accuracy).toBeCloseTo(r.scores.accuracy!.reduce((a, b) => a + b) / 3, 12);
    expect(r.disagreementRate!).toBeGreaterThan(0);
    expect(r.disagreementRate!).toBeGreaterThanOrEqual(r.pairwiseDisagreement!);
    expect(r.predictionStd).toBeNull();
    const same = await diagnose.seedStability(irisNet, x, y, { seeds: [4, 4], fit: { epochs: 2 }, testData: [x, y] });
    expect(same.std.accuracy).toBe(0);
    expect(same.disagreementRate).toBe(0);
    expect((await rejected(diagnose.seedStability(irisNet, x, y, { seeds: [1] }))).code).toBe("BAD_ARGUMENT");
  });
});
