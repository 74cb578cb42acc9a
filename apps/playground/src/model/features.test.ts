import { describe, expect, it } from "vitest";
import { FEATURES } from "../state/schema.js";
import { FEATURE_INFO, featureMatrix, orderedFeatures } from "./features.js";

describe("features", () => {
  it("computes TensorFlow Playground's seven features", () => {
    const m = featureMatrix(new Float32Array([2, -3, 0.5, 1]), [...FEATURES]);
    const expected = [
      [2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)],
      [0.5, 1, 0.25, 1, 0.5, Math.sin(0.5), Math.sin(1)],
    ].flat();
    expect(Array.from(m)).toEqual(expected.map((v) => Math.fround(v)));
  });

  it("keeps the requested columns in the requested order", () => {
    expect(Array.from(featureMatrix(new Float32Array([3, 4]), ["x2sq", "x1"]))).toEqual([16, 3]);
    expect(orderedFeatures(["sinx2", "x1", "x1x2"])).toEqual(["x1", "x1x2", "sinx2"]);
  });

  it("gives each feature code that computes the same value as its function", () => {
    for (const f of FEATURES) {
      const code = new Function("x1", "x2", `return ${FEATURE_INFO[f].code};`) as (a: number, b: number) => number;
      expect(code(1.3, -0.7)).toBe(FEATURE_INFO[f].fn(1.3, -0.7));
    }
  });

  it("rejects an odd number of coordinates", () => {
    expect(() => featureMatrix(new Float32Array(3), ["x1"])).toThrow(/pairs/);
  });
});
