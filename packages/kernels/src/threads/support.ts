import { serverRuntime } from "./spawn.js";

/**
 * Why this runtime cannot run the threaded kernels, or undefined when it can
 * (the module itself is validated separately, by the loader).
 */
export function threadsUnavailableReason(): string | undefined {
  if (serverRuntime()) {
    return typeof SharedArrayBuffer === "undefined" ? "shared memory (SharedArrayBuffer) is unavailable in this runtime" : undefined;
  }
  const g = globalThis as { crossOriginIsolated?: boolean; Worker?: unknown };
  if (typeof SharedArrayBuffer === "undefined" || g.crossOriginIsolated !== true) {
    return "shared memory is unavailable: the page is not cross-origin isolated " +
      "(serve it with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)";
  }
  if (typeof g.Worker !== "function") return "this runtime has no Worker API";
  return undefined;
}

// A variable specifier: browser bundlers leave this import alone (it never runs there).
const OS = "node:os";

/** Logical cores: navigator.hardwareConcurrency, or os.availableParallelism() where there is no navigator (Node 20). */
export async function availableCores(): Promise<number> {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  if (nav?.hardwareConcurrency) return nav.hardwareConcurrency;
  if (serverRuntime()) {
    try {
      const os = (await import(/* @vite-ignore */ OS)) as { availableParallelism?: () => number; cpus(): unknown[] };
      return os.availableParallelism?.() ?? os.cpus().length;
    } catch {
      // No node:os (an unusual embedding): one core is the safe guess.
    }
  }
  return 1;
}

/** Whether this thread may block in Atomics.wait; a browser page's main thread may not (it spins instead). */
export function mayBlock(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}

/** "auto" uses every core up to this many threads; more rarely pays for the sizes Neurite trains. */
export const AUTO_MAX_THREADS = 16;

/** Threads that "auto" or a number means here. */
export async function resolveThreads(threads: number | "auto"): Promise<number> {
  return threads === "auto" ? Math.min(await availableCores(), AUTO_MAX_THREADS) : threads;
}
