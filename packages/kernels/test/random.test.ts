import { describe, expect, it } from "vitest";
import { referenceKernels, type KernelModule } from "../src/index.js";
import { expectBadArgument, expectClose, flavours, randomArray } from "./harness.js";

const mods = await flavours();
const [simd, scalar, js] = mods as [KernelModule, KernelModule, KernelModule];
const SIZES = [0, 1, 3, 5, 17, 1023];
const TWO_M24 = 2 ** -24;

// The documented construction, written again in BigInt so it checks the
// Math.imul / >>> 0 arithmetic of the reference as well as the wasm.
const M32 = 0xffffffffn;
function mixBig(x: bigint): bigint {
  x ^= x >> 16n;
  x = (x * 0x21f0aaadn) & M32;
  x ^= x >> 15n;
  x = (x * 0x735a2d97n) & M32;
  return x ^ (x >> 15n);
}
function bitsBig(seed: number, counter: number): number {
  const k1 = mixBig((BigInt(seed >>> 0) + 0x9e3779b9n) & M32);
  const k2 = mixBig(k1 ^ 0x85ebca6bn);
  return Number(mixBig(mixBig(BigInt(counter >>> 0) ^ k1) ^ k2));
}

type Fill = (mod: KernelModule, n: number, y: number) => void;
function draw(mod: KernelModule, n: number, fill: Fill): Float32Array | Float64Array {
  const y = mod.allocFloats(n);
  fill(mod, n, y);
  const out = mod.readFloats(y, n);
  mod.free(y);
  return out;
}
const uniform = (seed: number, offset: number, lo = 0, hi = 1): Fill =>
  (m, n, y) => m.raw.randomUniform(n, y, seed, offset, lo, hi);
const normal = (seed: number, offset: number, mean = 0, std = 1): Fill =>
  (m, n, y) => m.raw.randomNormal(n, y, seed, offset, mean, std);
const truncated = (seed: number, offset: number, mean = 0, std = 1): Fill =>
  (m, n, y) => m.raw.truncatedNormal(n, y, seed, offset, mean, std);

function moments(x: ArrayLike<number>): { mean: number; variance: number } {
  let s = 0, s2 = 0;
  for (let i = 0; i < x.length; i++) {
    s += x[i]!;
    s2 += x[i]! * x[i]!;
  }
  const mean = s / x.length;
  return { mean, variance: s2 / x.length - mean * mean };
}

/** Pearson's χ² of observed counts against a uniform expectation. */
function chiSquare(counts: ArrayLike<number>, total: number): number {
  const expected = total / counts.length;
  let chi = 0;
  for (let i = 0; i < counts.length; i++) chi += (counts[i]! - expected) ** 2 / expected;
  return chi;
}
/** χ² with 255 degrees of freedom exceeds this with p ≈ 1e-6 (Wilson–Hilferty). */
const CHI_255 = 380;

describe("random: the generator", () => {
  it("randomBits is the documented construction, identical in every flavour", () => {
    const seeds = [0, 1, 2, 42, 0x7fffffff, 0x80000000, 0xffffffff, -1];
    const counters = [0, 1, 2, 3, 1000, 0xfffffffe, 0xffffffff];
    for (const seed of seeds) {
      for (const counter of counters) {
        const want = bitsBig(seed, counter) | 0;
        for (const mod of mods) expect(mod.raw.randomBits(seed, counter), `${mod.flavour} ${seed}/${counter}`).toBe(want);
      }
    }
    // Pinned, so a change to the generator (and to every seeded result) is deliberate.
    expect([bitsBig(0, 0), bitsBig(42, 7)]).toEqual([3997449678, 3085867551]);
  });

  it("bytes are uniform and show no dependence between adjacent counters or adjacent seeds", () => {
    const n = 1 << 16;
    const bits = (seed: number, c: number) => js.raw.randomBits(seed, c) >>> 0;
    for (const seed of [0, 1, 12345]) {
      for (let shift = 0; shift < 32; shift += 8) {
        const counts = new Array<number>(256).fill(0);
        for (let c = 0; c < n; c++) counts[(bits(seed, c) >>> shift) & 255]!++;
        expect(chiSquare(counts, n), `seed ${seed} byte ${shift / 8}`).toBeLessThan(CHI_255);
      }
      // Joint 16×16 table of a nibble of one draw against the same nibble of its neighbour.
      for (const [label, next] of [["counter", (c: number) => bits(seed, c + 1)], ["seed", (c: number) => bits(seed + 1, c)]] as const) {
        for (const shift of [0, 28]) {
          const counts = new Array<number>(256).fill(0);
          for (let c = 0; c < n; c++) counts[(((bits(seed, c) >>> shift) & 15) << 4) | ((next(c) >>> shift) & 15)]!++;
          expect(chiSquare(counts, n), `adjacent ${label}, seed ${seed}, nibble at ${shift}`).toBeLessThan(CHI_255);
        }
      }
    }
  });

  it("uniforms of adjacent counters and adjacent seeds are uncorrelated", () => {
    const n = 100000;
    const a = draw(js, n + 1, uniform(9, 0));
    const b = draw(js, n, uniform(10, 0));
    const corr = (x: ArrayLike<number>, y: ArrayLike<number>) => {
      let sxy = 0;
      for (let i = 0; i < n; i++) sxy += (x[i]! - 0.5) * (y[i]! - 0.5);
      return sxy / n / (1 / 12);
    };
    // 4.5 standard errors of a correlation estimated from n pairs.
    expect(Math.abs(corr(a, a.subarray(1)))).toBeLessThan(4.5 / Math.sqrt(n));
    expect(Math.abs(corr(a, b))).toBeLessThan(4.5 / Math.sqrt(n));
  });
});

