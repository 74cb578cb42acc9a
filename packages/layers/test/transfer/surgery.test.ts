import * as nt from "@neurite/core";
import { describe, expect, it } from "vitest";
import { layers, transfer } from "../../src/index.js";
import { compileSparse, mlp, problem, snapshot } from "./helpers.js";

describe("freezing", () => {
  for (const compiled of [true, false]) {
    it(`a frozen layer keeps its weights bit for bit through fit (${compiled ? "compiled" : "eager"} step)`, async () => {
      const m = mlp(2);
      const { x, y } = problem(64, 3);
      m.layers[0]!.trainable = false;
      compileSparse(m);
      m.trainer!.useCompiledStep = compiled;
      const before = snapshot(m.layers[0]!);
      const others = snapshot(m.layers[1]!);
      await m.fit(x, y, { epochs: 2, batchSize: 16, verbose: 0 });
      expect(m.trainer!.lastRunner).toBe(compiled ? "compiled" : "eager");
      snapshot(m.layers[0]!).forEach((w, i) => expect(w).toEqual(before[i]));
      expect(snapshot(m.layers[1]!)[0]).not.toEqual(others[0]);
      expect(m.trainableWeights).toHaveLength(4);
      expect(m.nonTrainableWeights).toEqual(m.layers[0]!.weights);
    });
  }
});

describe("truncate", () => {
  it("shares the first k layers (Keras's Sequential(model.layers[:k])): same variables, same outputs", () => {
    const m = mlp();
    const t = transfer.truncate(m, 2);
    expect(t.layers).toEqual(m.layers.slice(0, 2));
    expect(t.weights.every((v) => m.weights.includes(v))).toBe(true);
    const x = nt.randomNormal([5, 6]);
    const full = nt.tidy(() => m.layers[1]!.apply(m.layers[0]!.apply(x)));
    expect(t.predict(x).data()).toEqual(full.data());
    expect(t.batchInputShape).toEqual([null, 6]);
  });

  it("copy: true gives independent variables holding the same values", () => {
    const m = mlp();
    const t = transfer.truncate(m, 2, { copy: true });
    expect(t.weights.some((v) => m.weights.includes(v))).toBe(false);
    expect(snapshot(t)).toEqual(snapshot(m).slice(0, 4));
    t.layers[0]!.weights[0]!.assign(nt.zeros([6, 8]));
    expect(m.layers[0]!.weights[0]!.data().some((v) => v !== 0)).toBe(true);
  });

  it("rejects k outside [1, layers]", () => {
    expect(() => transfer.truncate(mlp(), 0)).toThrow(/k must be an integer in \[1, 3\]/);
    expect(() => transfer.truncate(mlp(), 4)).toThrow(nt.NeuriteError);
  });
});

describe("replaceHead", () => {
  it("drops the old classifier and trains a new head on the shared body", async () => {
    const m = mlp();
    const head = layers.dense({ units: 2, activation: "softmax" });
    const r = transfer.replaceHead(m, head);
    expect(r.layers).toEqual([m.layers[0], m.layers[1], head]);
    expect(r.predict(nt.randomNormal([4, 6])).shape).toEqual([4, 2]);
    const { x, y } = problem(32, 4);
    const y2 = nt.tensor(Int32Array.from(y.data(), (c) => Math.min(c, 1)), [32], "int32");
    compileSparse(r);
    await r.fit(x, y2, { epochs: 1, batchSize: 8, verbose: 0 });
    expect(r.layers[1]!.weights[0]).toBe(m.layers[1]!.weights[0]);
  });

  it("drop: 0 appends; an empty head is refused", () => {
    const m = mlp();
    expect(transfer.replaceHead(m, [layers.dense({ units: 2 })], { drop: 0 }).layers).toHaveLength(4);
    expect(() => transfer.replaceHead(m, [])).toThrow(/head must be a Layer/);
    expect(() => transfer.replaceHead(m, layers.dense({ units: 2 }), { drop: 3 })).toThrow(/drop must be an integer in \[0, 2\]/);
  });
});
