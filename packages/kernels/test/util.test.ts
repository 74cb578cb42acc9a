import { describe, expect, it } from "vitest";
import { referenceKernels, type KernelModule } from "../src/index.js";
import { expectBadArgument, expectClose, flavours, randomArray } from "./harness.js";

const mods = await flavours();
const SIZES = [0, 1, 3, 5, 17, 1023];
/** Elements past n that must survive every kernel: catches tail overruns. */
const GUARD = 7;
const SENTINEL = 12345;

function withGuard(data: ArrayLike<number>): number[] {
  return [...Array.from(data), ...new Array<number>(GUARD).fill(SENTINEL)];
}

function expectGuard(mod: KernelModule, ptr: number, n: number, ints = false): void {
  const tail = ints ? mod.readInts(ptr + n * 4, GUARD) : mod.readFloats(ptr + n * mod.floatBytes, GUARD);
  expect(Array.from(tail), `${mod.flavour} guard after ${n}`).toEqual(new Array<number>(GUARD).fill(SENTINEL));
}

/** A reduction's error bound scales with Σ|terms|, not with the (possibly cancelling) result. */
function expectSum(actual: number, exact: number, magnitude: number, label: string): void {
  expect(Math.abs(actual - exact), label).toBeLessThanOrEqual(1e-6 * magnitude + 1e-9);
}

describe("util: fills, copies and level-1 updates", () => {
  it("fill and fillI32 write exactly n elements", () => {
    for (const mod of mods) {
      for (const n of SIZES) {
        const y = mod.uploadFloats(withGuard(new Array<number>(n).fill(0)));
        mod.raw.fill(n, -2.5, y);
        expect(Array.from(mod.readFloats(y, n))).toEqual(new Array<number>(n).fill(-2.5));
        expectGuard(mod, y, n);
        const yi = mod.uploadInts(withGuard(new Array<number>(n).fill(0)));
        mod.raw.fillI32(n, -7, yi);
        expect(Array.from(mod.readInts(yi, n))).toEqual(new Array<number>(n).fill(-7));
        expectGuard(mod, yi, n, true);
        mod.free(y);
        mod.free(yi);
      }
    }
  });

  it("fill accepts NaN", () => {
    for (const mod of mods) {
      const y = mod.allocFloats(5);
      mod.checked.fill(5, NaN, y);
      expect(Array.from(mod.readFloats(y, 5)).every(Number.isNaN)).toBe(true);
      mod.free(y);
    }
  });

  it("copy has memmove semantics for overlapping ranges in both directions", () => {
    for (const mod of mods) {
      for (const n of SIZES) {
        for (const shift of [-3, -1, 0, 1, 3, n + 2]) {
          const total = n + 2 * Math.abs(shift) + 8;
          const data = Array.from({ length: total }, (_, i) => i + 1);
          const base = mod.uploadFloats(data);
          const src = 4 + Math.max(0, -shift);
          const expected = data.slice();
          expected.copyWithin(src + shift, src, src + n);
          mod.raw.copy(n, base + src * mod.floatBytes, base + (src + shift) * mod.floatBytes);
          expect(Array.from(mod.readFloats(base, total)), `${mod.flavour} n=${n} shift=${shift}`).toEqual(expected);
          mod.free(base);
        }
      }
    }
  });

  it("scal and axpy match the f32 formulas, with y aliasing x allowed", () => {
    for (const n of SIZES) {
      const x = randomArray(n, 11 + n);
      const y = randomArray(n, 12 + n);
      const alpha = Math.fround(-0.75);
      const scaled = Array.from(x, (v) => Math.fround(v * alpha));
      const axpy = Array.from(x, (v, i) => y[i]! + alpha * v);
      const doubled = Array.from(x, (v) => v + alpha * v);
      for (const mod of mods) {
        const px = mod.uploadFloats(withGuard(x));
        const py = mod.uploadFloats(withGuard(y));
        mod.raw.scal(n, alpha, px);
        // One f32 multiply: exact in every flavour.
        expect(Array.from(mod.readFloats(px, n)), `${mod.flavour} scal`).toEqual(scaled);
        expectGuard(mod, px, n);
        mod.writeFloats(px, x);
        mod.raw.axpy(n, alpha, px, py);
        expectClose(mod.readFloats(py, n), axpy, 1e-6, 1e-7, `${mod.flavour} axpy`);
        expectGuard(mod, py, n);
        mod.raw.axpy(n, alpha, px, px);
        expectClose(mod.readFloats(px, n), doubled, 1e-6, 1e-7, `${mod.flavour} axpy aliased`);
        mod.free(px);
        mod.free(py);
      }
    }
  });
});

