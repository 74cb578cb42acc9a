import { describe, expect, it } from "vitest";
import {
  PLAN_HEADER_WORDS, PlanHeader, PlanLoss, PlanMetric, PlanWriter, type KernelModule,
} from "../src/index.js";
import { expectBadArgument, expectClose, flavours, randomArray } from "./harness.js";

const mods = await flavours();
const f = Math.fround;

/** Per-call arrays and a place for a plan; `load` writes a plan and returns its pointer. */
function calls(mod: KernelModule, steps: number, keysPerStep: number, metricCount: number) {
  const io = {
    lrs: mod.allocFloats(steps), keys: mod.allocInts(Math.max(1, steps * keysPerStep)), keysPerStep,
    losses: mod.heap.alloc(8 * steps), metrics: mod.heap.alloc(16 * Math.max(1, metricCount)), metricCount, steps: 0,
  };
  return {
    io,
    load: (w: PlanWriter) => mod.uploadInts(w.words(io)),
    losses: (n: number) => Array.from(new Float64Array(mod.memory.buffer, io.losses, n)),
    metrics: () => Array.from(new Float64Array(mod.memory.buffer, io.metrics, 2 * metricCount)),
    setSteps: (plan: number, t: number) => mod.writeInts(plan + 4 * PlanHeader.steps, [t]),
  };
}

const ROWS = 23, IN = 5, HID = 7, OUT = 3, BATCH = 4;

