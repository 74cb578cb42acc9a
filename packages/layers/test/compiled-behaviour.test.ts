import { afterAll, describe, expect, it } from "vitest";
import * as nt from "@neurite/core";
import { Model, layers, regularizers, sequential, type CompileArgs } from "../src/index.js";
import { compileRunner, Unsupported } from "../src/training/compiled/index.js";
import { BACKENDS, maxRelError, toyData, train } from "./compiled-helpers.js";

const previous = nt.backendName();
afterAll(() => nt.setBackend(previous));

const mlp = () => sequential([
  layers.dense({ units: 16, activation: "relu", inputShape: [6] }),
  layers.dense({ units: 8, activation: "tanh" }),
  layers.dense({ units: 3, activation: "softmax" }),
]);
const adam = (): CompileArgs => ({ optimizer: nt.optimizers.adam({ learningRate: 0.02 }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });

describe.each(BACKENDS)("frozen layers on %s", (backend) => {
  it("keep their weights, get no gradient ops, and match the eager step", async () => {
    await nt.setBackend(backend);
    const d = toyData(50, 6, 3, 2);
    const freeze = (m: ReturnType<typeof mlp>) => {
      m.ensureBuilt();
      m.layers[0]!.trainable = false;
    };
    nt.setSeed(7);
    const initial = mlp();
    initial.ensureBuilt();
    const before = initial.getWeights().map((w) => Array.from(w.data()));
    const eager = await train(mlp, adam, d.x, d.ids, { epochs: 3, batchSize: 8 }, "eager", freeze);
    const plan = await train(mlp, adam, d.x, d.ids, { epochs: 3, batchSize: 8 }, "unfused", freeze);
    expect(plan.weights.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(plan.weights[2]).not.toEqual(before[2]);
    expect(maxRelError(plan.weights, eager.weights)).toBeLessThan(backend === "js" ? 1e-6 : 1e-12);
  });
});

describe("the compiled plan", () => {
  it("skips the first layer's input gradient and every gradient below the first trainable layer", async () => {
    await nt.setBackend("wasm");
    const d = toyData(50, 6, 3, 2);
    const m = mlp();
    m.compile(adam());
    m.trainer!.prepare(d.x);
    const program = (frozen: boolean) => {
      m.layers[0]!.trainable = !frozen;
      const r = compileRunner(m.trainer!, { x: d.x, y: d.ids, batchSize: 8 });
      const ops = r.program();
      r.dispose();
      return ops;
    };
    const count = (ops: string[], name: string) => ops.filter((o) => o === name).length;
    // 3 forward GEMMs; backward: dW for each layer, dX for layers 2 and 3 only.
    const all = program(false);
    expect(count(all, "sgemm")).toBe(3 + 3 + 2);
    expect(count(all, "adam")).toBe(6);
    expect(all).toContain("softmax"); // probabilities for the accuracy metric; the loss reads the logits
    expect(all.filter((o) => o === "loss")).toHaveLength(1);
    const frozen = program(true);
    expect(count(frozen, "sgemm")).toBe(3 + 2 + 1);
    expect(count(frozen, "adam")).toBe(4);
    expect(count(frozen, "activationBackward")).toBe(1);
  });

  it("shares weights and optimizer state with the eager step: 2 compiled + 2 eager epochs = 4 eager epochs", async () => {
    await nt.setBackend("wasm-simd");
    const d = toyData(50, 6, 3, 3);
    const build = () => sequential([layers.dense({ units: 10, activation: "tanh", inputShape: [6] }), layers.dense({ units: 3 })]);
    const run = async (modes: boolean[]) => {
      nt.setSeed(7);
      const m = build();
      m.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.01 }), loss: "mse" });
      nt.setSeed(99);
      const losses: number[] = [];
      for (const compiled of modes) {
        m.trainer!.useCompiledStep = compiled;
        const h = await m.fit(d.x, d.oneHot, { epochs: 1, batchSize: 8, verbose: 0 });
        expect(m.trainer!.lastRunner).toBe(compiled ? "compiled" : "eager");
        losses.push(...h.history.loss!);
      }
      return { w: m.getWeights().map((w) => Array.from(w.data())), losses, it: m.trainer!.optimizer.iterations };
    };
    const mixed = await run([true, true, false, false]);
    const eager = await run([false, false, false, false]);
    expect(mixed.w).toEqual(eager.w);
    expect(mixed.losses).toEqual(eager.losses);
    expect(mixed.it).toBe(4 * 7);
  });

  it("reaches the eager step's accuracy on a toy problem", async () => {
    await nt.setBackend("wasm");
    const d = toyData(400, 6, 3, 4);
    const fitArgs = { epochs: 40, batchSize: 32, validationSplit: 0.25 };
    const eager = await train(mlp, adam, d.x, d.ids, fitArgs, "eager");
    const plan = await train(mlp, adam, d.x, d.ids, fitArgs, "compiled");
    const acc = (t: typeof eager) => t.history.history.val_accuracy!.at(-1)!;
    expect(acc(plan)).toBeGreaterThan(0.85);
    expect(Math.abs(acc(plan) - acc(eager))).toBeLessThanOrEqual(0.01);
    expect(plan.history.history.loss!.at(-1)!).toBeCloseTo(eager.history.history.loss!.at(-1)!, 3);
  });

  it("runs per batch when a callback wants batches, with the same losses", async () => {
    await nt.setBackend("wasm");
    const d = toyData(50, 6, 3, 5);
    const seen: number[] = [];
    const cb = { onBatchEnd: (_: number, logs?: Record<string, number>) => void seen.push(logs!.loss!) };
    const plan = await train(mlp, adam, d.x, d.ids, { epochs: 1, batchSize: 8, callbacks: [cb] }, "unfused");
    const perBatch = seen.splice(0);
    await train(mlp, adam, d.x, d.ids, { epochs: 1, batchSize: 8, callbacks: [cb] }, "eager");
    expect(plan.runner).toBe("compiled");
    expect(perBatch).toHaveLength(7);
    expect(perBatch).toEqual(seen);
  });

  it("reports the penalty of the weights a step started from, like the eager step and Keras", async () => {
    await nt.setBackend("wasm");
    const d = toyData(40, 6, 3, 9);
    for (const compiled of [false, true]) {
      nt.setSeed(3);
      const m = sequential([layers.dense({ units: 3, inputShape: [6], kernelRegularizer: regularizers.l2(0.5) })]);
      m.compile({ optimizer: nt.optimizers.sgd({ learningRate: 0.5 }), loss: "sparseCategoricalCrossentropy" });
      m.trainer!.useCompiledStep = compiled;
      const before = m.evaluate(d.x, d.ids) as number;
      const h = await m.fit(d.x, d.ids, { epochs: 1, batchSize: 40, shuffle: false, verbose: 0 });
      expect(m.trainer!.lastRunner, String(m.trainer!.lastRunnerReason)).toBe(compiled ? "compiled" : "eager");
      // One step with a strong L2 pull: the penalty after the update would be far smaller.
      expect(h.history.loss![0]).toBeCloseTo(before, 5);
      expect(m.evaluate(d.x, d.ids) as number).toBeLessThan(before - 0.01);
    }
  });
});