describe("util: reductions", () => {
  it("sum, sumSquares and dot of 1..n are n(n+1)/2, n(n+1)(2n+1)/6 and the same", () => {
    // Small enough that every f32 partial sum is an exact integer (< 2^24).
    const n = 203;
    const x = Array.from({ length: n }, (_, i) => i + 1);
    for (const mod of mods) {
      const p = mod.uploadFloats(x);
      expect(mod.raw.sum(n, p)).toBe((n * (n + 1)) / 2);
      expect(mod.raw.sumSquares(n, p)).toBe((n * (n + 1) * (2 * n + 1)) / 6);
      expect(mod.raw.dot(n, p, p)).toBe((n * (n + 1) * (2 * n + 1)) / 6);
      mod.free(p);
    }
  });

  it("agree with float64 sums on random data across chunk boundaries and tails", () => {
    for (const n of [...SIZES, 16, 1024, 1040, 100003]) {
      const x = randomArray(n, 21 + n);
      const y = randomArray(n, 22 + n, -3, 2);
      let s = 0, abs = 0, sq = 0, d = 0, dAbs = 0;
      for (let i = 0; i < n; i++) {
        s += x[i]!;
        abs += Math.abs(x[i]!);
        sq += x[i]! * x[i]!;
        d += x[i]! * y[i]!;
        dAbs += Math.abs(x[i]! * y[i]!);
      }
      for (const mod of mods) {
        const px = mod.uploadFloats(x);
        const py = mod.uploadFloats(y);
        expectSum(mod.raw.sum(n, px), s, abs, `${mod.flavour} sum n=${n}`);
        expectSum(mod.raw.sumSquares(n, px), sq, sq, `${mod.flavour} sumSquares n=${n}`);
        expectSum(mod.raw.dot(n, px, py), d, dAbs, `${mod.flavour} dot n=${n}`);
        mod.free(px);
        mod.free(py);
      }
    }
  });

  it("countNonFinite counts NaN and ±Inf anywhere, including the tail", () => {
    for (const n of [0, 1, 5, 17, 1023]) {
      const x = randomArray(n, 31 + n, -1e30, 1e30);
      const special = [NaN, Infinity, -Infinity, 3.4e38, -0];
      for (let i = 0; i < n; i += 3) x[i] = special[(i / 3) % special.length]!;
      if (n > 0) x[n - 1] = -Infinity;
      const expected = x.filter((v) => !Number.isFinite(v)).length;
      for (const mod of mods) {
        const p = mod.uploadFloats(x);
        expect(mod.raw.countNonFinite(n, p), `${mod.flavour} n=${n}`).toBe(expected);
        mod.free(p);
      }
    }
  });
});

describe("util: argmaxRows", () => {
  function argmax(mod: KernelModule, m: number, n: number, x: ArrayLike<number>): number[] {
    const px = mod.uploadFloats(x);
    const out = mod.allocInts(m);
    mod.raw.argmaxRows(m, n, px, out);
    const r = Array.from(mod.readInts(out, m));
    mod.free(px);
    mod.free(out);
    return r;
  }

  it("returns the first maximum; NaN counts as the maximum (numpy.argmax)", () => {
    const rows: [number[], number][] = [
      [[1, 3, 3, 2], 1],
      [[1, NaN, 5, NaN], 1],
      [[NaN, 9], 0],
      [[-Infinity, -Infinity], 0],
      [[-0, 0], 0],
      [[7], 0],
      [[...new Array<number>(20).fill(1), 2, 2], 20],
      [[...new Array<number>(18).fill(-1), 0, NaN, 5], 19],
      [[9, ...new Array<number>(30).fill(1)], 0],
      [[...new Array<number>(33).fill(0), 0.5], 33],
    ];
    for (const mod of mods) {
      for (const [row, want] of rows) {
        expect(argmax(mod, 1, row.length, row), `${mod.flavour} ${row.join(",")}`).toEqual([want]);
      }
    }
  });

  it("agrees with a plain scan on random matrices with ties, SIMD and scalar widths", () => {
    for (const [m, n] of [[7, 3], [5, 16], [9, 17], [3, 1023], [64, 10]] as const) {
      // Few distinct values make ties common.
      const x = Array.from(randomArray(m * n, m * 100 + n, 0, 6), Math.floor);
      const expected = Array.from({ length: m }, (_, r) => {
        const row = x.slice(r * n, r * n + n);
        return row.indexOf(Math.max(...row));
      });
      for (const mod of mods) expect(argmax(mod, m, n, x), `${mod.flavour} ${m}x${n}`).toEqual(expected);
    }
  });
});