/** A 5-7-3 tanh/dropout/softmax net with sparse labels and sample weights, trained for two epochs. */
function trainNet(mod: KernelModule) {
  const up = (n: number, seed: number, lo = -1, hi = 1) => mod.uploadFloats(randomArray(n, seed, lo, hi));
  const x = up(ROWS * IN, 1), sw = up(ROWS, 2, 0.5, 1.5);
  const y = mod.uploadInts(Array.from({ length: ROWS }, (_, i) => (i * 7) % OUT));
  const [W1, b1, W2, b2] = [up(IN * HID, 3), up(HID, 4, -0.1, 0.1), up(HID * OUT, 5), up(OUT, 6, -0.1, 0.1)];
  const zeros = (n: number) => mod.uploadFloats(new Float32Array(n));
  const [m1, v1, mb, vb, mom2, gW1, gb1, gW2, gb2] = [IN * HID, IN * HID, HID, HID, HID * OUT, IN * HID, HID, HID * OUT, OUT].map(zeros);
  const buf = (w: number) => zeros(BATCH * w);
  const [X, SW, Z1, A1, D1, M1, Z2, P, dZ2, dD1, dA1, dZ1] = [IN, 1, HID, HID, HID, HID, OUT, OUT, OUT, HID, HID, HID].map(buf);
  const Y = mod.allocInts(BATCH);
  const idx = mod.allocInts(ROWS);
  const c = calls(mod, 6, 1, 1);
  const plan = (m: number) => {
    const w = new PlanWriter()
      .op("gather", x, ROWS, IN, idx, BATCH, m, X!, 0).op("gather", y, ROWS, 1, idx, BATCH, m, Y, 1)
      .op("gather", sw, ROWS, 1, idx, BATCH, m, SW!, 0)
      .op("sgemm", 0, 0, m, HID, IN, 1, X!, IN, W1!, HID, 0, Z1!, HID).op("biasAdd", m, HID, Z1!, b1!, Z1!)
      .op("activation", 5, m * HID, 0, Z1!, A1!).op("dropout", m * HID, A1!, D1!, M1!, 0.25, 0)
      .op("sgemm", 0, 0, m, OUT, HID, 1, D1!, HID, W2!, OUT, 0, Z2!, OUT).op("biasAdd", m, OUT, Z2!, b2!, Z2!)
      .op("softmax", m, OUT, Z2!, P!).op("loss", PlanLoss.sparseSoftmaxCrossEntropy, m, OUT, Z2!, Y, SW!, dZ2!, 0)
      .op("metric", PlanMetric.sparseCategoricalAccuracy, m, OUT, P!, Y, 0)
      .op("biasGrad", m, OUT, dZ2!, gb2!).op("sgemm", 1, 0, HID, OUT, m, 1, D1!, HID, dZ2!, OUT, 0, gW2!, OUT)
      .op("sgemm", 0, 1, m, HID, OUT, 1, dZ2!, OUT, W2!, OUT, 0, dD1!, HID).op("dropoutBackward", m * HID, dD1!, M1!, dA1!)
      .op("activationBackward", 5, m * HID, 0, Z1!, A1!, dA1!, dZ1!)
      .op("sgemm", 1, 0, IN, HID, m, 1, X!, IN, dZ1!, HID, 0, gW1!, HID).op("biasGrad", m, HID, dZ1!, gb1!)
      .op("adam", IN * HID, W1!, gW1!, m1!, v1!, 0.9, 0.999, 1e-7, 0, 0, 1e-3, 0)
      .op("adam", HID, b1!, gb1!, mb!, vb!, 0.9, 0.999, 1e-7, 0.004, 0, 0, 0)
      .op("sgdMomentum", HID * OUT, W2!, gW2!, mom2!, 0.9, 1, 1e-4, 0, 0.5).op("sgd", OUT, b2!, gb2!, 0, 0, 0)
      .op("penalty", IN * HID, W1!, 0, 1e-3);
    return c.load(w);
  };
  const main = plan(BATCH), tail = plan(ROWS % BATCH);
  const losses: number[] = [], metrics: number[] = [];
  let t = 0;
  for (let epoch = 0; epoch < 2; epoch++) {
    mod.writeInts(idx, Array.from({ length: ROWS }, (_, i) => (i * (epoch ? 5 : 11) + 3) % ROWS));
    mod.writeFloats(c.io.lrs, Array.from({ length: 6 }, (_, s) => 0.01 * (1 + 0.1 * s)));
    mod.writeInts(c.io.keys, Array.from({ length: 6 }, (_, s) => 1000 * epoch + 17 * s + 1));
    c.setSteps(main, t);
    t = mod.checked.runPlan(main, 0, 5);
    losses.push(...c.losses(5));
    metrics.push(...c.metrics());
    // The tail plan takes the last lr/key: point its per-call arrays at slot 5.
    mod.writeFloats(c.io.lrs, [0.01 * 1.5]);
    mod.writeInts(c.io.keys, [1000 * epoch + 17 * 5 + 1]);
    c.setSteps(tail, t);
    t = mod.checked.runPlan(tail, 5, 1);
    losses.push(...c.losses(1));
    metrics.push(...c.metrics());
  }
  const read = (p: number, n: number) => Array.from(mod.readFloats(p, n));
  return { t, losses, metrics, W1: read(W1!, IN * HID), b1: read(b1!, HID), W2: read(W2!, HID * OUT), b2: read(b2!, OUT), v1: read(v1!, IN * HID) };
}

describe("runPlan: a training step replayed in wasm", () => {
  const results = mods.map(trainNet);

  it("advances the step counter by the steps run", () => {
    for (const r of results) expect(r.t).toBe(12);
  });

  it("gives the same weights, losses and metrics in every flavour", () => {
    const [simd, scalar, js] = results as [ReturnType<typeof trainNet>, ReturnType<typeof trainNet>, ReturnType<typeof trainNet>];
    for (const other of [scalar, js]) {
      for (const k of ["W1", "b1", "W2", "b2", "v1", "losses"] as const) expectClose(other[k], simd[k], 1e-5, 1e-6, k);
      expect(other.metrics).toEqual(simd.metrics);
    }
    expect(simd.losses.every((l) => Number.isFinite(l) && l > 0)).toBe(true);
    // One sparse-accuracy pair per call: hits ≤ rows, and rows = 4·5 then 3.
    expect(simd.metrics.filter((_, i) => i % 2 === 1)).toEqual([20, 3, 20, 3]);
  });
});

