// A seeded training run must end with the same bits whatever the thread count,
// and the same as the single-threaded SIMD backend: every split kernel computes
// each output element exactly as the one-thread call does.
import { describe, expect, it } from "vitest";
import * as nt from "../src/index.js";
import { rand } from "./helpers.js";
import { bitsOf, expectSameBits, sweepThreads, useTwoThreads } from "./thread-sweep.js";

const [ROWS, IN, H1, H2, OUT] = [128, 784, 128, 64, 10];

/** Bits of every weight after a few Adam steps of a 784-128-64-10 MLP on one seeded batch. */
function train(steps: number): Uint32Array[] {
  nt.setSeed(3);
  const init = nt.initializers.glorotUniform();
  const vars = [[IN, H1], [H1], [H1, H2], [H2], [H2, OUT], [OUT]].map((shape, i) =>
    nt.variable(shape.length === 2 ? init.apply(shape) : nt.zeros(shape), { name: `v${i}` }));
  const [w1, b1, w2, b2, w3, b3] = vars as [nt.Variable, nt.Variable, nt.Variable, nt.Variable, nt.Variable, nt.Variable];
  const x = nt.tensor(rand(ROWS * IN, 5), [ROWS, IN]);
  const y = nt.oneHot(nt.tensor(rand(ROWS, 6, 0, OUT).map(Math.floor), [ROWS], "int32"), OUT);
  const optimizer = nt.optimizers.adam({ learningRate: 1e-3 });
  for (let s = 0; s < steps; s++) {
    nt.tidy(() => {
      const tape = new nt.GradientTape();
      const loss = tape.run(() => {
        const h1 = nt.relu(nt.add(nt.matMul(x, w1), b1));
        const h2 = nt.tanh(nt.add(nt.matMul(h1, w2), b2));
        return nt.losses.categoricalCrossentropy(y, nt.softmax(nt.add(nt.matMul(h2, w3), b3)));
      });
      optimizer.applyGradients(tape.gradient(loss, vars), vars);
    });
  }
  const bits = bitsOf(vars);
  nt.dispose([x, y, ...vars]);
  optimizer.dispose();
  return bits;
}

describe("threads", () => {
  useTwoThreads(nt);

  it("reports the threads in backendInfo(), or why there are none", () => {
    const info = nt.backendInfo();
    expect(info.name).toBe("wasm");
    expect(info.flavour).toBe("simd");
    if (info.threadsReason === undefined) expect(info.threads).toBe(2);
    else expect(info.threads).toBe(1);
  });

  it("trains to bit-identical weights with 1, 2 and 3 threads and on the single-threaded SIMD backend", { timeout: 60_000 }, async (ctx) => {
    const pool = nt.engine.backend.mod.threads;
    // Vitest's browser page is not cross-origin isolated, so it has no shared memory: the matrix's isolated
    // Chromium row covers threads in the browser. Anywhere else a missing pool is a failure.
    const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
    if (!pool && isolated === false) ctx.skip(`no threads in a non-isolated page: ${nt.backendInfo().threadsReason}`);
    expect(pool, nt.backendInfo().threadsReason).toBeDefined();
    const runs = await sweepThreads(nt, pool!, () => train(3));
    await nt.setBackend("wasm-simd");
    runs.push(train(3));
    await nt.setBackend("wasm");
    expectSameBits(runs, "variable");
  });

  it("rejects a bad thread count", async () => {
    await expect(nt.setThreads(0)).rejects.toThrow(nt.NeuriteError);
    await expect(nt.setThreads(1.5)).rejects.toThrow(nt.NeuriteError);
  });
});