describe("random: randomUniform", () => {
  it("is lo + (hi − lo)·u in f32, bit-identical in every flavour", () => {
    const lo = Math.fround(-0.3), hi = Math.fround(2.7);
    for (const n of SIZES) {
      const offset = 3 * n + 1;
      const want = Array.from({ length: n }, (_, i) =>
        Math.fround(lo + Math.fround(Math.fround(hi - lo) * (bitsBig(77, offset + i) >>> 8) * TWO_M24)));
      for (const mod of mods) expect(Array.from(draw(mod, n, uniform(77, offset, lo, hi))), `${mod.flavour} n=${n}`).toEqual(want);
    }
  });

  it("offset o over n elements equals the slice [o, o + n) of a longer call, also across 2^32", () => {
    for (const mod of mods) {
      const long = draw(mod, 1000, uniform(5, 0));
      for (const [o, n] of [[0, 1], [1, 4], [3, 17], [101, 899], [998, 2]]) {
        expect(Array.from(draw(mod, n!, uniform(5, o!))), `${mod.flavour} ${o}+${n}`).toEqual(Array.from(long.subarray(o, o! + n!)));
      }
      const wrapped = draw(mod, 6, uniform(5, 0xfffffffd));
      expect(Array.from(wrapped.subarray(3))).toEqual(Array.from(long.subarray(0, 3)));
    }
  });

  it("has mean 1/2 and variance 1/12 over 1e5 draws, in [lo, hi)", () => {
    const n = 100000;
    for (const mod of mods) {
      const x = draw(mod, n, uniform(2024, 0));
      const { mean, variance } = moments(x);
      expect(Math.abs(mean - 0.5)).toBeLessThan(0.004);
      expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.001);
      expect(Math.min(...x)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...x)).toBeLessThan(1);
    }
  });
});

