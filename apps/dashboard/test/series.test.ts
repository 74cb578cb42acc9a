import { describe, expect, it } from "vitest";
import { ema, m4, ScalarSeries } from "../../../packages/node/src/dashboard/series.js";

/** Mulberry32: a seeded generator so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The debiased EMA in closed form: Σ (1-w) w^(i-j) v_j / (1 - w^(i+1)), summed directly. */
function emaReference(v: number[], w: number): number[] {
  return v.map((_, i) => {
    let s = 0;
    for (let j = 0; j <= i; j++) s += (1 - w) * Math.pow(w, i - j) * v[j]!;
    return s / (1 - Math.pow(w, i + 1));
  });
}

describe("ema (TensorBoard-style, debiased)", () => {
  it("matches the closed form for several weights", () => {
    const r = rng(1);
    const v = Array.from({ length: 300 }, () => r() * 10 - 5);
    for (const w of [0, 0.3, 0.6, 0.9, 0.99]) {
      const got = ema(v, w);
      emaReference(v, w).forEach((x, i) => expect(got[i]).toBeCloseTo(x, 10));
    }
  });

  it("gives bit for bit the step-by-step recurrence that divides by 1 - w^n at every point", () => {
    // ema stops computing w^n once it is too small to change 1 - w^n: that must change no result.
    const r = rng(2);
    const v = Array.from({ length: 3000 }, (_, i) => (i % 97 === 5 ? NaN : r() * 10 - 5));
    for (const w of [0, 1e-9, 0.3, 0.6, 0.9, 0.99, 0.999]) {
      let last = 0;
      let n = 0;
      const want = v.map((x) => (Number.isFinite(x) ? ((last = last * w + (1 - w) * x), n++, last / (1 - Math.pow(w, n))) : x));
      expect(ema(v, w)).toEqual(want);
    }
  });

  it("is exact at the left edge: the first point is the first value, not pulled toward 0", () => {
    expect(ema([10, 10.5], 0.99)[0]).toBe(10);
    expect(ema([3], 0.95)).toEqual([3]);
  });

  it("keeps a constant series exactly constant and passes non-finite values through", () => {
    expect(ema([0.1, 0.1, 0.1, 0.1], 0.9)).toEqual([0.1, 0.1, 0.1, 0.1]);
    const out = ema([1, NaN, 2, Infinity, 3], 0.5);
    expect(out[1]).toBeNaN();
    expect(out[3]).toBe(Infinity);
    const finite = ema([1, 2, 3], 0.5);
    expect([out[0], out[2], out[4]]).toEqual(finite);
  });
});

describe("m4 downsampling", () => {
  it("keeps every bucket's first, last, min and max against a brute-force pass", () => {
    const r = rng(7);
    let x = 0;
    const xs = Array.from({ length: 20_000 }, () => (x += 1 + Math.floor(r() * 5)));
    const ys = xs.map(() => r() * 2 - 1);
    ys[12_345] = 50;
    ys[777] = -50;
    const maxPoints = 800;
    const keep = m4(xs, ys, maxPoints);
    expect(keep.length).toBeLessThanOrEqual(maxPoints);
    expect(keep).toEqual([...keep].sort((a, b) => a - b));
    const kept = new Set(keep);
    const buckets = maxPoints / 4;
    const span = xs[xs.length - 1]! - xs[0]!;
    const byBucket = new Map<number, number[]>();
    xs.forEach((xv, i) => {
      const b = Math.min(buckets - 1, Math.floor(((xv - xs[0]!) / span) * buckets));
      byBucket.set(b, [...(byBucket.get(b) ?? []), i]);
    });
    for (const idx of byBucket.values()) {
      const vals = idx.map((i) => ys[i]!);
      const keptVals = idx.filter((i) => kept.has(i)).map((i) => ys[i]!);
      expect(kept.has(idx[0]!)).toBe(true);
      expect(kept.has(idx[idx.length - 1]!)).toBe(true);
      expect(Math.max(...keptVals)).toBe(Math.max(...vals));
      expect(Math.min(...keptVals)).toBe(Math.min(...vals));
    }
    expect(kept.has(12_345) && kept.has(777)).toBe(true);
  });

  it("returns short series whole and keeps a NaN visible", () => {
    expect(m4([1, 2, 3], [3, 2, 1], 100)).toEqual([0, 1, 2]);
    const ys = Array.from({ length: 1000 }, (_, i) => (i === 500 ? NaN : i));
    expect(m4(ys.map((_, i) => i), ys, 40)).toContain(500);
  });
});

describe("ScalarSeries", () => {
  it("orders by step and lets a re-logged step replace the earlier value", () => {
    const s = new ScalarSeries();
    [[0, 5], [1, 4], [2, 3], [1, 40], [3, 2], [0, 50]].forEach(([step, v]) => s.push(step!, 100 + step!, v!));
    expect(s.ordered()).toEqual({ step: [0, 1, 2, 3], wall: [100, 101, 102, 103], value: [50, 40, 3, 2] });
    expect(s.length).toBe(6);
  });
});
