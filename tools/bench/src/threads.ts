// `threads`: the simd-threads flavour with 1 vs 2 threads (issue 14's targets):
// GEMM 512³, the digits MLP's training step (eager and compiled), the tiny
// 2-8-8-1 net, and the measured parameters of a cost model for more cores.
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import os from "node:os";
import * as nt from "@neurite/core";
import { layers, sequential, type Sequential } from "@neurite/layers";
import { loadKernels, type KernelModule } from "@neurite/kernels";
import { interleave, median, type Contestant } from "./measure.js";
import { machineLines, packageVersion, table, writeSection } from "./report.js";
import { mulberry } from "./train-plain.js";

const RESULTS = fileURLToPath(new URL("../../../bench/RESULTS.md", import.meta.url));
const fmt = (x: number, d = 2) => x.toFixed(d);
const ratios = (a: number[], b: number[]) => a.map((x, i) => x / b[i]!);

/** Two simd-threads modules, one held at 1 thread: the same kernels, with and without the worker. */
async function modules(): Promise<[KernelModule, KernelModule]> {
  const one = await loadKernels({ threads: 2 });
  const two = await loadKernels({ threads: 2 });
  if (!one.threads || !two.threads) throw new Error(`threads unavailable: ${two.threadsReason}`);
  await one.threads.setCount(1);
  return [one, two];
}

function operands(mod: KernelModule, n: number) {
  const r = mulberry(n);
  const a = mod.uploadFloats(Float32Array.from({ length: n * n }, () => r() - 0.5));
  const b = mod.uploadFloats(Float32Array.from({ length: n * n }, () => r() - 0.5));
  return { a, b, c: mod.allocFloats(n * n) };
}

/** ms per call of each module's `run`, interleaved; returns [1-thread ms, 2-thread ms] per round. */
function pair(one: KernelModule, two: KernelModule, run: (m: KernelModule) => void, rounds: number, minMs: number): [number[], number[]] {
  const t = interleave([{ name: "1", run: () => run(one) }, { name: "2", run: () => run(two) }], rounds, minMs);
  return [t.get("1")!, t.get("2")!];
}

interface Measured {
  rows: string[][];
  notes: string[];
}

function gemm(one: KernelModule, two: KernelModule, rounds: number): Measured & { speedup: number } {
  const rows: string[][] = [];
  let speedup = 0;
  for (const [m, n, k, ta] of [[512, 512, 512, 0], [128, 128, 784, 0], [784, 128, 128, 1]] as const) {
    const p = [one, two].map((mod) => operands(mod, Math.max(m, n, k)));
    const call = (mod: KernelModule) => {
      const o = p[mod === one ? 0 : 1]!;
      mod.raw.sgemm(ta, 0, m, n, k, 1, o.a, ta ? m : k, o.b, n, 0, o.c, n);
    };
    const [t1, t2] = pair(one, two, call, rounds, 40);
    const gf = (ms: number[]) => (2 * m * n * k) / median(ms) / 1e6;
    const s = median(ratios(t1, t2));
    if (m === 512) speedup = s;
    const target = m === 512 ? (s >= 1.8 ? "≥ 1.8× ✓" : "≥ 1.8× ✗") : "";
    rows.push([`sgemm ${ta ? "Aᵀ·B " : ""}${m}×${n}×${k}`, `${fmt(gf(t1), 1)} GF/s`, `${fmt(gf(t2), 1)} GF/s`, `${fmt(s)}×`, target]);
    p.forEach((o, i) => [o.a, o.b, o.c].forEach((ptr) => [one, two][i]!.free(ptr)));
  }
  return { rows, notes: [], speedup };
}

/** The cost of one dispatch: ReLU over the smallest split size, T(2) − T(1)/2. */
function dispatchCost(one: KernelModule, two: KernelModule, rounds: number): number {
  const n = 32768;
  const p = [one, two].map((mod) => mod.allocFloats(n));
  const [t1, t2] = pair(one, two, (mod) => mod.raw.activation(1, n, 0, p[mod === one ? 0 : 1]!, p[mod === one ? 0 : 1]!), rounds, 20);
  p.forEach((ptr, i) => [one, two][i]!.free(ptr));
  return Math.max(0, median(t2) - median(t1) / 2);
}

