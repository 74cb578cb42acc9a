import type { RandomKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// The generator of assembly/random.ts in 32-bit integer JS (Math.imul, >>> 0),
// bit-identical to both wasm flavours. See that file for the construction.
// see: https://github.com/skeeto/hash-prospector

const GOLDEN = 0x9e3779b9;
const TWO_M24 = 2 ** -24;
const MAX_DRAWS = 64;
const f32 = Math.fround;

function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
}

interface Keys {
  k1: number;
  k2: number;
}

function keys(seed: number): Keys {
  const k1 = mix((seed + GOLDEN) >>> 0);
  return { k1, k2: mix((k1 ^ 0x85ebca6b) >>> 0) };
}

function bits({ k1, k2 }: Keys, counter: number): number {
  return mix((mix((counter ^ k1) >>> 0) ^ k2) >>> 0);
}

function uniform(k: Keys, counter: number): number {
  return (bits(k, counter) >>> 8) * TWO_M24;
}

/** Box–Muller: counters 2j, 2j + 1 (j = index >> 1) make a pair; even index → cos, odd → sin. */
function normal(k: Keys, index: number): number {
  const c = (index & ~1) >>> 0;
  const u1 = ((bits(k, c) >>> 8) + 1) * TWO_M24;
  const u2 = (bits(k, (c | 1) >>> 0) >>> 8) * TWO_M24;
  const r = Math.sqrt(-2 * Math.log(u1));
  const theta = 2 * Math.PI * u2;
  return index & 1 ? r * Math.sin(theta) : r * Math.cos(theta);
}

/** Draw a ≥ 1 of a rejected truncated normal: normal `index` under seed + a·φ. */
function truncated(seed: number, index: number): number {
  let z = 0;
  for (let a = 0; a < MAX_DRAWS; a++) {
    z = normal(keys((seed + Math.imul(a, GOLDEN)) >>> 0), index);
    if (Math.abs(z) <= 2) return z;
  }
  return Math.max(-2, Math.min(2, z));
}

export function randomReference(v: RefViews): RandomKernels {
  return {
    // wasm returns an i32, which JS sees as signed: match it so every flavour returns the same number.
    randomBits: (seed, counter) => bits(keys(seed >>> 0), counter >>> 0) | 0,
    randomUniform(n, y, seed, offset, lo, hi) {
      const F = v.refresh().F;
      const k = keys(seed >>> 0);
      const range = f32(f32(hi) - f32(lo));
      for (let i = 0; i < n; i++) F[v.f(y, i)] = f32(f32(lo) + f32(range * uniform(k, (offset + i) >>> 0)));
    },
    randomNormal(n, y, seed, offset, mean, std) {
      const F = v.refresh().F;
      const k = keys(seed >>> 0);
      for (let i = 0; i < n; i++) F[v.f(y, i)] = f32(f32(mean) + f32(std) * normal(k, (offset + i) >>> 0));
    },
    truncatedNormal(n, y, seed, offset, mean, std) {
      const F = v.refresh().F;
      for (let i = 0; i < n; i++) {
        F[v.f(y, i)] = f32(f32(mean) + f32(std) * truncated(seed >>> 0, (offset + i) >>> 0));
      }
    },
    dropout(n, x, y, mask, rate, seed, offset) {
      const F = v.refresh().F;
      const k = keys(seed >>> 0);
      const scale = f32(1 / f32(1 - f32(rate)));
      for (let i = 0; i < n; i++) {
        const m = uniform(k, (offset + i) >>> 0) >= f32(rate) ? scale : 0;
        const xv = F[v.f(x, i)]!;
        F[v.f(mask, i)] = m;
        F[v.f(y, i)] = xv * m;
      }
    },
    dropoutBackward(n, dy, mask, dx) {
      const F = v.refresh().F;
      for (let i = 0; i < n; i++) F[v.f(dx, i)] = F[v.f(dy, i)]! * F[v.f(mask, i)]!;
    },
  };
}
