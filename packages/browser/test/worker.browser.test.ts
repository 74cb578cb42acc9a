// trainInWorker in Chromium with a real module Worker: streamed progress, snapshots, predictions, stop.
import { describe, expect, it } from "vitest";
import { trainInWorker, type TrainSpec } from "../src/index.js";

/** XOR-like 2-D data: label 1 when the signs of x and y differ. */
function spec(epochs: number, extra: Partial<TrainSpec> = {}): TrainSpec {
  const n = 64;
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = ((i * 37) % 17) / 8 - 1;
    const b = ((i * 53) % 13) / 6 - 1;
    x.set([a, b], i * 2);
    y[i] = a * b < 0 ? 1 : 0;
  }
  return {
    model: { inputShape: [2], layers: [{ type: "dense", units: 8, activation: "tanh" }, { type: "dense", units: 1, activation: "sigmoid" }] },
    compile: { optimizer: { name: "adam", learningRate: 0.05 }, loss: "binaryCrossentropy" },
    x: { data: x, shape: [n, 2] },
    y: { data: y, shape: [n, 1] },
    fit: { epochs, batchSize: 16 },
    seed: 3,
    batchIntervalMs: 0,
    ...extra,
  };
}

describe("trainInWorker", () => {
  it("streams batch and epoch events, then resolves with history and weights", async () => {
    const s = spec(5);
    const job = trainInWorker(s);
    expect(s.x.data.length).toBe(0); // transferred, not copied
    const batches: number[] = [];
    const epochs: number[] = [];
    job.on("batch", (e) => batches.push(...e.losses));
    job.on("epoch", (e) => epochs.push(e.epoch));
    const result = await job.done;
    expect(epochs).toEqual([0, 1, 2, 3, 4]);
    expect(batches).toHaveLength(5 * 4);
    expect(result.history.loss).toHaveLength(5);
    expect(result.history.loss![4]!).toBeLessThan(result.history.loss![0]!);
    expect(result.weights.map((w) => [w.name.length > 0, w.shape])).toEqual([[true, [2, 8]], [true, [8]], [true, [8, 1]], [true, [1]]]);
    const pred = await job.predict({ data: new Float32Array([0.5, -0.5, 0.5, 0.5]), shape: [2, 2] });
    expect(pred.shape).toEqual([2, 1]);
    expect(pred.data.every((p) => p > 0 && p < 1)).toBe(true);
    job.terminate();
  });

  it("is deterministic for a seed: two workers give the same weights", async () => {
    const [a, b] = await Promise.all([trainInWorker(spec(3)), trainInWorker(spec(3))].map(async (j) => {
      const r = await j.done;
      j.terminate();
      return r.weights.map((w) => Array.from(w.data));
    }));
    expect(a).toEqual(b);
  });

  it("answers weight snapshots while training and stops on request", async () => {
    const job = trainInWorker(spec(100_000));
    const first = await new Promise<number>((resolve) => job.on("epoch", (e) => resolve(e.epoch)));
    const snapshot = await job.getWeights();
    expect(snapshot).toHaveLength(4);
    job.stop();
    const result = await job.done;
    expect(result.epochs.length).toBeGreaterThan(first);
    expect(result.epochs.length).toBeLessThan(100_000);
    job.terminate();
  });

  it("reports a bad spec as an error event and a rejected done", async () => {
    const job = trainInWorker({ ...spec(1), model: { inputShape: [2], layers: [{ type: "conv9d" as "dense" }] } });
    const seen = new Promise((resolve) => job.on("error", resolve));
    await expect(job.done).rejects.toMatchObject({ code: "BAD_ARGUMENT", message: expect.stringMatching(/unknown type "conv9d"/) });
    expect(await seen).toMatchObject({ type: "error", code: "BAD_ARGUMENT" });
    await expect(job.getWeights()).rejects.toMatchObject({ code: "NOT_FOUND" });
    job.terminate();
  });
});