describe("random: randomNormal and truncatedNormal", () => {
  /** Box–Muller as documented: normal k uses the pair of counters (k & ~1, k | 1). */
  function handNormal(seed: number, k: number): number {
    const u1 = ((bitsBig(seed, k & ~1) >>> 8) + 1) * TWO_M24;
    const u2 = (bitsBig(seed, (k | 1) >>> 0) >>> 8) * TWO_M24;
    const r = Math.sqrt(-2 * Math.log(u1));
    return k & 1 ? r * Math.sin(2 * Math.PI * u2) : r * Math.cos(2 * Math.PI * u2);
  }

  it("is Box–Muller over counter pairs; simd and scalar bit-identical, js within 1e-6", () => {
    const mean = Math.fround(0.5), std = Math.fround(2);
    for (const n of SIZES) {
      const offset = n % 2 ? 7 : 0;
      const a = draw(simd, n, normal(31, offset, mean, std));
      expect(Array.from(draw(scalar, n, normal(31, offset, mean, std))), `scalar n=${n}`).toEqual(Array.from(a));
      // wasm uses AssemblyScript's compiled-in log/sin/cos, js uses Math.*: equal up to the last ulp.
      expectClose(draw(js, n, normal(31, offset, mean, std)), a, 1e-6, 1e-6, `js n=${n}`);
      const want = Array.from({ length: n }, (_, i) => mean + std * handNormal(31, offset + i));
      expectClose(a, want, 1e-6, 1e-6, `formula n=${n}`);
    }
  });

  it("continues across offsets like uniforms, for odd and even offsets", () => {
    for (const fill of [normal, truncated]) {
      for (const mod of mods) {
        const long = draw(mod, 300, fill(8, 0));
        for (const [o, n] of [[1, 1], [1, 2], [2, 5], [3, 4], [101, 199], [299, 1]]) {
          expect(Array.from(draw(mod, n!, fill(8, o!))), `${mod.flavour} ${o}+${n}`).toEqual(Array.from(long.subarray(o, o! + n!)));
        }
      }
    }
  });

  it("randomNormal has mean 0 and variance 1 over 1e5 draws", () => {
    const n = 100000;
    for (const mod of mods) {
      const x = draw(mod, n, normal(99, 0));
      const { mean, variance } = moments(x);
      expect(Math.abs(mean), mod.flavour).toBeLessThan(4 / Math.sqrt(n));
      expect(Math.abs(variance - 1), mod.flavour).toBeLessThan(4 * Math.sqrt(2 / n));
      // P(|z| ≤ 1) = 0.682689
      const within = x.filter((v) => Math.abs(v) <= 1).length / n;
      expect(Math.abs(within - 0.682689), mod.flavour).toBeLessThan(0.006);
    }
  });

  it("truncatedNormal stays within 2 std, keeps the first draw when it fits, and has the truncated variance", () => {
    const n = 100000;
    const mean = Math.fround(1), std = Math.fround(0.5);
    // Var of a standard normal truncated to [−2, 2]: 1 − 2·2·φ(2)/(Φ(2) − Φ(−2)).
    const truncVar = 1 - (4 * 0.05399096651) / 0.95449973610;
    for (const mod of mods) {
      const t = draw(mod, n, truncated(4, 0, mean, std));
      const z = draw(mod, n, normal(4, 0, mean, std));
      let redrawn = 0, outside = 0, changed = 0;
      for (let i = 0; i < n; i++) {
        if (Math.abs(t[i]! - mean) > 2 * std + 1e-6) outside++;
        if (Math.abs(z[i]! - mean) > 2 * std - 1e-6) redrawn++;
        else if (t[i] !== z[i]) changed++;
      }
      expect([outside, changed], `${mod.flavour}: outside 2 std, first draws not kept`).toEqual([0, 0]);
      // P(|z| > 2) = 0.0455
      expect(Math.abs(redrawn / n - 0.0455)).toBeLessThan(0.003);
      const m = moments(Array.from(t, (v) => (v - mean) / std));
      expect(Math.abs(m.mean), mod.flavour).toBeLessThan(0.012);
      expect(Math.abs(m.variance - truncVar), mod.flavour).toBeLessThan(0.015);
    }
    const a = draw(simd, 5000, truncated(4, 17));
    expect(Array.from(draw(scalar, 5000, truncated(4, 17)))).toEqual(Array.from(a));
    expectClose(draw(js, 5000, truncated(4, 17)), a, 1e-6, 1e-6, "js");
  });
});

