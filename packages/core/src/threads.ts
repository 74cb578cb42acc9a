import { NeuriteError, resolveThreads as resolve } from "@neurite/kernels";

/** A thread count, or "auto": every core (up to 16) where shared memory and workers exist. */
export type Threads = number | "auto";

/**
 * What ready() uses when not told: NEURITE_THREADS when set (a number or
 * "auto"), else "auto". Results do not depend on it: every split kernel gives
 * the single-threaded bits, and small calls never leave the calling thread.
 */
export function defaultThreads(): Threads {
  const env = readEnv("NEURITE_THREADS");
  if (env === undefined || env === "" || env === "auto") return "auto";
  const n = Number(env);
  if (!Number.isInteger(n) || n < 1) {
    throw new NeuriteError("BAD_ARGUMENT", `NEURITE_THREADS must be a whole number ≥ 1 or "auto", got "${env}"`);
  }
  return n;
}

/** An environment variable, or undefined where there is none or reading it is not permitted (Deno without --allow-env). */
function readEnv(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  } catch {
    return undefined;
  }
}

/** The number of threads "auto" or a count means on this machine. */
export function resolveThreads(threads: Threads): Promise<number> {
  return resolve(threads);
}
