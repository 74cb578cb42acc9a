// Kernel threads: each row runs with the thread count (or the fallback reason) its runner expects,
// and a fit big enough to split its kernels across threads must give the same bits on every SIMD
// row, threaded or not.
import * as nt from "neurite";
import { assert, assertEqual, fnv1a, randomArray } from "../harness.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** "auto" lets workers join in the background: waits (up to 20 s) for the expected count. */
async function settledThreads(want) {
  for (let waited = 0; nt.backendInfo().threads < want && waited < 20_000; waited += 50) await sleep(50);
  return nt.backendInfo();
}

export function registerThreadsTests(t, facts, expect) {
  t.test("threads: the expected kernel threads, or the reason there are none", async () => {
    await nt.setBackend("wasm");
    const info = await settledThreads(expect.threads);
    facts.threads = info.threads;
    facts.threadsReason = info.threadsReason;
    assertEqual(info.threads, expect.threads, `nt.backendInfo().threads (reason: ${info.threadsReason})`);
    if (expect.threadsReason) {
      assert(new RegExp(expect.threadsReason).test(info.threadsReason ?? ""), `threadsReason "${info.threadsReason}" should match /${expect.threadsReason}/`);
    } else if (expect.threads > 1) {
      assertEqual(info.threadsReason, undefined, "threadsReason of a threaded backend");
    }
  });

  t.test("threads: a fit whose kernels split across threads repeats exactly", async () => {
    await nt.setBackend("wasm");
    const pool = nt.engine.backend.mod.threads;
    const fit = async () => {
      nt.setSeed(99);
      const model = nt.sequential([
        nt.layers.dense({ units: 256, activation: "relu", inputShape: [192] }),
        nt.layers.dense({ units: 10, activation: "softmax" }),
      ]);
      model.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "categoricalCrossentropy" });
      model.trainer.useCompiledStep = false;
      const x = nt.tensor(randomArray(256 * 192, 41), [256, 192]);
      const y = nt.oneHot(nt.tensor(Int32Array.from(randomArray(256, 42, 0, 10), Math.floor), [256], "int32"), 10);
      await model.fit(x, y, { epochs: 2, batchSize: 128, verbose: 0 });
      const hash = fnv1a(model.weights.map((w) => w.data()));
      model.dispose();
      nt.dispose([x, y]);
      return hash;
    };
    const before = pool?.dispatches ?? 0;
    const hash = await fit();
    // 128×192×256 products and 49,152-weight Adam updates are above the split thresholds.
    if (expect.threads > 1) assert(pool.dispatches > before, "the fit should have split kernels across threads");
    assertEqual(await fit(), hash, "weights hash of a second run in the same process");
    facts.splitFitHash = hash;
  });
}