describe("fallback to the eager step", () => {
  class Net extends Model {
    d = layers.dense({ units: 3, activation: "softmax" });
    override call(x: nt.Tensor) {
      return this.d.apply(x);
    }
  }
  const cases: [string, () => Model, () => CompileArgs, RegExp][] = [
    ["batch normalization", () => sequential([layers.dense({ units: 4, inputShape: [6] }), layers.batchNormalization(), layers.dense({ units: 3, activation: "softmax" })]), adam, /BatchNormalization/],
    ["a custom loss", mlp, () => ({ optimizer: "adam", loss: function myLoss(y, p) { return nt.losses.meanSquaredError(nt.oneHot(y, 3), p); } }), /custom loss "myLoss"/],
    ["clipNorm", mlp, () => ({ optimizer: nt.optimizers.sgd({ clipNorm: 1 }), loss: "sparseCategoricalCrossentropy" }), /clipNorm/],
    ["a subclassed model", () => new Net(), adam, /Sequential/],
    ["an activity regularizer", () => sequential([layers.dense({ units: 3, inputShape: [6], activityRegularizer: regularizers.l2() })]), () => ({ optimizer: "sgd", loss: "sparseCategoricalCrossentropy" }), /activity regularizer/],
  ];
  it.each(cases)("%s trains eagerly and says why", async (_, build, compile, why) => {
    await nt.setBackend("wasm");
    const d = toyData(40, 6, 3, 6);
    const m = build();
    m.compile(compile());
    const h = await m.fit(d.x, d.ids, { epochs: 2, batchSize: 8, verbose: 0 });
    expect(h.history.loss).toHaveLength(2);
    expect(m.trainer!.lastRunner).toBe("eager");
    expect(m.trainer!.lastRunnerReason).toMatch(why);
  });

  it("refuses labels the loss would reject (fit names them before any step)", async () => {
    await nt.setBackend("wasm");
    const d = toyData(40, 6, 3, 6);
    const m = mlp();
    m.compile(adam());
    const bad = nt.tensor(Int32Array.from({ length: 40 }, (_, i) => (i === 13 ? 7 : 0)), [40], "int32");
    await expect(m.fit(d.x, bad, { batchSize: 8, verbose: 0 })).rejects.toThrow(/label 7 at row 13/);
    m.trainer!.prepare(d.x);
    expect(() => compileRunner(m.trainer!, { x: d.x, y: bad, batchSize: 8 })).toThrow(Unsupported);
  });
});