describe("random: dropout", () => {
  function dropout(mod: KernelModule, x: ArrayLike<number>, rate: number, seed: number, offset: number) {
    const n = x.length;
    const px = mod.uploadFloats(x);
    const py = mod.allocFloats(n);
    const pm = mod.allocFloats(n);
    mod.raw.dropout(n, px, py, pm, rate, seed, offset);
    const out = { y: mod.readFloats(py, n), mask: mod.readFloats(pm, n) };
    for (const p of [px, py, pm]) mod.free(p);
    return out;
  }

  it("same seed ⇒ same mask, bit-identical in every flavour; mask = u ≥ rate ? 1/(1 − rate) : 0", () => {
    const rate = Math.fround(0.3);
    const scale = Math.fround(1 / Math.fround(1 - rate));
    for (const n of [...SIZES, 4099]) {
      const x = randomArray(n, n + 3, -4, 4);
      const want = Array.from({ length: n }, (_, i) => ((bitsBig(11, 40 + i) >>> 8) * TWO_M24 >= rate ? scale : 0));
      for (const mod of mods) {
        const { y, mask } = dropout(mod, x, rate, 11, 40);
        expect(Array.from(mask), `${mod.flavour} mask n=${n}`).toEqual(want);
        expect(Array.from(y), `${mod.flavour} y n=${n}`).toEqual(Array.from(x, (v, i) => Math.fround(v * want[i]!)));
      }
    }
  });

  it("agrees with randomUniform on the same counters", () => {
    for (const mod of mods) {
      const u = draw(mod, 999, uniform(6, 123));
      const { mask } = dropout(mod, new Array<number>(999).fill(1), 0.5, 6, 123);
      expect(Array.from(mask)).toEqual(Array.from(u, (v) => (v >= 0.5 ? 2 : 0)));
    }
  });

  it("rate 0 keeps everything unchanged", () => {
    const x = randomArray(37, 1);
    for (const mod of mods) {
      const { y, mask } = dropout(mod, x, 0, 1, 0);
      expect(Array.from(mask)).toEqual(new Array<number>(37).fill(1));
      expect(Array.from(y)).toEqual(Array.from(x));
    }
  });

  it("keeps a fraction ≈ 1 − rate of 1e5 elements", () => {
    const n = 100000;
    const ones = new Array<number>(n).fill(1);
    for (const rate of [0.1, 0.5, 0.9]) {
      for (const mod of mods) {
        const { mask } = dropout(mod, ones, rate, 77, 0);
        const kept = mask.filter((m) => m > 0).length / n;
        expect(Math.abs(kept - (1 - rate)), `${mod.flavour} rate ${rate}`).toBeLessThan(4.5 * Math.sqrt((rate * (1 - rate)) / n));
      }
    }
  });

  it("dropoutBackward is dy·mask, also in place", () => {
    for (const n of SIZES) {
      const dy = randomArray(n, 50 + n);
      const mask = Array.from(randomArray(n, 60 + n), (v) => (v > 0 ? 2 : 0));
      const want = Array.from(dy, (v, i) => Math.fround(v * mask[i]!));
      for (const mod of mods) {
        const pdy = mod.uploadFloats(dy);
        const pm = mod.uploadFloats(mask);
        const pdx = mod.allocFloats(n);
        mod.raw.dropoutBackward(n, pdy, pm, pdx);
        expect(Array.from(mod.readFloats(pdx, n)), `${mod.flavour} n=${n}`).toEqual(want);
        mod.raw.dropoutBackward(n, pdy, pm, pdy);
        expect(Array.from(mod.readFloats(pdy, n)), `${mod.flavour} in place n=${n}`).toEqual(want);
        for (const p of [pdy, pm, pdx]) mod.free(p);
      }
    }
  });
});

describe("random: float64 reference and checked wrapper", () => {
  it("the f64 reference draws the same numbers as the f32 one", () => {
    const js64 = referenceKernels("f64");
    for (const fill of [uniform(3, 9, -1, 1), normal(3, 9), truncated(3, 9)]) {
      expect(Array.from(draw(js64, 257, fill))).toEqual(Array.from(draw(js, 257, fill)));
    }
  });

  it("rejects bad sizes, pointers, seeds, offsets and rates", () => {
    for (const mod of mods) {
      const p = mod.allocFloats(8);
      const bad: [string, () => unknown][] = [
        ["negative n", () => mod.checked.randomUniform(-1, p, 0, 0, 0, 1)],
        ["null y", () => mod.checked.randomNormal(4, 0, 0, 0, 0, 1)],
        ["past the end", () => mod.checked.truncatedNormal(8, mod.memory.buffer.byteLength - 16, 0, 0, 0, 1)],
        ["seed ≥ 2^32", () => mod.checked.randomBits(2 ** 32, 0)],
        ["fractional counter", () => mod.checked.randomBits(0, 1.5)],
        ["offset < −2^31", () => mod.checked.randomUniform(4, p, 0, -(2 ** 31) - 1, 0, 1)],
        ["infinite std", () => mod.checked.randomNormal(4, p, 0, 0, 0, Infinity)],
        ["rate 1", () => mod.checked.dropout(4, p, p, p, 1, 0, 0)],
        ["rate 1 as f32", () => mod.checked.dropout(4, p, p, p, 1 - 1e-9, 0, 0)],
        ["negative rate", () => mod.checked.dropout(4, p, p, p, -0.1, 0, 0)],
        ["NaN rate", () => mod.checked.dropout(4, p, p, p, NaN, 0, 0)],
        ["null mask", () => mod.checked.dropoutBackward(4, p, 0, p)],
      ];
      for (const [label, call] of bad) expectBadArgument(call, `${mod.flavour} ${label}`);
      expect(() => mod.checked.randomBits(0xffffffff, -1)).not.toThrow();
      mod.free(p);
    }
  });
});
