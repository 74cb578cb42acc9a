import { describe, expect, it } from "vitest";
import { defaultState } from "../state/schema.js";
import { layerSizes, networkSpec, paramCount } from "./spec.js";
import { FEATURE_INFO, featureMatrix } from "./features.js";
import { modelSnippet } from "./snippet.js";

describe("networkSpec", () => {
  const s = { ...defaultState(), features: ["x1", "x2", "x1sq"] as const, hidden: [8, 8, 8, 8, 8, 8] };

  it("picks output and loss from the problem and the class count", () => {
    const bin = networkSpec({ ...s, features: [...s.features] }, { problem: "classification", classes: 2 });
    expect([bin.output, bin.loss]).toEqual([{ units: 1, activation: "sigmoid" }, "binaryCrossentropy"]);
    const multi = networkSpec({ ...s, features: [...s.features] }, { problem: "classification", classes: 4 });
    expect([multi.output, multi.loss]).toEqual([{ units: 4, activation: "softmax" }, "sparseCategoricalCrossentropy"]);
    const reg = networkSpec({ ...s, features: [...s.features] }, { problem: "regression", classes: 0 });
    expect([reg.output, reg.loss]).toEqual([{ units: 1, activation: "linear" }, "meanSquaredError"]);
  });

  it("counts layers and parameters of a 6×8 net", () => {
    const spec = networkSpec({ ...s, features: [...s.features] }, { problem: "classification", classes: 2 });
    expect(layerSizes(spec)).toEqual([3, 8, 8, 8, 8, 8, 8, 1]);
    expect(paramCount(spec)).toBe(3 * 8 + 8 + 5 * (64 + 8) + 8 + 1);
  });

  it("drops a regularizer whose rate is 0", () => {
    const spec = networkSpec({ ...defaultState(), regularization: "l2", regularizationRate: 0 }, { problem: "classification", classes: 2 });
    expect(spec.regularization.kind).toBe("none");
  });
});

describe("modelSnippet", () => {
  it("rebuilds the same layers and computes the same features as the playground", () => {
    const spec = networkSpec(
      { ...defaultState(), features: ["x1", "x2sq", "sinx1"], hidden: [5, 3], activation: "relu", optimizer: "momentum", regularization: "l1", regularizationRate: 0.003 },
      { problem: "classification", classes: 3, transform: { center: [10, -2], scale: 0.5 } },
    );
    const code = modelSnippet(spec);
    expect(code).toContain('nt.layers.dense({ units: 5, activation: "relu", inputShape: [3], kernelRegularizer: nt.regularizers.l1(0.003) }),');
    expect(code).toContain('nt.layers.dense({ units: 3, activation: "softmax", kernelRegularizer: nt.regularizers.l1(0.003) }),');
    expect(code).toContain("nt.optimizers.sgd({ learningRate: 0.03, momentum: 0.9 })");
    expect(code).toContain('loss: "sparseCategoricalCrossentropy"');
    const body = /function features\(x1: number, x2: number\): number\[\] \{\n([\s\S]*?)\n\}/.exec(code)![1]!;
    const features = new Function("x1", "x2", body) as (a: number, b: number) => number[];
    const [x1, x2] = [(14 - 10) * 0.5, (1 - -2) * 0.5];
    expect(features(14, 1)).toEqual([FEATURE_INFO.x1.fn(x1, x2), FEATURE_INFO.x2sq.fn(x1, x2), FEATURE_INFO.sinx1.fn(x1, x2)]);
    expect(Array.from(featureMatrix(new Float32Array([x1, x2]), spec.features))).toEqual(features(14, 1).map(Math.fround));
  });
});
