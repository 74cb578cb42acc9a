// `threads`: the simd-threads flavour with 1 vs 2 threads (issue 14's targets):
// GEMM 512³, the digits MLP's training step (eager and compiled), the tiny
// 2-8-8-1 net, the cost of one dispatch, and a cost model for more cores.
// Every round also measures how much a second thread can add on this machine
// at that moment (threads-capacity.ts), since a VM's vCPUs come and go.
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { Worker } from "node:worker_threads";
import * as nt from "@neurite/core";
import { layers, sequential, type Sequential } from "@neurite/layers";
import { loadKernels, type KernelModule } from "@neurite/kernels";
import { median } from "./measure.js";
import { machineLines, packageVersion, table, writeSection } from "./report.js";
import { mulberry } from "./train-plain.js";
import { parallelCapacity } from "./threads-capacity.js";

const RESULTS = fileURLToPath(new URL("../../../bench/RESULTS.md", import.meta.url));
/** Back-to-back 1- and 2-thread runs of each case per round. */
const PAIRS = 3;
const fmt = (x: number, d = 2) => x.toFixed(d);

/** One timed thing: `run` does `units` of work (GEMM calls or training steps) on the current thread count. */
interface Case {
  label: string;
  unit: string;
  run: (threads: 1 | 2) => Promise<number>;
  /** Target speed-up of 2 threads over 1, or "same" for "not slower". */
  target?: number | "same";
}

/** Milliseconds per unit of `units` calls of `fn`. */
function msPer(units: number, fn: () => void): number {
  const t = performance.now();
  for (let i = 0; i < units; i++) fn();
  return (performance.now() - t) / units;
}

/** GEMM cases and the dispatch probe on one simd-threads module; `limit` switches between 1 and 2 threads. */
async function gemmCases(): Promise<{ cases: Case[]; dispatchUs: (threads: 1 | 2) => number; dispose: () => Promise<void> }> {
  const mod = await loadKernels({ threads: 2 });
  const pool = mod.threads;
  if (!pool) throw new Error(`threads unavailable: ${mod.threadsReason}`);
  const cases: Case[] = [];
  for (const [m, n, k, ta] of [[512, 512, 512, 0], [128, 128, 784, 0], [784, 128, 128, 1]] as const) {
    const r = mulberry(m + n + k);
    const size = Math.max(m, n, k) ** 2;
    const [a, b, c] = [mod.uploadFloats(Float32Array.from({ length: size }, r)), mod.uploadFloats(Float32Array.from({ length: size }, r)), mod.allocFloats(size)];
    const call = () => mod.raw.sgemm(ta, 0, m, n, k, 1, a, ta ? m : k, b, n, 0, c, n);
    const reps = Math.max(4, Math.round(1e9 / (m * n * k))); // ~60 ms per timing at 1 thread
    cases.push({
      label: `sgemm ${ta ? "Aᵀ·B " : ""}${m}×${n}×${k}`, unit: "ms/call", target: m === 512 ? 1.8 : undefined,
      run: async (t) => (pool.limit(t), call(), msPer(reps, call)),
    });
  }
  const relu = mod.allocFloats(32768);
  // The smallest split: ReLU over 2 × 16,384 floats, with 50 µs of host work between calls (a training step's gaps).
  const dispatchUs = (t: 1 | 2) => {
    pool.limit(t);
    let kernel = 0;
    for (let i = 0; i < 2000; i++) {
      const until = performance.now() + 0.05;
      while (performance.now() < until);
      const t0 = performance.now();
      mod.raw.activation(1, 32768, 0, relu, relu);
      kernel += performance.now() - t0;
    }
    return (kernel / 2000) * 1e3;
  };
  return { cases, dispatchUs, dispose: () => pool.dispose() };
}

function model(units: number[], activations: string[], inputs: number, compiled: boolean, optimizer: () => nt.Optimizer, loss: string): Sequential {
  nt.setSeed(1);
  const m = sequential(units.map((u, i) => layers.dense({ units: u, activation: activations[i] as "relu", ...(i === 0 ? { inputShape: [inputs] } : {}) })));
  m.compile({ optimizer: optimizer(), loss });
  m.trainer!.useCompiledStep = compiled;
  return m;
}

/** Kernel calls of the busy-thread case's 2-thread timings: split, and kept on the calling thread by the back-off. */
const hogCalls = { split: 0, serial: 0 };

/**
 * Runs `run` while a worker thread spins, as another process would keep a core busy. One untimed run first: the
 * timing is of a machine that has been busy for a while, not of the back-off learning that it is.
 */