describe("util: casts", () => {
  it("castF32ToI32 truncates toward zero and saturates (NaN → 0)", () => {
    const x = [NaN, Infinity, -Infinity, 2.5, -2.5, 3e9, -3e9, -0.7, 0.99, 16777216, -5];
    const want = [0, 2147483647, -2147483648, 2, -2, 2147483647, -2147483648, 0, 0, 16777216, -5];
    for (const mod of mods) {
      const px = mod.uploadFloats(x);
      const py = mod.allocInts(x.length);
      mod.raw.castF32ToI32(x.length, px, py);
      expect(Array.from(mod.readInts(py, x.length)), mod.flavour).toEqual(want);
      mod.free(px);
      mod.free(py);
    }
  });

  it("castI32ToF32 rounds to the nearest f32", () => {
    const x = [0, -7, 16777217, 2147483647, -2147483648, 123456789, 1, 2, 3];
    const want = x.map(Math.fround);
    for (const mod of mods) {
      const px = mod.uploadInts(x);
      const py = mod.allocFloats(x.length);
      mod.raw.castI32ToF32(x.length, px, py);
      expect(Array.from(mod.readFloats(py, x.length)), mod.flavour).toEqual(want);
      mod.free(px);
      mod.free(py);
    }
  });
});

describe("util: float64 reference", () => {
  it("works with 8-byte floats: fill, copy, scal, axpy, reductions, argmax, casts, countNonFinite", () => {
    const mod = referenceKernels("f64");
    const x = [0.1, -2, 3.25, NaN, 7, -Infinity, 7];
    const px = mod.uploadFloats(x);
    const py = mod.allocFloats(7);
    mod.raw.fill(7, 0.1, py);
    expect(Array.from(mod.readFloats(py, 7))).toEqual(new Array<number>(7).fill(Math.fround(0.1)));
    mod.raw.copy(3, px, py + 8);
    expect(Array.from(mod.readFloats(py, 4))).toEqual([Math.fround(0.1), 0.1, -2, 3.25]);
    mod.raw.scal(3, 2, px);
    mod.raw.axpy(3, 1, px, py);
    expect(Array.from(mod.readFloats(py, 3))).toEqual([Math.fround(0.1) + 0.2, 0.1 - 4, -2 + 6.5]);
    expect([mod.raw.sum(3, px), mod.raw.sumSquares(2, px), mod.raw.dot(2, px, px)]).toEqual([0.2 - 4 + 6.5, 0.04 + 16, 0.04 + 16]);
    expect(mod.raw.countNonFinite(7, px)).toBe(2);
    const out = mod.allocInts(2);
    mod.raw.argmaxRows(2, 3, px, out);
    expect(Array.from(mod.readInts(out, 2))).toEqual([2, 0]);
    mod.raw.castF32ToI32(3, px, out);
    expect(Array.from(mod.readInts(out, 2))).toEqual([0, -4]);
    mod.raw.castI32ToF32(2, out, py);
    expect(Array.from(mod.readFloats(py, 2))).toEqual([0, -4]);
  });
});

describe("util: checked wrapper", () => {
  it("rejects bad sizes, null or out-of-memory pointers and invalid values", () => {
    for (const mod of mods) {
      const p = mod.allocFloats(8);
      const end = mod.memory.buffer.byteLength;
      const bad: [string, () => unknown][] = [
        ["negative n", () => mod.checked.fill(-1, 0, p)],
        ["fractional n", () => mod.checked.sum(2.5, p)],
        ["null pointer", () => mod.checked.copy(4, 0, p)],
        ["past the end", () => mod.checked.dot(8, p, end - 8)],
        ["unaligned", () => mod.checked.scal(2, 1, p + 2)],
        ["int32 value", () => mod.checked.fillI32(2, 1.5, p)],
        ["empty rows", () => mod.checked.argmaxRows(2, 0, p, p)],
        ["NaN size", () => mod.checked.countNonFinite(NaN, p)],
        ["arity", () => (mod.checked.axpy as (...a: number[]) => void)(2, 1, p)],
      ];
      for (const [label, call] of bad) expectBadArgument(call, `${mod.flavour} ${label}`);
      expect(mod.checked.sum(0, 0)).toBe(0);
      mod.free(p);
    }
  });
});
