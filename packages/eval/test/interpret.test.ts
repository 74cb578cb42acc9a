import * as nt from "@neurite/core";
import { layers, sequential } from "@neurite/layers";
import { beforeAll, describe, expect, it } from "vitest";
import { interpret } from "../src/index.js";
import { irisNet, standardIris, thrown } from "./helpers.js";

beforeAll(() => nt.ready());

/** A linear model y = x·W + b with the given weights, compiled with MSE. */
function linear(W: number[][], b: number[]) {
  const m = sequential([layers.dense({ units: b.length, inputShape: [W.length] })]);
  m.ensureBuilt();
  m.setWeights([nt.tensor(W), nt.tensor(b)]);
  m.compile({ optimizer: "sgd", loss: "meanSquaredError" });
  return m;
}

describe("permutationImportance", () => {
  it("drops the score by what each feature carries, and not at all for an unused one", () => {
    nt.setSeed(1);
    const x = nt.randomNormal([200, 3]);
    const model = linear([[2], [0], [-1]], [0]);
    const y = model.predict(x);
    const r = interpret.permutationImportance(model, x, y, { scoring: "r2", nRepeats: 4, seed: 3 });
    expect(r.scorer).toBe("r2");
    expect(r.baselineScore).toBe(1);
    expect(r.importances.map((row) => row.length)).toEqual([4, 4, 4]);
    expect(r.importances[1]).toEqual([0, 0, 0, 0]);
    // Shuffling column j of y = Σ w·x adds about 2·w_j²·var(x_j) to the squared error: an r2 drop of that over var(y).
    const cols = x.arraySync() as number[][];
    const variance = (v: number[]) => v.reduce((a, q) => a + (q - v.reduce((p, w) => p + w) / v.length) ** 2, 0) / v.length;
    const vy = variance(Array.from(y.data()));
    for (const [j, w] of [[0, 2], [2, -1]] as const) {
      expect(Math.abs(r.importancesMean[j]! - (2 * w * w * variance(cols.map((c) => c[j]!))) / vy)).toBeLessThan(0.25);
    }
    const m0 = r.importances[0]!.reduce((a, b) => a + b) / 4;
    expect(r.importancesMean[0]).toBeCloseTo(m0, 12);
    expect(r.importancesStd[0]).toBeCloseTo(Math.sqrt(r.importances[0]!.reduce((a, v) => a + (v - m0) ** 2, 0) / 4), 12);
    expect(interpret.permutationImportance(model, x, y, { scoring: "r2", nRepeats: 4, seed: 3 })).toEqual(r);
    expect(interpret.permutationImportance(model, x, y, { scoring: "r2", nRepeats: 4, seed: 4 }).importances[0]).not.toEqual(r.importances[0]);
  });
  it("needs a 2-D x", () => {
    const model = linear([[1]], [0]);
    expect(thrown(() => interpret.permutationImportance(model, nt.tensor([1, 2, 3]), nt.tensor([1, 2, 3]))).code).toBe("SHAPE_MISMATCH");
  });
});

describe("saliency and integrated gradients", () => {
  it("saliency of a linear model is |W[:, class]| on every row", () => {
    const W = [[1, -2], [0.5, 3], [-4, 0]];
    const model = linear(W, [0.1, -0.1]);
    const x = nt.tensor([[1, 2, 3], [1, 0, -1]]);
    expect(interpret.saliency(model, x, { classIndex: 1 }).arraySync()).toEqual([[2, 3, 0], [2, 3, 0]]);
    // Default: each row's highest output: row 0 → class 1 (−9.9 vs 3.9), row 1 → class 0 (5.1 vs −2.1).
    expect(interpret.saliency(model, x).arraySync()).toEqual([[2, 3, 0], [1, 0.5, 4]]);
    expect(thrown(() => interpret.saliency(model, x, { classIndex: 2 })).code).toBe("BAD_ARGUMENT");
  });

  it("saliency matches finite differences through a softmax net", () => {
    const { x } = standardIris();
    nt.setSeed(2);
    const model = irisNet({ units: 8 });
    const row = nt.slice(x, 10, 3);
    const s = interpret.saliency(model, row, { classIndex: 2 }).arraySync() as number[][];
    const base = row.arraySync() as number[][];
    const h = 1e-2;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 4; j++) {
        const plus = base.map((r) => [...r]);
        const minus = base.map((r) => [...r]);
        plus[i]![j]! += h;
        minus[i]![j]! -= h;
        const f = (v: number[][]) => (model.predict(nt.tensor(v)).arraySync() as number[][])[i]![2]!;
        expect(s[i]![j]!).toBeCloseTo(Math.abs((f(plus) - f(minus)) / (2 * h)), 2);
      }
    }
  });

  it("integrated gradients are exact for a linear model and complete for a nonlinear one", () => {
    const W = [[1, -2], [0.5, 3], [-4, 0]];
    const lin = linear(W, [0, 0]);
    const x = nt.tensor([[1, 2, 3], [1, 0, -1]]);
    const ig = interpret.integratedGradients(lin, x, { classIndex: 0, steps: 4 }).arraySync() as number[][];
    [[1, 1, -12], [1, 0, 4]].forEach((row, i) => row.forEach((v, j) => expect(ig[i]![j]!).toBeCloseTo(v, 5)));
    const { x: xi } = standardIris();
    nt.setSeed(3);
    const net = irisNet({ units: 8 });
    const rows = nt.slice(xi, 50, 4);
    const attr = interpret.integratedGradients(net, rows, { classIndex: 1, steps: 64 }).arraySync() as number[][];
    const out = net.predict(rows).arraySync() as number[][];
    const atZero = (net.predict(nt.zeros([1, 4])).arraySync() as number[][])[0]![1]!;
    attr.forEach((a, i) => expect(a.reduce((p, q) => p + q)).toBeCloseTo(out[i]![1]! - atZero, 3));
  });
});
