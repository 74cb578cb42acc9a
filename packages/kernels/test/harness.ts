// Shared by the kernel suites: load every flavour, move data in and out, compare.
import { expect } from "vitest";
import { NeuriteError, loadKernels, referenceKernels, type KernelModule } from "../src/index.js";

export type Arr = ArrayLike<number>;

let cached: Promise<KernelModule[]> | undefined;
/** simd, scalar and the f32 js reference, loaded once per test file. */
export function flavours(): Promise<KernelModule[]> {
  cached ??= Promise.all([
    loadKernels({ flavour: "simd" }),
    loadKernels({ flavour: "scalar" }),
    Promise.resolve(referenceKernels("f32")),
  ]);
  return cached;
}

/** Deterministic test data (mulberry32), independent of the library's RNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomArray(n: number, seed: number, lo = -1, hi = 1): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * r();
  return out;
}

/** |a - e| <= atol + rtol * |e| elementwise, reporting the first failing index. */
export function expectClose(actual: Arr, expected: Arr, rtol = 1e-5, atol = 1e-6, label = ""): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (Number.isNaN(e) && Number.isNaN(a)) continue;
    if (a === e) continue;
    const ok = Math.abs(a - e) <= atol + rtol * Math.abs(e);
    if (!ok) expect.fail(`${label} index ${i}: got ${a}, expected ${e} (rtol ${rtol}, atol ${atol})`);
  }
}

export function closeScalar(actual: number, expected: number, rtol = 1e-5, atol = 1e-6): boolean {
  return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
}

/** `call` throws a NeuriteError with code BAD_ARGUMENT; `label` names the case when it does not. */
export function expectBadArgument(call: () => unknown, label = ""): void {
  let error: unknown;
  try {
    call();
  } catch (e) {
    error = e;
  }
  expect(error, label).toBeInstanceOf(NeuriteError);
  expect((error as NeuriteError).code, label).toBe("BAD_ARGUMENT");
}

/** Row-major strides of `dims`, 0 on size-1 axes, right-aligned into `rank` axes (numpy broadcasting). */
export function broadcastStrides(dims: number[], rank: number): number[] {
  const out = new Array<number>(rank).fill(0);
  let s = 1;
  for (let d = dims.length - 1; d >= 0; d--) {
    out[rank - dims.length + d] = dims[d] === 1 ? 0 : s;
    s *= dims[d]!;
  }
  return out;
}
