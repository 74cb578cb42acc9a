import { fileURLToPath } from "node:url";
import * as nt from "@neurite/core";
import { describe, expect, it } from "vitest";
import { io, layers, loadModel, sequential, transfer, type Layer } from "../../src/index.js";
import { mlp, problem, snapshot } from "./helpers.js";

const fixture = fileURLToPath(new URL("../fixtures/tfjs-dense/", import.meta.url));
const sparse = { loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] };

describe("fineTune", () => {
  it("stacks base + head, freezes the whole base by default, one optimizer without learningRates", () => {
    const base = mlp();
    const head = layers.dense({ units: 2, activation: "softmax" });
    const ft = transfer.fineTune(base, { head, dropTop: 1 });
    expect(ft.model.layers).toEqual([base.layers[0], base.layers[1], head]);
    expect(ft.baseLayers.map((l) => l.trainable)).toEqual([false, false]);
    expect(ft.model.trainableWeights).toEqual(head.weights);
    expect(ft.optimizer).toBeInstanceOf(nt.optimizers.Adam);
    expect(ft.callbacks).toEqual([]);
  });

  it("freezeUpTo leaves the top of the base trainable; learningRates give a MultiOptimizer (base: a tenth of head's)", () => {
    const ft = transfer.fineTune(mlp(), { head: layers.dense({ units: 2 }), freezeUpTo: 1, learningRates: { head: 0.02 }, optimizer: "sgd" });
    expect(ft.model.layers.map((l) => l.trainable)).toEqual([false, true, true, true]);
    const multi = ft.optimizer as transfer.MultiOptimizer;
    expect(multi).toBeInstanceOf(transfer.MultiOptimizer);
    expect(multi.groups.map((g) => [g.optimizer.className, g.optimizer.learningRate])).toEqual([["SGD", 0.002], ["SGD", 0.02]]);
    expect(() => transfer.fineTune(mlp(), { head: layers.dense({ units: 2 }), freezeUpTo: 4 })).toThrow(/freezeUpTo must be an integer in \[0, 3\]/);
    expect(() => transfer.fineTune(mlp(), { head: layers.dense({ units: 2 }), optimizer: "lion" })).toThrow(/unknown optimizer "lion"/);
  });

  for (const learningRates of [{ head: 0.01, base: 0.01 }, undefined]) it(`staged unfreezing thaws from the top down at the scheduled epochs; frozen weights do not move before (${learningRates ? "multiOptimizer" : "one Adam"})`, async () => {
    nt.setSeed(3);
    const base = sequential([
      layers.dense({ units: 8, activation: "relu", inputShape: [6] }),
      layers.dropout({ rate: 0.1 }),
      layers.dense({ units: 8, activation: "relu" }),
      layers.dense({ units: 8, activation: "relu" }),
    ]);
    const ft = transfer.fineTune(base, {
      head: layers.dense({ units: 3, activation: "softmax" }),
      unfreezeSchedule: [{ epoch: 1, unfreeze: 1 }, { epoch: 3, unfreeze: "all" }],
      learningRates,
    });
    const dense = ft.baseLayers.filter((l: Layer) => l.weightSpecs().length > 0);
    const kernel = (l: Layer) => l.weightSpecs()[0]!.variable.data();
    const seen: boolean[][] = [];
    const moved: boolean[][] = [];
    let last = dense.map(kernel);
    const watch = {
      onEpochEnd: () => {
        seen.push(dense.map((l) => l.trainable));
        const now = dense.map(kernel);
        moved.push(now.map((k, i) => k.some((v, j) => v !== last[i]![j])));
        last = now;
      },
    };
    const { x, y } = problem(48, 2);
    ft.model.compile({ optimizer: ft.optimizer, ...sparse });
    await ft.model.fit(x, y, { epochs: 4, batchSize: 16, verbose: 0, callbacks: [...ft.callbacks, watch] });
    expect(seen).toEqual([[false, false, false], [false, false, true], [false, false, true], [true, true, true]]);
    expect(moved).toEqual(seen);
    expect(ft.model.trainer!.useCompiledStep).toBe(true);
    // With learningRates too: the base's group, frozen at first, keeps its own step count in the plan.
    expect(ft.model.trainer!.lastRunner).toBe("compiled");
  });

  it("staged unfreezing keeps the compiled step: fit rebuilds it when layers thaw, and it matches the eager step", async () => {
    const { x, y } = problem(48, 5);
    const run = async (compiled: boolean) => {
      nt.setSeed(9);
      const m = sequential([
        layers.dense({ units: 8, activation: "tanh", inputShape: [6] }),
        layers.dense({ units: 8, activation: "tanh" }),
        layers.dense({ units: 3, activation: "softmax" }),
      ]);
      m.layers[0]!.trainable = false;
      m.layers[1]!.trainable = false;
      m.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.05 }), ...sparse });
      m.trainer!.useCompiledStep = compiled;
      const thaw = transfer.gradualUnfreezing(m.layers.slice(0, 2), [{ epoch: 1, unfreeze: 1 }, { epoch: 2, unfreeze: "all" }]);
      const runners: string[] = [];
      const watch = { onEpochEnd: () => void runners.push(String(m.trainer!.lastRunner)) };
      const h = await m.fit(x, y, { epochs: 3, batchSize: 16, verbose: 0, callbacks: [thaw, watch] });
      return { weights: m.getWeights().map((w) => Array.from(w.data())), runners, loss: h.history.loss! };
    };
    const [eager, plan] = [await run(false), await run(true)];
    expect(plan.runners).toEqual(["compiled", "compiled", "compiled"]);
    expect(eager.runners).toEqual(["eager", "eager", "eager"]);
    plan.weights.flat().forEach((v, i) => expect(v).toBeCloseTo(eager.weights.flat()[i]!, 5));
    plan.loss.forEach((l, i) => expect(l).toBeCloseTo(eager.loss[i]!, 5));
  });

  it("gradualUnfreezing refuses malformed stages", () => {
    expect(() => transfer.gradualUnfreezing([], [{ epoch: -1, unfreeze: 1 }])).toThrow(/bad stage/);
    expect(() => transfer.gradualUnfreezing([], [{ epoch: 1, unfreeze: 0 }])).toThrow(/unfreeze: integer > 0 or "all"/);
  });
});

