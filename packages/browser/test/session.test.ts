// The worker's message handling, run in-process: what trainInWorker's worker does with each message.
import * as nt from "@neurite/core";
import { io } from "@neurite/layers";
import { describe, expect, it } from "vitest";
import type { FromWorker, TrainSpec } from "../src/index.js";
import { buildModel, createSession } from "../src/worker/session.js";
import { smallModel } from "./helpers.js";

function harness() {
  const got: FromWorker[] = [];
  const handle = createSession((m) => got.push(m));
  return { got, handle, of: <T extends FromWorker["type"]>(t: T) => got.filter((m): m is Extract<FromWorker, { type: T }> => m.type === t) };
}

function spec(extra: Partial<TrainSpec> = {}): TrainSpec {
  const n = 30;
  return {
    model: { inputShape: [3], layers: [{ type: "dense", units: 6, activation: "relu" }, { type: "dropout", rate: 0.2 }, { type: "dense", units: 2, activation: "softmax" }] },
    compile: { optimizer: "adam", loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] },
    x: { data: Float32Array.from({ length: n * 3 }, (_, i) => Math.sin(i)), shape: [n, 3] },
    y: { data: Int32Array.from({ length: n }, (_, i) => i % 2), shape: [n] },
    fit: { epochs: 3, batchSize: 8 },
    seed: 5,
    batchIntervalMs: 0,
    ...extra,
  };
}

describe("the worker session", () => {
  it("trains: every batch loss once, one epoch event per epoch, then done with history and weights", async () => {
    const h = harness();
    await h.handle({ type: "train", spec: spec() });
    const batches = h.of("batch");
    expect(batches.flatMap((b) => b.losses)).toHaveLength(3 * 4);
    expect(batches.map((b) => [b.epoch, b.firstBatch])).toEqual([[0, 0], [1, 0], [2, 0]]);
    expect(h.of("epoch").map((e) => [e.epoch, Object.keys(e.logs).sort()])).toEqual([0, 1, 2].map((e) => [e, ["accuracy", "loss"]]));
    const [done] = h.of("done");
    expect(done!.history.loss).toEqual(h.of("epoch").map((e) => e.logs.loss));
    expect(done!.weights.map((w) => w.shape)).toEqual([[3, 6], [6], [6, 2], [2]]);
  });

  it("batches are grouped by batchIntervalMs, and the same seed gives the same weights", async () => {
    const a = harness();
    const b = harness();
    await a.handle({ type: "train", spec: spec({ batchIntervalMs: 60_000 }) });
    await b.handle({ type: "train", spec: spec() });
    // One message per epoch: the interval never elapses, and each epoch's end flushes.
    expect(a.of("batch").map((m) => m.losses.length)).toEqual([4, 4, 4]);
    expect(a.of("done")[0]!.weights.map((w) => w.data)).toEqual(b.of("done")[0]!.weights.map((w) => w.data));
  });

  it("continues from TF.js artifacts and answers getWeights and predict", async () => {
    const model = smallModel(2);
    const store = io.memory();
    await model.save(store);
    const artifacts = await store.load();
    const h = harness();
    const x = { data: new Float32Array(12).fill(0.5), shape: [4, 3] };
    const y = { data: new Float32Array(8).fill(0.5), shape: [4, 2] };
    await h.handle({ type: "train", spec: { ...spec(), model: { artifacts }, compile: { optimizer: { name: "sgd", learningRate: 0 }, loss: "mse" }, x, y } });
    await h.handle({ type: "getWeights", id: 1 });
    expect(h.of("weights")[0]!.weights.map((w) => Array.from(w.data))).toEqual(model.weights.map((w) => Array.from(w.data())));
    await h.handle({ type: "predict", id: 2, x: { data: new Float32Array([0.1, 0.2, 0.3]), shape: [1, 3] } });
    const want = nt.tidy(() => Array.from(model.predict(nt.tensor([[0.1, 0.2, 0.3]])).data()));
    expect(h.of("prediction")[0]).toMatchObject({ id: 2, y: { shape: [1, 2], data: Float32Array.from(want) } });
  });

  it("stop ends training after the current epoch", async () => {
    const h = harness();
    const run = h.handle({ type: "train", spec: spec({ fit: { epochs: 50_000, batchSize: 8 } }) });
    await new Promise((r) => setTimeout(r, 50));
    await h.handle({ type: "stop" });
    await run;
    const epochs = h.of("done")[0]!.epochs.length;
    expect(epochs).toBeGreaterThan(0);
    expect(epochs).toBeLessThan(50_000);
  });

  it("reports bad specs and early requests as errors naming the problem", async () => {
    const h = harness();
    await h.handle({ type: "getWeights", id: 7 });
    expect(h.of("failed")[0]).toMatchObject({ id: 7, code: "NOT_FOUND" });
    await h.handle({ type: "train", spec: spec({ compile: { optimizer: "lbfgs" as "adam", loss: "mse" } }) });
    await h.handle({ type: "train", spec: spec({ x: { data: [1, 2] as unknown as Float32Array, shape: [2] } }) });
    expect(h.of("error").map((e) => [e.code, e.message])).toEqual([
      ["BAD_ARGUMENT", expect.stringMatching(/unknown optimizer "lbfgs"/)],
      ["BAD_ARGUMENT", expect.stringMatching(/x must be \{data: Float32Array \| Int32Array/)],
    ]);
    expect(() => buildModel({ inputShape: [2], layers: [] })).toThrow(/non-empty layers list/);
  });
});
