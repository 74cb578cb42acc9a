import * as nt from "@neurite/core";
import { describe, expect, it } from "vitest";
import { callbacks, transfer } from "../../src/index.js";
import { compileSparse, mlp, problem, snapshot } from "./helpers.js";

const grads = (m: ReturnType<typeof mlp>, seed: number) => {
  nt.setSeed(seed);
  return m.trainableWeights.map((v) => nt.randomNormal(v.shape));
};

describe("multiOptimizer", () => {
  it("updates each group exactly as its own optimizer would, penalties included", () => {
    const a = mlp(1), b = mlp(1);
    const multi = transfer.multiOptimizer([
      { layers: [a.layers[0]!], optimizer: nt.optimizers.sgd({ learningRate: 0.1, momentum: 0.9 }) },
      { optimizer: nt.optimizers.adam({ learningRate: 0.01 }) },
    ]);
    const sgd = nt.optimizers.sgd({ learningRate: 0.1, momentum: 0.9 });
    const adam = nt.optimizers.adam({ learningRate: 0.01 });
    const pen = (vars: nt.Variable[]) => vars.map((_, i) => (i % 2 ? undefined : { l1: 0.01, l2: 0.02 }));
    for (let step = 0; step < 3; step++) {
      const ga = grads(a, step), gb = grads(b, step);
      multi.applyGradients(ga, a.trainableWeights, pen(a.trainableWeights));
      const vb = b.trainableWeights, p = pen(vb);
      sgd.applyGradients(gb.slice(0, 2), vb.slice(0, 2), p.slice(0, 2));
      adam.applyGradients(gb.slice(2), vb.slice(2), p.slice(2));
    }
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(multi.iterations).toBe(3);
    expect(multi.groupOf(a.layers[2]!.weights[0]!)).toBe(1);
  });

  it("trains through compile()/fit() in the compiled step, as the eager step does, and learns", async () => {
    const run = async (compiled: boolean) => {
      const m = mlp(3);
      const { x, y } = problem(96, 5);
      // Different rules and rates per group, one of them scheduled.
      const multi = transfer.multiOptimizer([
        { layers: m.layers.slice(0, 2), optimizer: nt.optimizers.adam({ learningRate: (t: number) => 0.003 / (1 + 0.01 * t) }) },
        { layers: [m.layers[2]!], optimizer: nt.optimizers.sgd({ learningRate: 0.03, momentum: 0.9 }) },
      ]);
      compileSparse(m, multi);
      m.trainer!.useCompiledStep = compiled;
      const h = await m.fit(x, y, { epochs: 15, batchSize: 16, verbose: 0 });
      const steps = [multi.iterations, ...multi.groups.map((g) => g.optimizer.iterations)];
      return { runner: m.trainer!.lastRunner, weights: snapshot(m).map((w) => Array.from(w)), loss: h.history.loss!, steps };
    };
    const [eager, plan] = [await run(false), await run(true)];
    expect([eager.runner, plan.runner]).toEqual(["eager", "compiled"]);
    expect(plan.steps).toEqual([90, 90, 90]);
    expect(eager.steps).toEqual(plan.steps);
    // The compiled step folds softmax into the cross-entropy: equal to float rounding, not bit for bit.
    plan.weights.flat().forEach((v, i) => expect(v).toBeCloseTo(eager.weights.flat()[i]!, 4));
    plan.loss.forEach((l, i) => expect(l).toBeCloseTo(eager.loss[i]!, 4));
    expect(plan.loss.at(-1)!).toBeLessThan(plan.loss[0]! * 0.7);
  });

  it("a group frozen for a while keeps its own step count and schedule in the compiled step, as in the eager step", async () => {
    const run = async (compiled: boolean) => {
      const m = mlp(3);
      const { x, y } = problem(64, 5);
      const base = nt.optimizers.adam({ learningRate: (t: number) => 0.01 / (1 + t) });
      const multi = transfer.multiOptimizer([{ layers: m.layers.slice(0, 2), optimizer: base }, { optimizer: nt.optimizers.adam({ learningRate: 0.01 }) }]);
      compileSparse(m, multi);
      m.trainer!.useCompiledStep = compiled;
      m.layers[0]!.trainable = m.layers[1]!.trainable = false;
      await m.fit(x, y, { epochs: 2, batchSize: 16, verbose: 0 });
      m.layers[0]!.trainable = m.layers[1]!.trainable = true;
      await m.fit(x, y, { epochs: 2, batchSize: 16, verbose: 0 });
      return { runner: m.trainer!.lastRunner, weights: snapshot(m).map((w) => Array.from(w)), steps: [multi.iterations, base.iterations] };
    };
    const [eager, plan] = [await run(false), await run(true)];
    expect([eager.runner, plan.runner]).toEqual(["eager", "compiled"]);
    // 4 batches per epoch: the head took 16 steps, the base only the last 8.
    expect(plan.steps).toEqual([16, 8]);
    expect(eager.steps).toEqual(plan.steps);
    plan.weights.flat().forEach((v, i) => expect(v).toBeCloseTo(eager.weights.flat()[i]!, 4));
  });

  it("leaves a MultiOptimizer with a group that stepped on its own to the eager step", async () => {
    const m = mlp(3);
    const { x, y } = problem(32, 5);
    const early = nt.optimizers.adam();
    early.iterations = 4;
    compileSparse(m, transfer.multiOptimizer([{ layers: [m.layers[0]!], optimizer: early }, { optimizer: nt.optimizers.adam() }]));
    await m.fit(x, y, { epochs: 1, batchSize: 16, verbose: 0 });
    expect(m.trainer!.lastRunner).toBe("eager");
    expect(m.trainer!.lastRunnerReason).toMatch(/taken 4 steps, more than the MultiOptimizer's 0/);
  });

  it("a group with a zero rate leaves its layers unchanged", async () => {
    const m = mlp(4);
    const { x, y } = problem(32, 6);
    compileSparse(m, transfer.multiOptimizer([
      { layers: [m.layers[0]!], optimizer: nt.optimizers.sgd({ learningRate: 0 }) },
      { optimizer: nt.optimizers.sgd({ learningRate: 0.1 }) },
    ]));
    const first = snapshot(m.layers[0]!), last = snapshot(m.layers[2]!);
    await m.fit(x, y, { epochs: 1, batchSize: 8, verbose: 0 });
    expect(snapshot(m.layers[0]!)).toEqual(first);
    expect(snapshot(m.layers[2]!)[0]).not.toEqual(last[0]);
  });

  it("setting learningRate rescales every group, so learning-rate callbacks keep the ratios", async () => {
    const m = mlp();
    const slow = nt.optimizers.adam({ learningRate: 0.001 }), fast = nt.optimizers.adam({ learningRate: 0.01 });
    const multi = transfer.multiOptimizer([{ layers: [m.layers[0]!], optimizer: slow }, { optimizer: fast }]);
    expect(multi.learningRate).toBe(0.001);
    multi.learningRate = 0.0005;
    expect(slow.learningRate).toBeCloseTo(0.0005, 12);
    expect(fast.learningRate).toBeCloseTo(0.005, 12);
    const { x, y } = problem(16, 1);
    compileSparse(m, multi);
    await m.fit(x, y, { epochs: 2, batchSize: 16, verbose: 0, callbacks: [callbacks.learningRateScheduler((e) => 0.0001 * (e + 1))] });
    expect(slow.learningRate).toBeCloseTo(0.0002, 12);
    expect(fast.learningRate).toBeCloseTo(0.002, 12);
  });

  it("getWeights/setWeights round-trip every group's state", () => {
    const a = mlp(1), b = mlp(1);
    const make = (m: ReturnType<typeof mlp>) => transfer.multiOptimizer([
      { layers: [m.layers[0]!], optimizer: nt.optimizers.adam() },
      { optimizer: nt.optimizers.rmsprop({ momentum: 0.5 }) },
    ]);
    const ma = make(a), mb = make(b);
    ma.applyGradients(grads(a, 1), a.trainableWeights);
    b.setWeights(a.getWeights());
    mb.build(b.trainableWeights);
    mb.setWeights(ma.getWeights());
    ma.applyGradients(grads(a, 2), a.trainableWeights);
    mb.applyGradients(grads(b, 2), b.trainableWeights);
    expect(snapshot(b)).toEqual(snapshot(a));
    expect(mb.iterations).toBe(2);
  });

  it("names what is wrong: unrouted variables, shared instances, two catch-all groups", () => {
    const m = mlp();
    const only = transfer.multiOptimizer([{ layers: [m.layers[0]!], optimizer: nt.optimizers.sgd() }]);
    expect(() => only.applyGradients(grads(m, 1), m.trainableWeights)).toThrow(/variable ".*dense.*" belongs to no group/);
    const shared = nt.optimizers.sgd();
    expect(() => transfer.multiOptimizer([{ layers: [m.layers[0]!], optimizer: shared }, { optimizer: shared }])).toThrow(/share one optimizer instance/);
    expect(() => transfer.multiOptimizer([{ optimizer: nt.optimizers.sgd() }, { optimizer: nt.optimizers.adam() }])).toThrow(/only one group may take the rest/);
    expect(() => transfer.multiOptimizer([])).toThrow(nt.NeuriteError);
  });
});