describe("runPlan: hand-computed values", () => {
  it.each(mods.map((m) => [m.flavour, m] as const))("%s: linear regression with SGD, per-step lr, tail batch", (_, mod) => {
    // y = w·x + b on rows x = 1, 2, 3 with targets 2, 4, 6; order [2, 0, 1], batches of 2 then 1.
    const x = mod.uploadFloats([1, 2, 3]), y = mod.uploadFloats([2, 4, 6]);
    const w = mod.uploadFloats([0.5]), b = mod.uploadFloats([0]), idx = mod.uploadInts([2, 0, 1]);
    const [X, Y, Z, dZ, gw, gb] = [2, 2, 2, 2, 1, 1].map((n) => mod.uploadFloats(new Float32Array(n)));
    const c = calls(mod, 2, 0, 2);
    const plan = (m: number) => c.load(new PlanWriter()
      .op("gather", x, 3, 1, idx, 2, m, X!, 0).op("gather", y, 3, 1, idx, 2, m, Y!, 0)
      .op("sgemm", 0, 0, m, 1, 1, 1, X!, 1, w, 1, 0, Z!, 1).op("biasAdd", m, 1, Z!, b, Z!)
      .op("loss", PlanLoss.meanSquaredError, m, 1, Z!, Y!, 0, dZ!, 0)
      .op("metric", PlanMetric.mse, m, 1, Z!, Y!, 0).op("metric", PlanMetric.mae, m, 1, Z!, Y!, 1)
      .op("sgemm", 1, 0, 1, 1, m, 1, X!, 1, dZ!, 1, 0, gw!, 1).op("biasGrad", m, 1, dZ!, gb!)
      .op("sgd", 1, w, gw!, 0, 0, 0).op("sgd", 1, b, gb!, 0, 0, 0));
    mod.writeFloats(c.io.lrs, [0.1]);
    mod.checked.runPlan(plan(2), 0, 1);
    // Step 0, rows 3 and 1: predictions 1.5, 0.5; errors −4.5, −1.5.
    expect(c.losses(1)[0]).toBeCloseTo((4.5 ** 2 + 1.5 ** 2) / 2, 5);
    expectClose(c.metrics(), [4.5 ** 2 + 1.5 ** 2, 2, 6, 2], 1e-6);
    let wv = 0.5 - 0.1 * (2 * -4.5 * 3 + 2 * -1.5 * 1) / 2, bv = -0.1 * (2 * -4.5 + 2 * -1.5) / 2;
    expectClose(mod.readFloats(w, 1), [wv], 1e-6);
    expectClose(mod.readFloats(b, 1), [bv], 1e-6);
    // Step 1 (batch 1 of the epoch), row 2 (x = 2), with the tail plan and lr 0.05.
    mod.writeFloats(c.io.lrs, [0.05]);
    mod.checked.runPlan(plan(1), 1, 1);
    const e = wv * 2 + bv - 4;
    expect(c.losses(1)[0]).toBeCloseTo(e * e, 5);
    [wv, bv] = [wv - 0.05 * 2 * e * 2, bv - 0.05 * 2 * e];
    expectClose(mod.readFloats(w, 1), [f(wv)], 1e-6);
    expectClose(mod.readFloats(b, 1), [f(bv)], 1e-6);
  });

  it.each(mods.map((m) => [m.flavour, m] as const))("%s: Adam takes t from the plan's step counter", (_, mod) => {
    const p = mod.uploadFloats([1]), g = mod.uploadFloats([0.5]), m = mod.uploadFloats([0]), v = mod.uploadFloats([0]);
    const c = calls(mod, 1, 0, 0);
    const plan = c.load(new PlanWriter().op("adam", 1, p, g, m, v, 0.9, 0.999, 1e-7, 0, 0, 0, 0));
    mod.writeFloats(c.io.lrs, [0.1]);
    c.setSteps(plan, 9);
    expect(mod.checked.runPlan(plan, 0, 1)).toBe(10);
    // t = 10: m = 0.05, v = 0.00025, α = 0.1·√(1 − 0.999¹⁰)/(1 − 0.9¹⁰).
    const alpha = (0.1 * Math.sqrt(1 - 0.999 ** 10)) / (1 - 0.9 ** 10);
    expectClose(mod.readFloats(p, 1), [1 - (alpha * 0.05) / (Math.sqrt(0.00025) + 1e-7)], 1e-5);
  });

  it.each(mods.map((m) => [m.flavour, m] as const))("%s: setLr picks each group's rate of the step", (_, mod) => {
    // Two groups, two steps: lrs = [g0 step 0, g1 step 0, g0 step 1, g1 step 1]; the gradient stays 1.
    const p = mod.uploadFloats([1]), q = mod.uploadFloats([1]), g = mod.uploadFloats([1]);
    const c = calls(mod, 4, 0, 0);
    const plan = c.load(new PlanWriter().op("setLr", 0, 2, 0).op("sgd", 1, p, g, 0, 0, 0).op("setLr", 1, 2, 0).op("sgd", 1, q, g, 0, 0, 0));
    mod.writeFloats(c.io.lrs, [0.1, 0.01, 0.2, 0.02]);
    mod.checked.runPlan(plan, 0, 2);
    expectClose(mod.readFloats(p, 1), [f(f(1 - 0.1) - 0.2)], 1e-7);
    expectClose(mod.readFloats(q, 1), [f(f(1 - 0.01) - 0.02)], 1e-7);
  });

  it.each(mods.map((m) => [m.flavour, m] as const))("%s: setLr's lag sets Adam's step count for its group", (_, mod) => {
    const p = mod.uploadFloats([1]), g = mod.uploadFloats([0.5]), m = mod.uploadFloats([0]), v = mod.uploadFloats([0]);
    const c = calls(mod, 1, 0, 0);
    const plan = c.load(new PlanWriter().op("setLr", 0, 1, 4).op("adam", 1, p, g, m, v, 0.9, 0.999, 1e-7, 0, 0, 0, 0));
    mod.writeFloats(c.io.lrs, [0.1]);
    c.setSteps(plan, 9);
    expect(mod.checked.runPlan(plan, 0, 1)).toBe(10);
    // The plan is at step 9, the group 4 behind: its Adam takes t = 6.
    const alpha = (0.1 * Math.sqrt(1 - 0.999 ** 6)) / (1 - 0.9 ** 6);
    expectClose(mod.readFloats(p, 1), [1 - (alpha * 0.05) / (Math.sqrt(0.00025) + 1e-7)], 1e-5);
  });

  it.each(mods.map((m) => [m.flavour, m] as const))("%s: metric counts", (_, mod) => {
    // Two rows of three: argmax 2 and 0.
    const pred = mod.uploadFloats([0.1, 0.2, 0.7, 0.6, 0.3, 0.1]);
    const onehot = mod.uploadFloats([0, 0, 1, 0, 1, 0]);
    const ids = mod.uploadInts([2, 1]);
    const c = calls(mod, 1, 0, 5);
    const plan = c.load(new PlanWriter()
      .op("metric", PlanMetric.categoricalAccuracy, 2, 3, pred, onehot, 0)
      .op("metric", PlanMetric.sparseCategoricalAccuracy, 2, 3, pred, ids, 1)
      .op("metric", PlanMetric.binaryAccuracy, 2, 3, pred, onehot, 2)
      .op("metric", PlanMetric.precision, 2, 3, pred, onehot, 3)
      .op("metric", PlanMetric.recall, 2, 3, pred, onehot, 4));
    mod.checked.runPlan(plan, 0, 1);
    // Elementwise at 0.5: predicted positives at 2 and 3; true positives at 2 and 4.
    expect(c.metrics()).toEqual([1, 2, 1, 2, 4, 6, 1, 2, 1, 2]);
  });
});

