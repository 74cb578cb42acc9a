import { NeuriteError } from "@neurite/kernels";
import { engine } from "./engine.js";

/**
 * The global seed stream. Every random op (initialisers, dropout, shuffles)
 * takes the next key from it, so `setSeed(s)` followed by the same program
 * gives the same numbers. The keys come from the kernels' counter-based
 * generator, which is bit-identical in every flavour.
 */
let globalSeed = (Math.random() * 0x100000000) >>> 0;
let counter = 0;
const listeners: ((seed: number) => void)[] = [];

/** Seeds every random op (initializers, dropout, shuffles, dataset splits): the same seed gives the same numbers. */
export function setSeed(seed: number): void {
  if (!Number.isInteger(seed)) throw new NeuriteError("BAD_ARGUMENT", `setSeed: seed must be an integer, got ${seed}`);
  globalSeed = seed >>> 0;
  counter = 0;
  for (const l of listeners) l(globalSeed);
}

/** The seed last given to setSeed. */
export function getSeed(): number {
  return globalSeed;
}

/** Lets other packages (data pipelines) follow setSeed. */
export function onSeed(listener: (seed: number) => void): void {
  listeners.push(listener);
}

/** Next key of the global stream (a u32). */
export function nextKey(): number {
  return engine.backend.k.randomBits(globalSeed, counter++) >>> 0;
}

/** A key for an op: the user's seed if given, else the next from the global stream. */
export function keyFor(seed: number | undefined, op: string): number {
  if (seed === undefined) return nextKey();
  if (!Number.isInteger(seed)) throw new NeuriteError("BAD_ARGUMENT", `${op}: seed must be an integer, got ${seed}`);
  return seed >>> 0;
}
