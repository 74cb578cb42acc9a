// Out of memory: models and batches too large for wasm memory fail with OUT_OF_MEMORY and the sizes involved,
// nothing is stranded, and the library keeps working afterwards.
import { loadKernels } from "@neurite/kernels";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as nt from "../src/index.js";

beforeAll(() => nt.ready());

/** A small model trained and used for prediction: proof the backend still works. */
async function stillWorks(): Promise<void> {
  nt.setSeed(3);
  const m = nt.sequential([nt.layers.dense({ units: 4, inputShape: [2], activation: "tanh" }), nt.layers.dense({ units: 1 })]);
  m.compile({ optimizer: "adam", loss: "mse" });
  const x = nt.randomNormal([32, 2]);
  const y = nt.sum(x, 1, true);
  const h = await m.fit(x, y, { epochs: 3, batchSize: 8, verbose: 0 });
  expect(h.history.loss!.every(Number.isFinite)).toBe(true);
  const p = m.predict(x);
  expect(p.shape).toEqual([32, 1]);
  nt.dispose([x, y, p]);
  m.dispose();
}

async function oom(run: () => unknown): Promise<nt.NeuriteError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(nt.NeuriteError);
    expect((e as nt.NeuriteError).code, (e as Error).message).toBe("OUT_OF_MEMORY");
    return e as nt.NeuriteError;
  }
  return expect.fail("expected OUT_OF_MEMORY");
}

describe("out of memory in the default backend (4 GiB maximum)", () => {
  it("a model too large to build names the weight, its shape and bytes", async () => {
    const before = nt.memory();
    // The input shape is declared, so the model builds on construction (as in Keras) and fails there.
    const e = await oom(() => nt.sequential([nt.layers.dense({ units: 100_000, inputShape: [100_000], name: "huge" })]));
    expect(e.message).toMatch(/weight huge\/kernel of shape \[100000, 100000\]: .* needs 40000000000 bytes/);
    expect(nt.memory().numBytes).toBeLessThanOrEqual(before.numBytes + 400_000 * 2);
    await stillWorks();
  }, 30_000);

  it("a batch whose activations do not fit fails in predict and fit, then smaller ones train", async () => {
    const m = nt.sequential([nt.layers.dense({ units: 100_000, inputShape: [3] }), nt.layers.dense({ units: 1 })]);
    m.compile({ optimizer: "sgd", loss: "mse" });
    const x = nt.ones([20_000, 3]);
    const y = nt.zeros([20_000, 1]);
    m.predict(nt.ones([1, 3])).dispose();
    const live = nt.memory().numTensors;
    const e = await oom(() => m.predict(x, { batchSize: 20_000 }));
    expect(e.message).toMatch(/matMul: a float32 tensor of shape \[20000, 100000\] needs 8000000000 bytes/);
    await oom(() => m.fit(x, y, { batchSize: 20_000, verbose: 0 }));
    expect(nt.memory().numTensors, "tensors stranded by the failed calls").toBe(live);
    const h = await m.fit(nt.slice(x, 0, 64), nt.slice(y, 0, 64), { batchSize: 32, verbose: 0 });
    expect(h.history.loss!.every(Number.isFinite)).toBe(true);
    m.dispose();
    await stillWorks();
  }, 30_000);
});

describe("out of memory when wasm memory cannot grow (a backend capped at 16 MiB)", () => {
  let n = 0;
  beforeEach(async () => {
    // 256 pages: growing past 16 MiB fails inside memory.grow, the path a browser tab's limits take. A fresh
    // backend per test: the heap does not merge freed blocks, so one test's 1 MiB blocks could not serve another's 4 MiB.
    nt.engine.adopt(`capped${n++}` as nt.BackendName, await loadKernels({ maximumPages: 256 }));
  });
  afterAll(() => nt.setBackend("wasm"));

  it("allocating until failure gives OUT_OF_MEMORY with the sizes, and freeing makes room again", async () => {
    const held: nt.Tensor[] = [];
    const e = await oom(() => {
      for (;;) held.push(nt.zeros([256, 1024]));
    });
    expect(e.message).toMatch(/fill: a float32 tensor of shape \[256, 1024\] needs 1048576 bytes; out of memory: cannot grow wasm memory from \d+ to \d+ bytes/);
    expect(held.length).toBeGreaterThan(8);
    nt.dispose(held);
    const again = Array.from({ length: held.length }, () => nt.zeros([256, 1024]));
    nt.dispose(again);
  }, 30_000);

  it("fit with a batch too large for the capped memory fails, then a small batch trains on the same backend", async () => {
    nt.setSeed(5);
    const m = nt.sequential([nt.layers.dense({ units: 512, inputShape: [64], activation: "relu" }), nt.layers.dense({ units: 1 })]);
    m.compile({ optimizer: "adam", loss: "mse" });
    const x = nt.randomNormal([16_384, 64]);
    const y = nt.randomNormal([16_384, 1]);
    await oom(() => m.fit(x, y, { batchSize: 16_384, verbose: 0 }));
    const h = await m.fit(x, y, { batchSize: 256, epochs: 1, verbose: 0 });
    expect(h.history.loss!.every(Number.isFinite)).toBe(true);
    m.dispose();
    nt.dispose([x, y]);
    await stillWorks();
  }, 30_000);
});