function withHog(run: (t: 1 | 2) => Promise<number>): (t: 1 | 2) => Promise<number> {
  return async (t) => {
    const pool = nt.engine.backend.mod.threads!;
    const hog = new Worker("for (;;) {}", { eval: true });
    await new Promise((resolve) => hog.once("online", resolve));
    try {
      await run(t);
      const [split, serial] = [pool.dispatches, pool.serialCalls];
      const ms = await run(t);
      if (t === 2) [hogCalls.split, hogCalls.serial] = [hogCalls.split + pool.dispatches - split, hogCalls.serial + pool.serialCalls - serial];
      return ms;
    } finally {
      await hog.terminate();
    }
  };
}

/** Fit cases on the engine's backend; its pool's `limit` switches between 1 and 2 threads. */
function fitCases(): { cases: Case[]; dispatchesPerStep: () => number; dispose: () => void } {
  const r = mulberry(1);
  const rows = 4096;
  const x = nt.tensor(Float32Array.from({ length: rows * 784 }, r), [rows, 784]);
  const y = nt.oneHot(nt.tensor(Int32Array.from({ length: rows }, () => Math.floor(r() * 10)), [rows], "int32"), 10);
  const tx = nt.tensor(Float32Array.from({ length: 2000 }, () => r() * 2 - 1), [1000, 2]);
  const ty = nt.tensor(Float32Array.from({ length: 1000 }, (_, i) => (i % 3 ? 1 : 0)), [1000, 1]);
  const adam = () => nt.optimizers.adam({ learningRate: 1e-3 });
  const sgd = () => nt.optimizers.sgd({ learningRate: 0.1 });
  const pool = nt.engine.backend.mod.threads!;
  let dispatches = 0;
  const fit = (m: Sequential, xs: nt.Tensor, ys: nt.Tensor, batch: number, epochs: number) => async (t: 1 | 2) => {
    pool.limit(t);
    const steps = epochs * Math.ceil(xs.shape[0]! / batch);
    const d = pool.dispatches, t0 = performance.now();
    await m.fit(xs, ys, { epochs, batchSize: batch, verbose: 0 });
    const ms = (performance.now() - t0) / steps;
    if (t === 2 && m === models[1]) dispatches = (pool.dispatches - d) / steps;
    return ms;
  };
  const models = [
    model([128, 64, 10], ["relu", "relu", "softmax"], 784, false, adam, "categoricalCrossentropy"),
    model([128, 64, 10], ["relu", "relu", "softmax"], 784, true, adam, "categoricalCrossentropy"),
    model([8, 8, 1], ["tanh", "tanh", "sigmoid"], 2, true, sgd, "binaryCrossentropy"),
    model([8, 8, 1], ["tanh", "tanh", "sigmoid"], 2, false, sgd, "binaryCrossentropy"),
    model([128, 64, 10], ["relu", "relu", "softmax"], 784, true, adam, "categoricalCrossentropy"),
  ];
  const cases: Case[] = [
    { label: "MLP 784-128-64-10, Adam, batch 128 — eager step", unit: "ms/step", run: fit(models[0]!, x, y, 128, 1) },
    // fit()'s own path: the issue's target applies here.
    { label: "MLP 784-128-64-10, Adam, batch 128 — compiled step", unit: "ms/step", target: 1.6, run: fit(models[1]!, x, y, 128, 1) },
    // Another process wanting a core: a busy-looping thread for the whole timing, at 1 and at 2 kernel threads.
    { label: "MLP 784-128-64-10 compiled step, a busy thread on the other core", unit: "ms/step", target: "same", run: withHog(fit(models[4]!, x, y, 128, 1)) },
    { label: "2-8-8-1 tanh/sigmoid, SGD, batch 10 — compiled step", unit: "ms/step", target: "same", run: fit(models[2]!, tx, ty, 10, 100) },
    { label: "2-8-8-1 tanh/sigmoid, SGD, batch 10 — eager step", unit: "ms/step", target: "same", run: fit(models[3]!, tx, ty, 10, 6) },
  ];
  return { cases, dispatchesPerStep: () => dispatches, dispose: () => (models.forEach((m) => m.dispose()), nt.dispose([x, y, tx, ty])) };
}

interface Samples {
  t1: number[];
  t2: number[];
}