describe("runPlan: every loss kind dispatches to its kernel", () => {
  it.each(mods.map((m) => [m.flavour, m] as const))("%s", (_, mod) => {
    const m = 3, n = 4;
    const pred = mod.uploadFloats(randomArray(m * n, 8, 0.05, 0.95)), hot = mod.uploadFloats([1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
    const ids = mod.uploadInts([0, 2, 1]), sw = mod.uploadFloats([1, 0.5, 2]);
    const c = calls(mod, 1, 0, 0);
    const direct = [
      mod.raw.softmaxCrossEntropy(m, n, pred, hot, 0, sw, 0, 1 / m), mod.raw.softmaxCrossEntropy(m, n, pred, ids, 1, sw, 0, 1 / m),
      mod.raw.sigmoidCrossEntropy(m, n, pred, hot, sw, 0, 1 / m), mod.raw.categoricalCrossEntropy(m, n, pred, hot, 0, sw, 0, 1 / m, 1e-7),
      mod.raw.categoricalCrossEntropy(m, n, pred, ids, 1, sw, 0, 1 / m, 1e-7), mod.raw.binaryCrossEntropy(m, n, pred, hot, sw, 0, 1 / m, 1e-7),
      mod.raw.meanSquaredError(m, n, pred, hot, sw, 0, 1 / m), mod.raw.meanAbsoluteError(m, n, pred, hot, sw, 0, 1 / m),
      mod.raw.huber(m, n, pred, hot, sw, 0, 1 / m, 0.3),
    ];
    Object.values(PlanLoss).forEach((kind, i) => {
      const sparse = kind === PlanLoss.sparseSoftmaxCrossEntropy || kind === PlanLoss.sparseCategoricalCrossEntropy;
      const param = kind === PlanLoss.huber ? 0.3 : 1e-7;
      const plan = c.load(new PlanWriter().op("loss", kind, m, n, pred, sparse ? ids : hot, sw, 0, param));
      mod.checked.runPlan(plan, 0, 1);
      expect(c.losses(1)[0], `loss kind ${kind}`).toBe(f(direct[i]! / m));
    });
  });
});

describe("runPlan: checked wrapper", () => {
  const mod = mods[0]!;
  const c = calls(mod, 2, 1, 1);
  const x = mod.uploadFloats([1, 2, 3, 4]), y = mod.allocFloats(4), idx = mod.uploadInts([0, 1, 9, 0]), mask = mod.allocFloats(4);
  const bad = (w: PlanWriter, first = 0, count = 1) => () => mod.checked.runPlan(c.load(w), first, count);
  it.each([
    ["no plan", () => mod.checked.runPlan(x, 0, 1)],
    ["index out of range", bad(new PlanWriter().op("gather", x, 4, 1, idx, 2, 2, y, 0), 1)],
    ["m > batch", bad(new PlanWriter().op("gather", x, 4, 1, idx, 2, 3, y, 0))],
    ["region past memory", bad(new PlanWriter().op("activation", 1, 1 << 28, 0, x, y))],
    ["key slot", bad(new PlanWriter().op("dropout", 4, x, y, mask, 0.5, 1))],
    ["metric slot", bad(new PlanWriter().op("metric", PlanMetric.mse, 1, 4, x, y, 1))],
    ["loss kind", bad(new PlanWriter().op("loss", 42, 1, 4, x, y, 0, 0, 0))],
    ["negative count", bad(new PlanWriter(), 0, -1)],
    ["count past the per-call arrays", bad(new PlanWriter(), 0, 1 << 27)],
    ["setLr group out of range", bad(new PlanWriter().op("setLr", 2, 2, 0))],
    ["setLr rates past memory", bad(new PlanWriter().op("setLr", 0, 1 << 28, 0))],
    ["setLr lag past the step counter", bad(new PlanWriter().op("setLr", 0, 1, 1))],
  ])("rejects %s", (_, call) => expectBadArgument(call));

  it("rejects an unknown opcode", () => {
    const words = new PlanWriter().words(c.io);
    const plan = mod.uploadInts([...words.slice(0, PLAN_HEADER_WORDS), 99]);
    mod.writeInts(plan + 4 * PlanHeader.bodyWords, [1]);
    expect(() => mod.checked.runPlan(plan, 0, 1)).toThrow(/unknown opcode 99/);
  });
});