describe("a TF.js-format model from outside", () => {
  it("loads, gets a new head, and fine-tunes it with the TF.js body frozen; the result saves and reloads", async () => {
    const tfjs = await loadModel(`file://${fixture}model.json`, { compile: false });
    expect(tfjs.layers.map((l) => l.className())).toEqual(["Dense", "Dense"]);
    const body = snapshot(tfjs.layers[0]!);
    nt.setSeed(9);
    const ft = transfer.fineTune(tfjs, { head: layers.dense({ units: 2, activation: "softmax" }), dropTop: 1 });
    nt.setSeed(10);
    const x = nt.randomNormal([64, 4]);
    const y = nt.tensor(Int32Array.from(x.data().filter((_, i) => i % 4 === 0), (v) => (v > 0 ? 1 : 0)), [64], "int32");
    ft.model.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.05 }), ...sparse });
    const before = (ft.model.evaluate(x, y) as number[])[0]!;
    await ft.model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0 });
    const [loss, acc] = ft.model.evaluate(x, y) as number[];
    expect(loss!).toBeLessThan(before * 0.7);
    expect(acc!).toBeGreaterThan(0.8);
    expect(snapshot(tfjs.layers[0]!)).toEqual(body);
    const store = io.memory();
    await ft.model.save(store);
    const back = await loadModel(store);
    expect(back.predict(x).data()).toEqual(ft.model.predict(x).data());
  });
});
