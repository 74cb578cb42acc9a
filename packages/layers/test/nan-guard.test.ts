import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as nt from "@neurite/core";
import { callbacks, layers, sequential, transfer, type FitArgs, type Sequential } from "../src/index.js";

beforeAll(() => nt.ready());
afterEach(() => vi.restoreAllMocks());

/**
 * 16 rows of one feature, all small except row 9, whose 3e38 overflows float32
 * in the forward pass: with batches of 4 and no shuffling, batch 2 (0-based) is
 * the first non-finite one, in the first epoch.
 */
function data() {
  const xs = Float32Array.from({ length: 16 }, (_, i) => (i === 9 ? 3e38 : (i % 5) / 5));
  return { x: nt.tensor(xs, [16, 1]), y: nt.tensor(Float32Array.from(xs, (v) => (v > 1 ? -3e38 : 2 * v)), [16, 1]) };
}

function model(compiled: boolean, extra: "bn" | "" = ""): Sequential {
  nt.setSeed(4);
  const m = sequential([
    layers.dense({ units: 3, inputShape: [1], name: "first" }),
    ...(extra === "bn" ? [layers.batchNormalization({ name: "norm" })] : []),
    layers.dense({ units: 1, name: "last" }),
  ]);
  m.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.01 }), loss: "mse" });
  m.trainer!.useCompiledStep = compiled;
  return m;
}

const values = (m: Sequential) => m.weights.map((w) => Array.from(w.data()));

/** Fits with a per-batch callback that records every weight (moving statistics included) after each good batch. */
async function fitRecording(m: Sequential, args: FitArgs) {
  const seen: number[][][] = [values(m)];
  const { x, y } = data();
  let error: unknown;
  let history;
  try {
    history = await m.fit(x, y, { epochs: 3, batchSize: 4, shuffle: false, verbose: 0, ...args, callbacks: [{ onBatchEnd: () => void seen.push(values(m)) }] });
  } catch (e) {
    error = e;
  }
  return { seen, error, history };
}

