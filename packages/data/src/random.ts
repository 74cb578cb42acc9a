/**
 * Seeds and a small PRNG for shuffles, splits and generated datasets.
 *
 * Every seeded operation takes its own `seed`; without one it calls
 * `deriveSeed()`, which draws from a global seed stream. `setDefaultSeed(s)`
 * restarts that stream (core's `nt.setSeed` calls it through `onSeed`), so the
 * same program after the same `setSeed` gives the same data. Before any
 * `setDefaultSeed`, the stream starts from a random seed.
 */
import { NeuriteError } from '@neurite/core';

let stream = (Math.random() * 0x100000000) >>> 0;

/** Restarts the global seed stream that unseeded shuffles, splits and generators draw from. */
export function setDefaultSeed(seed: number): void {
  stream = checkSeed(seed, 'setDefaultSeed');
}

/** The next seed of the global stream (a u32). */
export function deriveSeed(): number {
  stream = (stream + 0x9e3779b9) >>> 0;
  return mix32(stream);
}

/** The given seed as a u32, or the next seed of the global stream when undefined. */
export function seedOrDerive(seed: number | undefined, op: string): number {
  return seed === undefined ? deriveSeed() : checkSeed(seed, op);
}

/** Validates an integer seed and reduces it to a u32. */
export function checkSeed(seed: number, op: string): number {
  if (!Number.isInteger(seed)) throw new NeuriteError('BAD_ARGUMENT', `${op}: seed must be an integer, got ${seed}`);
  return seed >>> 0;
}

/** The seed of iteration k of a reshuffling dataset: `seed` itself first, then independent sub-seeds. */
export function iterationSeed(seed: number, k: number): number {
  return k === 0 ? seed : mix32((seed ^ mix32(k + 0x632be5ab)) >>> 0);
}

// see: https://github.com/skeeto/hash-prospector (lowbias32 finaliser)
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A seeded uniform generator with the helpers the package needs. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform in [a, b). */
  uniform(a: number, b: number): number;
  /** Normal with the given mean and standard deviation (Marsaglia's polar method). */
  normal(mean?: number, std?: number): number;
}

/** A mulberry32 generator (32-bit state; fast, good enough for shuffling and toy data). */
export function rng(seed: number): Rng {
  // see: https://gist.github.com/tommyettinger/46a874533244883189143505d203312c (mulberry32)
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    uniform: (a, b) => a + (b - a) * next(),
    normal: (mean = 0, std = 1) => {
      let v1: number, v2: number, q: number;
      do {
        v1 = 2 * next() - 1;
        v2 = 2 * next() - 1;
        q = v1 * v1 + v2 * v2;
      } while (q >= 1 || q === 0);
      return mean + std * Math.sqrt((-2 * Math.log(q)) / q) * v1;
    },
  };
}

/** Fisher–Yates shuffle of `a` in place. */
export function shuffleInPlace<T>(a: { [i: number]: T; length: number }, r: Rng): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

/** A seeded permutation of 0..n-1. */
export function permutation(n: number, r: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  shuffleInPlace(p, r);
  return p;
}
