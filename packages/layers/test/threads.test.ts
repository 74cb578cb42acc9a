// fit() with the eager step and with the compiled plan must end with the same
// weight bits for 1, 2 and 3 kernel threads (the thread count is a speed
// setting, never a numerics one).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as nt from "@neurite/core";
import { layers, sequential } from "../src/index.js";
import { toyData } from "./compiled-helpers.js";

async function fitBits(compiled: boolean): Promise<Uint32Array[]> {
  nt.setSeed(11);
  const model = sequential([
    layers.dense({ units: 256, activation: "relu", inputShape: [300] }),
    layers.dense({ units: 128, activation: "gelu" }),
    layers.dense({ units: 5, activation: "softmax" }),
  ]);
  model.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "categoricalCrossentropy" });
  model.trainer!.useCompiledStep = compiled;
  const data = toyData(384, 300, 5, 3);
  await model.fit(data.x, data.oneHot, { epochs: 1, batchSize: 128, shuffle: true, verbose: 0 });
  expect(model.trainer!.lastRunner).toBe(compiled ? "compiled" : "eager");
  const bits = model.getWeights().map((w) => new Uint32Array((w.data() as Float32Array).slice().buffer));
  model.dispose();
  nt.dispose([data.x, data.ids, data.oneHot, data.binary]);
  return bits;
}

describe("fit with kernel threads", () => {
  // Starting a worker takes 50–500 ms on this shared machine: hooks and tests that start some get longer timeouts.
  beforeAll(async () => {
    await nt.ready({ threads: 2 });
    await nt.setBackend("wasm");
  }, 60_000);
  afterAll(async () => {
    await nt.setThreads(1);
  });

  it.each([false, true])("compiled=%s gives bit-identical weights with 1, 2 and 3 threads", { timeout: 60_000 }, async (compiled) => {
    expect(nt.backendInfo().threadsReason).toBeUndefined();
    const runs: Uint32Array[][] = [];
    const pool = nt.engine.backend.mod.threads!;
    for (const n of [1, 2, 3]) {
      await nt.setThreads(n);
      expect(nt.backendInfo().threads).toBe(n);
      const before = pool.dispatches;
      runs.push(await fitBits(compiled));
      // The eager step splits its big kernels; a plan runs its kernels inside wasm, on the calling thread (for now).
      if (!compiled) expect(pool.dispatches > before).toBe(n > 1);
    }
    for (const run of runs.slice(1)) run.forEach((bits, i) => expect(bits, `weight ${i}`).toEqual(runs[0]![i]));
  });
});
