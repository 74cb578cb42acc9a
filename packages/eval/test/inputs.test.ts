import { NeuriteError } from "@neurite/kernels";
import { describe, expect, it } from "vitest";
import * as m from "../src/index.js";
import type { TensorLike } from "../src/index.js";

/** A stand-in for the core Tensor: a shape and a synchronous data() copy. */
function tensor(shape: number[], values: number[], dtype: "float32" | "int32" = "float32"): TensorLike {
  return { shape, data: () => (dtype === "int32" ? Int32Array.from(values) : Float32Array.from(values)) };
}

function thrown(f: () => unknown): NeuriteError {
  try { f(); } catch (e) { if (e instanceof NeuriteError) return e; throw e; }
  throw new Error("expected a NeuriteError");
}

const yTrue = [0, 1, 1, 0, 1, 0];
const yPred = [0, 1, 0, 0, 1, 1];
const score = [0.25, 0.75, 0.5, 0.125, 0.875, 0.5];
const probs3 = [[0.5, 0.25, 0.25], [0.25, 0.5, 0.25], [0.125, 0.125, 0.75], [0.5, 0.5, 0]];
const y3 = [0, 1, 2, 1];

describe("input forms", () => {
  it("accepts tensors, typed arrays and plain arrays alike", () => {
    const t = tensor([6], yTrue, "int32");
    expect(m.f1Score(t, tensor([6], yPred, "int32"))).toBe(m.f1Score(yTrue, yPred));
    expect(m.accuracyScore(Int32Array.from(yTrue), Uint8Array.from(yPred))).toBe(m.accuracyScore(yTrue, yPred));
    expect(m.rocAucScore(t, tensor([6], score))).toBe(m.rocAucScore(yTrue, score));
    expect(m.rocAucScore(yTrue, Float64Array.from(score))).toBe(m.rocAucScore(yTrue, score));
    const flat = probs3.flat();
    expect(m.logLoss(tensor([4], y3), tensor([4, 3], flat))).toBe(m.logLoss(y3, probs3));
    expect(m.topKAccuracyScore(y3, probs3.map((r) => Float32Array.from(r)), { k: 1 })).toBe(m.topKAccuracyScore(y3, probs3, { k: 1 }));
    expect(m.r2Score(tensor([3, 2], [1, 2, 3, 4, 5, 7]), [[1, 2], [3, 5], [5, 6]])).toBe(m.r2Score([[1, 2], [3, 4], [5, 7]], [[1, 2], [3, 5], [5, 6]]));
  });

  it("takes [n, 1] columns as 1-D and booleans as 0/1", () => {
    expect(m.accuracyScore(tensor([6, 1], yTrue), yPred.map((v) => [v]))).toBe(m.accuracyScore(yTrue, yPred));
    expect(m.recallScore(yTrue.map(Boolean), yPred.map(Boolean))).toBe(m.recallScore(yTrue, yPred));
    expect(m.rocAucScore(yTrue, tensor([6, 1], score))).toBe(m.rocAucScore(yTrue, score));
  });

  it("returns plain numbers, arrays and objects", () => {
    const r = m.precisionRecallFscoreSupport(["b", "a", "b"], ["b", "b", "b"]);
    expect(r).toEqual({ precision: [0, 2 / 3], recall: [0, 1], fScore: [0, 0.8], support: [1, 2] });
    expect(m.confusionMatrix(["b", "a", "b"], ["b", "b", "b"])).toEqual([[0, 1], [0, 2]]);
    expect(m.metrics.accuracyScore).toBe(m.accuracyScore);
  });
});

describe("errors name the metric and the problem", () => {
  it("length mismatch", () => {
    const e = thrown(() => m.accuracyScore([0, 1, 1], [0, 1]));
    expect(e.code).toBe("SHAPE_MISMATCH");
    expect(e.message).toBe("accuracyScore: yTrue has 3 samples but yPred has 2");
    expect(thrown(() => m.rocCurve([0, 1], [0.5])).message).toMatch(/^rocCurve: yTrue has 2 samples but yScore has 1/);
    expect(thrown(() => m.f1Score([0, 1], [0, 1], { sampleWeight: [1] })).message).toMatch(/^f1Score: sampleWeight has 1 entries for 2 samples/);
  });

  it("empty input", () => {
    for (const f of [() => m.accuracyScore([], []), () => m.meanSquaredError([], []), () => m.rocAucScore([], [])]) {
      expect(thrown(f).message).toMatch(/empty input/);
    }
  });

  it("NaN or infinite scores", () => {
    expect(thrown(() => m.rocAucScore([0, 1], [0.5, NaN])).message).toMatch(/^rocAucScore: yScore contains NaN/);
    expect(thrown(() => m.averagePrecisionScore([0, 1], tensor([2], [0.5, Infinity]))).message).toMatch(/yScore contains Infinity/);
    expect(thrown(() => m.logLoss([0, 1], [[NaN, 1], [0, 1]])).message).toMatch(/^logLoss: yPred contains NaN/);
    expect(thrown(() => m.accuracyScore([0, NaN], [0, 1])).message).toBe("accuracyScore: yTrue[1] is NaN");
  });

  it("yScore shape not matching the classes", () => {
    const e = thrown(() => m.rocAucScore([0, 1, 2, 1], [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]], { multiClass: "ovr" }));
    expect(e.code).toBe("SHAPE_MISMATCH");
    expect(e.message).toMatch(/^rocAucScore: yTrue has 3 classes but yScore has 2 columns/);
    expect(thrown(() => m.rocAucScore([0, 1, 1], [[0.5, 0.5], [0.2, 0.8], [0.1, 0.9]])).message).toMatch(/yTrue is binary but yScore has 2 columns/);
    expect(thrown(() => m.topKAccuracyScore([0, 1, 2], [0.1, 0.2, 0.3])).code).toBe("SHAPE_MISMATCH");
    expect(thrown(() => m.rocAucScore([0, 1], tensor([2, 1, 1], [0, 1]))).message).toMatch(/must be 1-D or 2-D/);
    expect(thrown(() => m.logLoss([0, 1], [[0.5, 0.5], [1]])).message).toMatch(/ragged/);
  });

  it("labels of different kinds", () => {
    expect(thrown(() => m.accuracyScore([0, 1], ["0", "1"])).message).toMatch(/yTrue has number labels but yPred has string labels/);
    expect(thrown(() => m.accuracyScore([0, "a"], [0, 1])).message).toMatch(/mixes string and number labels/);
  });

  it("single-class ROC AUC is an error, as in scikit-learn 1.2 (>= 1.6 warns and returns NaN)", () => {
    expect(thrown(() => m.rocAucScore([1, 1, 1], [0.2, 0.5, 0.9])).message).toMatch(/only one class is present in yTrue/);
  });
});