describe("fit's NaN/Inf guard", () => {
  for (const compiled of [false, true]) {
    const step = compiled ? "compiled" : "eager";

    it(`${step}: onNaN "raise" throws NAN_LOSS naming epoch, batch and layer, and keeps the weights from before the bad batch`, async () => {
      const m = model(compiled);
      const { seen, error } = await fitRecording(m, { onNaN: "raise" });
      expect(m.trainer!.lastRunner).toBe(step);
      expect(error).toBeInstanceOf(nt.NeuriteError);
      const e = error as nt.NeuriteError & { details: Record<string, unknown> };
      expect(e.code).toBe("NAN_LOSS");
      expect(e.message).toMatch(/^fit: the loss became (Infinity|NaN) at epoch 1, batch 3 \(step 3\); first non-finite gradient: first\/kernel; first layer with a non-finite output: first\./);
      expect(e.details).toMatchObject({ epoch: 0, batch: 2, step: 2, weight: "first/kernel", output: "first" });
      expect(seen).toHaveLength(3);
      expect(values(m)).toEqual(seen[2]);
      expect(m.trainer!.optimizer.iterations).toBe(2);
    });

    it(`${step}: onNaN "stop" (the default) warns, ends training and keeps the last good weights`, async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const m = model(compiled);
      const { seen, error, history } = await fitRecording(m, {});
      expect(error).toBeUndefined();
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]![0])).toMatch(/at epoch 1, batch 3 .*Training stopped/);
      expect(m.stopTraining).toBe(true);
      expect(history!.epoch).toEqual([0]);
      expect(history!.history.loss![0]).toBeGreaterThan(0);
      expect(values(m)).toEqual(seen[seen.length - 1]);
      expect(values(m).flat().every(Number.isFinite)).toBe(true);
    });
  }

  it("compiled runs of many batches are undone to exactly the weights before the bad batch", async () => {
    // Without per-batch callbacks the compiled runner trains the whole epoch in one call; fit rolls back and replays.
    const perBatch = model(true);
    const { seen } = await fitRecording(perBatch, { onNaN: "raise" });
    const chunked = model(true);
    const { x, y } = data();
    await expect(chunked.fit(x, y, { epochs: 3, batchSize: 4, shuffle: false, verbose: 0, onNaN: "raise" })).rejects.toMatchObject({ code: "NAN_LOSS" });
    expect(chunked.trainer!.lastRunner).toBe("compiled");
    expect(values(chunked)).toEqual(seen[2]);
    expect(chunked.trainer!.optimizer.iterations).toBe(2);
  });

  it("a MultiOptimizer's groups are rolled back with it", async () => {
    const m = model(true);
    const groups = [nt.optimizers.adam({ learningRate: 0.01 }), nt.optimizers.sgd({ learningRate: 0.01 })];
    m.compile({ optimizer: transfer.multiOptimizer([{ layers: [m.layers[0]!], optimizer: groups[0]! }, { optimizer: groups[1]! }]), loss: "mse" });
    const { x, y } = data();
    await expect(m.fit(x, y, { epochs: 3, batchSize: 4, shuffle: false, verbose: 0, onNaN: "raise" })).rejects.toMatchObject({ code: "NAN_LOSS" });
    expect(m.trainer!.lastRunner).toBe("compiled");
    expect([m.trainer!.optimizer.iterations, ...groups.map((g) => g.iterations)]).toEqual([2, 2, 2]);
  });

  it("puts BatchNormalization's moving statistics back when the forward pass went non-finite", async () => {
    const m = model(false, "bn");
    const { seen, error } = await fitRecording(m, { onNaN: "raise" });
    expect((error as nt.NeuriteError).code).toBe("NAN_LOSS");
    expect(values(m)).toEqual(seen[seen.length - 1]);
    expect(m.getLayer("norm").weights.map((w) => w.name)).toContain("norm/moving_mean");
  });

  it("catches a non-finite gradient under a finite loss", async () => {
    nt.setSeed(2);
    const m = sequential([layers.dense({ units: 2, inputShape: [2], name: "only" })]);
    // sqrt'(0) is infinite: the loss is 0 while d loss / d pred is NaN.
    m.compile({ optimizer: "sgd", loss: (_y, p) => nt.sum(nt.sqrt(nt.sub(p, p))) });
    m.ensureBuilt();
    const before = values(m);
    await expect(m.fit(nt.ones([4, 2]), nt.ones([4, 2]), { verbose: 0, onNaN: "raise" })).rejects.toThrow(
      /fit: a gradient became non-finite \(loss 0\) at epoch 1, batch 1 \(step 1\); first non-finite gradient: only\/kernel/,
    );
    expect(values(m)).toEqual(before);
  });

  it("fitDataset raises or stops the same way", async () => {
    const m = model(false);
    const { x, y } = data();
    async function* batches() {
      for (let b = 0; b < 4; b++) yield [nt.slice(x, b * 4, 4), nt.slice(y, b * 4, 4)] as [nt.Tensor, nt.Tensor];
    }
    await expect(m.fitDataset({ [Symbol.asyncIterator]: batches }, { verbose: 0, onNaN: "raise" })).rejects.toThrow(/fitDataset: the loss became .* at epoch 1, batch 3/);
    expect(values(m).flat().every(Number.isFinite)).toBe(true);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const h = await model(false).fitDataset({ [Symbol.asyncIterator]: batches }, { epochs: 2, verbose: 0 });
    expect(warn).toHaveBeenCalledOnce();
    expect(h.epoch).toEqual([0]);
  });

  it('onNaN "ignore" applies the update as plain Keras does; terminateOnNaN then stops after the batch', async () => {
    const m = model(false);
    const { x, y } = data();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const h = await m.fit(x, y, { epochs: 3, batchSize: 4, shuffle: false, verbose: 0, onNaN: "ignore", callbacks: [callbacks.terminateOnNaN()] });
    expect(h.epoch).toEqual([0]);
    expect(String(warn.mock.calls[0]![0])).toMatch(/terminateOnNaN: batch 2 has loss/);
    expect(values(m).flat().some((v) => !Number.isFinite(v))).toBe(true);
  });
});
