import * as nt from "neurite";
import { beforeAll, describe, expect, it } from "vitest";
import { DEAD_RANGE, deadUnits, lossOf } from "./probe.js";

beforeAll(() => nt.ready());

describe("probe", () => {
  it("flags units whose output range over the rows is below DEAD_RANGE", () => {
    // 3 rows × 3 units: a ReLU stuck at 0, a live unit, a saturated one that moves less than DEAD_RANGE.
    const out = Float32Array.from([0, 0.5, 0.9999, 0, -0.2, 0.9999 + DEAD_RANGE / 2, 0, 0.1, 0.9999]);
    expect(Array.from(deadUnits(out, 3))).toEqual([1, 0, 1]);
    expect(Array.from(deadUnits(new Float32Array(0), 2))).toEqual([0, 0]);
  });

  it("computes the data loss as the formulas give it", () => {
    const p = Float32Array.from([0.9, 0.2, 0.6]);
    const y = nt.tensor([[1], [0], [0]]);
    const bce = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3;
    expect(lossOf("binaryCrossentropy", y, p, 1)).toBeCloseTo(bce, 5);
    expect(lossOf("meanSquaredError", y, p, 1)).toBeCloseTo((0.01 + 0.04 + 0.36) / 3, 6);
    const probs = Float32Array.from([0.7, 0.2, 0.1, 0.1, 0.1, 0.8]);
    const ids = nt.tensor([0, 2], [2], "int32");
    expect(lossOf("sparseCategoricalCrossentropy", ids, probs, 3)).toBeCloseTo(-(Math.log(0.7) + Math.log(0.8)) / 2, 5);
  });
});