const speedups = (s: Samples, keep: (round: number) => boolean) => s.t1.map((v, i) => v / s.t2[i]!).filter((_, i) => keep(i));

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rounds: { type: "string", default: "9" },
      out: { type: "string", default: RESULTS },
      "no-write": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log("threads [--rounds 9] [--out bench/RESULTS.md] [--no-write]");
    return;
  }
  const rounds = Math.max(1, Number(values.rounds));
  const started = performance.now();
  const load = os.loadavg()[0]!;
  await nt.ready({ threads: 2 });
  await nt.setBackend("wasm");
  const gemm = await gemmCases();
  const fits = fitCases();
  const cases = [...gemm.cases, ...fits.cases];
  const samples = cases.map((): Samples => ({ t1: [], t2: [] }));
  const capacity: number[] = [];
  const dispatch: Samples = { t1: [], t2: [] };
  for (const c of cases) await c.run(2);
  // Per round: the capacity probe, then each case as back-to-back 1- and 2-thread runs (alternating which goes
  // first), so a slow stretch of the host hits both halves of a pair alike.
  const round: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cap = await parallelCapacity();
    for (let p = 0; p < PAIRS; p++) {
      const order = (r + p) % 2 ? [2, 1] as const : [1, 2] as const;
      for (const [i, c] of cases.entries()) {
        for (const t of order) (t === 1 ? samples[i]!.t1 : samples[i]!.t2).push(await c.run(t));
      }
      for (const t of order) (t === 1 ? dispatch.t1 : dispatch.t2).push(gemm.dispatchUs(t));
      capacity.push(cap);
      round.push(r);
    }
    const last = (i: number) => samples[i]!.t1.slice(-PAIRS).map((v, j) => v / samples[i]!.t2.slice(-PAIRS)[j]!);
    console.log(`round ${r + 1}/${rounds}: capacity ${fmt(cap)}; ${cases.map((c, i) => `${c.label.split(" —")[0]!.slice(0, 16)} ${fmt(median(last(i)))}×`).join(", ")}`);
  }
  const free = (i: number) => capacity[i]! >= 1.8;
  const freeRounds = new Set(round.filter((_, i) => free(i))).size;
  const rows = cases.map((c, i) => {
    const s = samples[i]!;
    const all = median(speedups(s, () => true));
    const inFree = freeRounds ? median(speedups(s, free)) : undefined;
    // Host noise only ever adds time, so the best timings hint at a quiet machine (one lucky timing moves them).
    const best = Math.min(...s.t1) / Math.min(...s.t2);
    const mark = (x: number | undefined) => (x === undefined ? "—" : (c.target === "same" ? x >= 0.97 : x >= (c.target as number)) ? "✓" : "✗");
    const goal = c.target === undefined ? "" : `${c.target === "same" ? "not slower" : `≥ ${c.target}×`}: all ${mark(all)}, free ${mark(inFree)}, best ${mark(best)}`;
    return [
      c.label, `${fmt(median(s.t1), 3)} ${c.unit}`, `${fmt(median(s.t2), 3)} ${c.unit}`, `${fmt(all)}×`,
      inFree === undefined ? "—" : `${fmt(inFree)}×`, `${fmt(best)}×`, goal,
    ];
  });
  console.log(rows.map((row) => row.join("  ")).join("\n"));

  // Amdahl's law for the compiled MLP step, T(p) = T(1)·((1 − f) + f/(p·η)): η is the 2-thread efficiency of the split
  // kernels (GEMM 512³'s, an upper bound for the MLP's smaller calls) and f the step's split fraction, solved from T(2).
  const compiled = samples[gemm.cases.length + 1]!;
  const [t1, t2] = [median(compiled.t1), median(compiled.t2)];
  const d = fits.dispatchesPerStep();
  const o = Math.max(0, median(dispatch.t2) - median(dispatch.t1) / 2) / 1e3;
  const eta = Math.min(1, median(speedups(samples[0]!, () => true)) / 2);
  const f = Math.min(1, (1 - t2 / t1) / (1 - 1 / (2 * eta)));
  const predict = (p: number) => t1 * (1 - f + f / (p * eta));
  const modelRows = [2, 4, 8, 16].map((p) => [`${p}`, `${fmt(predict(p))} ms`, `${fmt(t1 / predict(p))}×`, `${fmt(p * eta, 1)}×`]);
  fits.dispose();
  await gemm.dispose();

  const seconds = (performance.now() - started) / 1e3;
  const perRound = capacity.filter((_, i) => i % PAIRS === 0);
  const capacityText = `median ${fmt(median(perRound))} (${perRound.map((c) => fmt(c)).join(", ")}); ${freeRounds} of ${rounds} rounds ≥ 1.8`;
  const text = [
    "## Threads: the simd-threads flavour, 1 vs 2 threads",
    "",
    ...machineLines(),
    `- Packages: @neurite/kernels ${await packageVersion("@neurite/kernels")} (simd-threads flavour, workers by node:worker_threads); ` +
      `${rounds} rounds of ${PAIRS} back-to-back 1-/2-thread pairs per benchmark, ${seconds.toFixed(0)} s in all; ` +
      `1-minute load average ${load.toFixed(1)} at the start`,
    `- Capacity of this VM's 2 vCPUs per round (the f32x4 peak loop on two threads at once ÷ on one; 2.00 = two free cores): ${capacityText}`,
    "",
    table(["benchmark", "1 thread", "2 threads", "speed-up, all rounds", "speed-up, free rounds (capacity ≥ 1.8)", "speed-up of the best times", "target"], rows),
    "",
    "Both columns run the same simd-threads module with its worker parked or in use (`pool.limit(1 | 2)`), so a ratio",
    "is the second thread's doing alone; medians are of per-pair ratios. The best-times column divides the fastest",
    "1-thread timing by the fastest 2-thread one: other tenants of the host only ever add time (this VM's timings of",
    "the same call vary up to 1.6×), but one lucky timing moves it, so it is a second opinion, not the result.",
    "Every 2-thread result is bit-identical to the 1-thread one",
    "(packages/kernels/test/threads.test.ts, packages/core and packages/layers threads tests, tools/matrix). Fits train",
    "on 4,096 random 784-pixel rows with random one-hot labels (32 steps per timing); the tiny net on 1,000 2-D points",
    "(10,000 compiled or 600 eager steps per timing); a GEMM timing is ~60 ms of calls.",
    "The compiled step (what fit() runs) replays its plan inside wasm and calls the `*MT` kernels, so only the kernels",
    "that are too small to split stay serial; the eager step also runs JS between kernels (op dispatch, the tape,",
    "allocation), which a second thread cannot shorten, so it gains less. The tiny net's products, activations and",
    "updates are all below the split sizes (2¹⁸ multiply-adds, 32,768 elements): it never dispatches and runs exactly",
    "the single-threaded code. A second thread only helps when the host gives this VM a second core: the capacity",
    "column says when it did. The busy-thread row shows the straggler back-off (assembly/threads.ts): when splits",
    "wait for a worker the OS is not running, the next kernel calls stay on the calling thread, so a loaded machine",
    `runs about as fast as with one thread instead of several times slower (in its 2-thread timings ${hogCalls.serial}`,
    `kernel calls stayed on the calling thread and ${hogCalls.split} split). Each of its timings follows an untimed fit under`,
    "the same load; a load that has just begun costs the back-off a few losing splits (about 15% of a 32-step fit here).",
    "",
    "### More cores",
    "",
    `Amdahl's law for the compiled MLP step: T(p) = T(1)·((1 − f) + f/(p·η)). η = ${fmt(eta)} is the 2-thread efficiency of`,
    `GEMM 512³ above (an upper bound for the step's smaller calls); T(1) = ${fmt(t1)} ms and T(2) = ${fmt(t2)} ms then give a split`,
    `fraction f = (1 − T(2)/T(1)) / (1 − 1/(2η)) = ${fmt(f)}: the ${d} split calls per step (the five products above 2¹⁸`,
    "multiply-adds, Adam on the 100,352 first-layer weights, the batch gather); the rest is the small kernels (bias,",
    `activations of 16,384 values, softmax cross-entropy, the small layers' updates) and fit's bookkeeping. One dispatch costs o = ${fmt(o * 1e3, 1)} µs (ReLU over 32,768 floats with 50 µs of host work`,
    "between calls: T(2) − T(1)/2). The table keeps η for more threads, so it is an upper bound: a thread needs ≥ 16",
    "rows or columns of C, so the MLP's 128-wide products stop splitting past 8 threads, and Adam and the activations",
    "are memory-bound (they stop scaling once the memory bandwidth is used up, typically at 2–4 threads). GEMM alone",
    "scales as p·η while each thread keeps ≥ 16 rows or columns and its packed panels fit its own L2.",
    "",
    table(["threads p", "compiled MLP step T(p)", "speed-up", "GEMM 512³ (p·η)"], modelRows),
  ].join("\n");
  if (!values["no-write"]) {
    await writeSection(values.out, "threads", text);
    console.log(`wrote the threads section of ${values.out}`);
  }
}
