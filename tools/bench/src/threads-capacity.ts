// How much a second thread can add on this machine right now: the f32x4 peak
// loop (dist/peak.wasm) alone, then on the main thread and a worker at once.
// A VM's two vCPUs are not always two free cores (the host may run them as SMT
// siblings or share them), so thread speed-ups are reported next to this.
import { Worker } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const WASM = fileURLToPath(new URL("./peak.wasm", import.meta.url));
const ITERATIONS = 50_000;
const CALLS = 400;

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const peak = new WebAssembly.Instance(new WebAssembly.Module(require("node:fs").readFileSync(workerData.wasm)), { env: { abort() {} } }).exports.peak;
const go = new Int32Array(workerData.go);
for (let i = 0; i < 10; i++) peak(workerData.iterations);
parentPort.postMessage("ready");
Atomics.wait(go, 0, 0);
const t = performance.now();
for (let i = 0; i < workerData.calls; i++) peak(workerData.iterations);
parentPort.postMessage(performance.now() - t);
`;

type Peak = (iterations: number) => number;

function timeCalls(peak: Peak): number {
  const t = performance.now();
  for (let i = 0; i < CALLS; i++) peak(ITERATIONS);
  return performance.now() - t;
}

/** Work per second of two threads running the peak loop together, over one thread alone (2.0 = two free cores). */
export async function parallelCapacity(): Promise<number> {
  const peak = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(WASM)), { env: { abort() {} } }).exports.peak as Peak;
  timeCalls(peak);
  const alone = timeCalls(peak);
  const go = new SharedArrayBuffer(4);
  const worker = new Worker(WORKER, { eval: true, workerData: { wasm: WASM, go, iterations: ITERATIONS, calls: CALLS } });
  const next = () => new Promise<unknown>((resolve) => worker.once("message", resolve));
  await next();
  Atomics.store(new Int32Array(go), 0, 1);
  Atomics.notify(new Int32Array(go), 0);
  const mine = timeCalls(peak);
  const theirs = (await next()) as number;
  await worker.terminate();
  // One thread's rate before and after the pair, so a host slowing down or speeding up meanwhile averages out.
  const single = (alone + timeCalls(peak)) / 2;
  return single / mine + single / theirs;
}
