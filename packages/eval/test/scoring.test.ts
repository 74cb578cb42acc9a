import * as nt from "@neurite/core";
import { layers, sequential } from "@neurite/layers";
import { beforeAll, describe, expect, it } from "vitest";
import * as m from "../src/index.js";
import { selection } from "../src/index.js";
import { irisNet, standardIris, thrown } from "./helpers.js";

let x: nt.Tensor;
let y: nt.Tensor;
beforeAll(async () => {
  await nt.ready();
  ({ x, y } = standardIris());
});

const argmax = (rows: number[][]) => rows.map((r) => r.indexOf(Math.max(...r)));
const score = (name: string, model: ReturnType<typeof irisNet>, xs: nt.Tensor, ys: nt.Tensor) => selection.getScorer(name)(model, xs, ys);

describe("named scorers apply the metrics to the model's outputs", () => {
  it("multi-class softmax: labels by argmax, probabilities by column", async () => {
    nt.setSeed(1);
    const model = irisNet({ units: 4 });
    await model.fit(x, y, { epochs: 2, verbose: 0 });
    const p = model.predict(x).arraySync() as number[][];
    const t = Array.from(y.data());
    expect(score("accuracy", model, x, y)).toBe(m.accuracyScore(t, argmax(p)));
    expect(score("f1Macro", model, x, y)).toBe(m.f1Score(t, argmax(p), { average: "macro" }));
    expect(score("balancedAccuracy", model, x, y)).toBe(m.balancedAccuracyScore(t, argmax(p)));
    expect(score("negLogLoss", model, x, y)).toBe(-m.logLoss(t, p));
    expect(score("rocAucOvr", model, x, y)).toBe(m.rocAucScore(t, p, { multiClass: "ovr" }));
    expect(score("rocAucOvoWeighted", model, x, y)).toBe(m.rocAucScore(t, p, { multiClass: "ovo", average: "weighted" }));
    expect(score("topKAccuracy", model, x, y)).toBe(m.topKAccuracyScore(t, p));
    expect(score("negLoss", model, x, y)).toBeCloseTo(-(model.evaluate(x, y) as number), 12);
    // One-hot targets read as their argmax.
    expect(score("accuracy", model, x, nt.oneHot(y, 3))).toBe(m.accuracyScore(t, argmax(p)));
    expect(thrown(() => score("rocAuc", model, x, y)).code).toBe("BAD_ARGUMENT");
  });

  it("binary: a 2-column softmax scores its positive column; a sigmoid column thresholds at 0.5", async () => {
    const xb = nt.slice(x, 0, 100);
    const yb = nt.slice(y, 0, 100);
    const t = Array.from(yb.data());
    nt.setSeed(2);
    const soft = sequential([layers.dense({ units: 2, activation: "softmax", inputShape: [4] })]);
    soft.compile({ optimizer: "sgd", loss: "sparseCategoricalCrossentropy" });
    const ps = soft.predict(xb).arraySync() as number[][];
    expect(score("rocAuc", soft, xb, yb)).toBe(m.rocAucScore(t, ps.map((r) => r[1]!)));
    expect(score("averagePrecision", soft, xb, yb)).toBe(m.averagePrecisionScore(t, ps.map((r) => r[1]!)));
    expect(score("f1", soft, xb, yb)).toBe(m.f1Score(t, argmax(ps)));
    const sig = sequential([layers.dense({ units: 1, activation: "sigmoid", inputShape: [4] })]);
    sig.compile({ optimizer: "sgd", loss: "binaryCrossentropy" });
    const q = Array.from(sig.predict(xb).data());
    expect(score("accuracy", sig, xb, yb)).toBe(m.accuracyScore(t, q.map((v) => (v > 0.5 ? 1 : 0))));
    expect(score("rocAuc", sig, xb, yb)).toBe(m.rocAucScore(t, q));
    expect(score("negLogLoss", sig, xb, yb)).toBe(-m.logLoss(t, q));
  });

  it("regression: raw outputs, errors negated", () => {
    nt.setSeed(3);
    const reg = sequential([layers.dense({ units: 1, inputShape: [4] })]);
    reg.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    const target = nt.randomNormal([150, 1]);
    const p = Array.from(reg.predict(x).data());
    const t = Array.from(target.data());
    expect(score("r2", reg, x, target)).toBe(m.r2Score(t, p));
    expect(score("negMeanSquaredError", reg, x, target)).toBe(-m.meanSquaredError(t, p));
    expect(score("negMeanAbsoluteError", reg, x, target)).toBe(-m.meanAbsoluteError(t, p));
    expect(score("negRootMeanSquaredError", reg, x, target)).toBe(-m.rootMeanSquaredError(t, p));
  });
});

describe("resolveScoring", () => {
  it("defaults to accuracy for class targets and r2 otherwise, and keeps names in order", () => {
    expect(Object.keys(selection.resolveScoring(undefined, y))).toEqual(["accuracy"]);
    expect(Object.keys(selection.resolveScoring(undefined, nt.oneHot(y, 3)))).toEqual(["accuracy"]);
    expect(Object.keys(selection.resolveScoring(undefined, nt.randomNormal([4, 1])))).toEqual(["r2"]);
    const custom: selection.Scorer = () => 1;
    expect(Object.keys(selection.resolveScoring({ acc: "accuracy", mine: custom }, y))).toEqual(["acc", "mine"]);
    expect(Object.keys(selection.resolveScoring(["f1Macro", "accuracy"], y))).toEqual(["f1Macro", "accuracy"]);
    expect(thrown(() => selection.resolveScoring("f1_macro", y)).message).toMatch(/unknown scorer "f1_macro"/);
  });
  it("makeScorer wraps any metric", () => {
    nt.setSeed(4);
    const model = irisNet({ units: 3 });
    const t = Array.from(y.data());
    const p = model.predict(x).arraySync() as number[][];
    const f2 = selection.makeScorer(m.fbetaScore, { metricOptions: { beta: 2, average: "macro" } });
    expect(f2(model, x, y)).toBe(m.fbetaScore(t, argmax(p), { beta: 2, average: "macro" }));
  });
});
