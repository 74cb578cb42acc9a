// Shared by core's and layers' threads suites: a seeded run must give the same bits with any thread count.
// The core module comes in as an argument because core's suites run on its src and layers' on its build;
// importing either here would load a second copy of the engine with its own backend and threads.
import { afterAll, beforeAll, expect } from "vitest";

/** The part of @neurite/core the sweep drives. */
export interface ThreadedCore {
  ready(options: { threads: number }): Promise<unknown>;
  setBackend(name: "wasm"): Promise<unknown>;
  setThreads(threads: number): Promise<unknown>;
  backendInfo(): { threads: number };
}

/** The suite runs on the wasm backend with two kernel threads, and goes back to one after. */
export function useTwoThreads(nt: ThreadedCore): void {
  // Starting a worker takes 50–500 ms on this shared machine: hooks that start some get longer timeouts.
  beforeAll(async () => {
    await nt.ready({ threads: 2 });
    await nt.setBackend("wasm");
  }, 60_000);
  afterAll(async () => {
    await nt.setThreads(1);
  });
}

/**
 * Runs `run` with 1, 2 and 3 threads and returns the three results. With `splits`, also checks that the
 * runs really went parallel: the pool dispatched work exactly when there was more than one thread.
 */
export async function sweepThreads<T>(nt: ThreadedCore, pool: { dispatches: number }, run: () => T | Promise<T>, splits = true): Promise<T[]> {
  const runs: T[] = [];
  for (const n of [1, 2, 3]) {
    await nt.setThreads(n);
    expect(nt.backendInfo().threads).toBe(n);
    const before = pool.dispatches;
    runs.push(await run());
    if (splits) expect(pool.dispatches > before).toBe(n > 1);
  }
  return runs;
}

/** The bit patterns of float32 tensors' values, for exact comparison. */
export function bitsOf(tensors: { data(): unknown }[]): Uint32Array[] {
  return tensors.map((t) => new Uint32Array((t.data() as Float32Array).slice().buffer));
}

/** Every run's bits equal the first run's, tensor by tensor. */
export function expectSameBits(runs: Uint32Array[][], what: string): void {
  for (const run of runs.slice(1)) run.forEach((bits, i) => expect(bits, `${what} ${i}`).toEqual(runs[0]![i]));
}