function mlp(compiled: boolean): Sequential {
  nt.setSeed(1);
  const m = sequential([
    layers.dense({ units: 128, activation: "relu", inputShape: [784] }),
    layers.dense({ units: 64, activation: "relu" }),
    layers.dense({ units: 10, activation: "softmax" }),
  ]);
  m.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "categoricalCrossentropy" });
  m.trainer!.useCompiledStep = compiled;
  return m;
}

function tiny(compiled: boolean): Sequential {
  nt.setSeed(2);
  const m = sequential([
    layers.dense({ units: 8, activation: "tanh", inputShape: [2] }),
    layers.dense({ units: 8, activation: "tanh" }),
    layers.dense({ units: 1, activation: "sigmoid" }),
  ]);
  m.compile({ optimizer: nt.optimizers.sgd({ learningRate: 0.1 }), loss: "binaryCrossentropy" });
  m.trainer!.useCompiledStep = compiled;
  return m;
}

interface FitCase {
  label: string;
  model: Sequential;
  x: nt.Tensor;
  y: nt.Tensor;
  batch: number;
  epochs: number;
}

/** Seconds per step of each case with 1 and with 2 threads (nt.setThreads between halves of a round), and dispatches per step. */
async function fitRounds(cases: FitCase[], rounds: number) {
  const pool = nt.engine.backend.mod.threads!;
  const steps = (c: FitCase) => c.epochs * Math.ceil(c.x.shape[0]! / c.batch);
  const once = async (c: FitCase) => {
    const t0 = performance.now();
    await c.model.fit(c.x, c.y, { epochs: c.epochs, batchSize: c.batch, verbose: 0 });
    return (performance.now() - t0) / 1e3 / steps(c);
  };
  const out = cases.map(() => ({ t1: [] as number[], t2: [] as number[], dispatches: 0 }));
  for (const c of cases) await once(c);
  for (let r = 0; r < rounds; r++) {
    for (const threads of r % 2 ? [2, 1] : [1, 2]) {
      await nt.setThreads(threads);
      for (const [i, c] of cases.entries()) {
        const before = pool.dispatches;
        const s = await once(c);
        if (threads === 2) out[i]!.dispatches = (pool.dispatches - before) / steps(c);
        (threads === 1 ? out[i]!.t1 : out[i]!.t2).push(s);
      }
    }
  }
  return out;
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rounds: { type: "string", default: "7" },
      out: { type: "string", default: RESULTS },
      "no-write": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log("threads [--rounds 7] [--out bench/RESULTS.md] [--no-write]");
    return;
  }
  const rounds = Math.max(1, Number(values.rounds));
  const started = performance.now();
  const load = os.loadavg()[0]!;
  const [one, two] = await modules();
  const g = gemm(one, two, rounds);
  console.log(g.rows.map((r) => r.join("  ")).join("\n"));
  const overheadMs = dispatchCost(one, two, rounds);
  await Promise.all([one.threads!.dispose(), two.threads!.dispose()]);

  await nt.ready({ threads: 2 });
  await nt.setBackend("wasm");
  const r = mulberry(1);
  const rows = 2048;
  const x = nt.tensor(Float32Array.from({ length: rows * 784 }, r), [rows, 784]);
  const y = nt.oneHot(nt.tensor(Int32Array.from({ length: rows }, () => Math.floor(r() * 10)), [rows], "int32"), 10);
  const tx = nt.tensor(Float32Array.from({ length: 2000 }, () => r() * 2 - 1), [1000, 2]);
  const ty = nt.tensor(Float32Array.from({ length: 1000 }, (_, i) => (i % 3 ? 1 : 0)), [1000, 1]);
  const cases: FitCase[] = [
    { label: "MLP 784-128-64-10, Adam, batch 128 — eager step", model: mlp(false), x, y, batch: 128, epochs: 1 },
    { label: "MLP 784-128-64-10, Adam, batch 128 — compiled step", model: mlp(true), x, y, batch: 128, epochs: 1 },
    { label: "2-8-8-1 tanh/sigmoid, SGD, batch 10 — compiled step", model: tiny(true), x: tx, y: ty, batch: 10, epochs: 20 },
    { label: "2-8-8-1 tanh/sigmoid, SGD, batch 10 — eager step", model: tiny(false), x: tx, y: ty, batch: 10, epochs: 2 },
  ];
  const fits = await fitRounds(cases, rounds);
  const fitRows = cases.map((c, i) => {
    const f = fits[i]!;
    const s = median(ratios(f.t1, f.t2));
    const target = i === 0 ? `≥ 1.6× ${s >= 1.6 ? "✓" : "✗"}` : i >= 2 ? `not slower ${s >= 0.97 ? "✓" : "✗"} (${f.dispatches} dispatches)` : "";
    return [c.label, `${fmt(median(f.t1) * 1e3, 3)} ms/step`, `${fmt(median(f.t2) * 1e3, 3)} ms/step`, `${fmt(s)}×`, target];
  });
  console.log(fitRows.map((row) => row.join("  ")).join("\n"));

  // Cost model: T(p) = S + P/p + D·o, with D dispatches per step of o ms each, fitted to T(1) and T(2).
  const eager = fits[0]!;
  const [t1, t2] = [median(eager.t1) * 1e3, median(eager.t2) * 1e3];
  const d = eager.dispatches;
  const par = Math.min(t1, 2 * (t1 - t2 + d * overheadMs));
  const serial = t1 - par;
  const predict = (p: number) => serial + par / p + d * overheadMs;
  const gemmEff = g.speedup / 2;
  const modelRows = [2, 4, 8, 16].map((p) => [`${p}`, `${fmt(t1 / predict(p))}×`, `${fmt(p * gemmEff, 1)}×`]);
  for (const c of cases) c.model.dispose();
  nt.dispose([x, y, tx, ty]);

  const seconds = (performance.now() - started) / 1e3;
  const text = [
    "## Threads: the simd-threads flavour, 1 vs 2 threads",
    "",
    ...machineLines(),
    `- Packages: @neurite/kernels ${await packageVersion("@neurite/kernels")} (simd-threads flavour, workers by node:worker_threads); ` +
      `${rounds} interleaved rounds, ${seconds.toFixed(0)} s in all; 1-minute load average ${load.toFixed(1)} at the start ` +
      "(other work shares the 2 cores: a second thread only helps when a core is free, so ratios are medians of per-round ratios)",
    "",
    table(["benchmark", "1 thread", "2 threads", "speed-up", "target"], [...g.rows, ...fitRows]),
    "",
    "Both columns run the same simd-threads module (one held at 1 thread), so the ratio is the threads' doing alone;",
    "every 2-thread result is bit-identical to the 1-thread one (packages/kernels/test/threads.test.ts, core and layers",
    "threads tests). Fits train on 2,048 random 784-pixel rows with random one-hot labels (16 steps per call); the tiny",
    "net on 1,000 2-D points. The compiled step replays its plan inside wasm, which calls the serial kernels until",
    "plan.ts calls the *MT entry points (see the report of issue 14): its row shows that, not the threads' potential.",
    `The tiny net's kernels are all below the split thresholds: its \`dispatches\` count per step is 0, so it runs exactly`,
    "the single-threaded code.",
    "",
    "### More cores",
    "",
    `Cost model of the eager MLP step: T(p) = S + P/p + D·o, fitted to this machine: T(1) = ${fmt(t1)} ms, T(2) = ${fmt(t2)} ms,`,
    `D = ${d} split kernel calls per step, o = ${fmt(overheadMs * 1e3, 1)} µs per dispatch (ReLU on 32,768 floats: T(2) − T(1)/2),`,
    `so P = 2·(T(1) − T(2) + D·o) = ${fmt(par)} ms splits across threads and S = ${fmt(serial)} ms does not (JS op dispatch,`,
    "tape, small kernels). GEMM alone scales as p·η with the 2-thread efficiency η = " + `${fmt(gemmEff)} measured above, as long`,
    "as each thread keeps ≥ 16 rows or columns of C (GEMM_SPLIT) and its packed panels fit its own L2. Memory-bound",
    "kernels (Adam, activations) stop scaling once the memory bandwidth is used up, typically at 2–4 threads.",
    "",
    table(["threads p", "eager MLP step (model)", "GEMM 512³ (p·η)"], modelRows),
  ].join("\n");
  if (!values["no-write"]) {
    await writeSection(values.out, "threads", text);
    console.log(`wrote the threads section of ${values.out}`);
  }
}
