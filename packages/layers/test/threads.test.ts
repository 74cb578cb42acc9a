// fit() with the eager step and with the compiled plan must end with the same
// weight bits for 1, 2 and 3 kernel threads (the thread count is a speed
// setting, never a numerics one).
import { describe, expect, it } from "vitest";
import * as nt from "@neurite/core";
// Shared with core's threads suite (layers depends on core, so no cycle); turbo.json lists it as an input of these tests.
import { bitsOf, expectSameBits, sweepThreads, useTwoThreads } from "../../core/test/thread-sweep.js";
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
  const bits = bitsOf(model.getWeights());
  model.dispose();
  nt.dispose([data.x, data.ids, data.oneHot, data.binary]);
  return bits;
}

describe("fit with kernel threads", () => {
  useTwoThreads(nt);

  it.each([false, true])("compiled=%s gives bit-identical weights with 1, 2 and 3 threads", { timeout: 60_000 }, async (compiled) => {
    expect(nt.backendInfo().threadsReason).toBeUndefined();
    // The eager step splits its big kernels; a plan runs its kernels inside wasm, on the calling thread (for now).
    const runs = await sweepThreads(nt, nt.engine.backend.mod.threads!, () => fitBits(compiled), !compiled);
    expectSameBits(runs, "weight");
  });
});
