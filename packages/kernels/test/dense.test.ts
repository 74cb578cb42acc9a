import { describe, expect, it } from "vitest";
import { NeuriteError, type KernelModule } from "../src/index.js";
import { expectBadArgument, expectClose, flavours, randomArray, type Arr } from "./harness.js";

const mods = await flavours();
const TRANSPOSES: [number, number][] = [[0, 0], [1, 0], [0, 1], [1, 1]];
/** Written past every output (and into C's row padding) to catch stray stores. */
const SENTINEL = 12345;

interface Gemm {
  transA: number; transB: number; m: number; n: number; k: number; alpha: number; beta: number;
  /** Extra elements per row beyond the minimum leading dimension. */
  padA?: number; padB?: number; padC?: number;
}

/** Random operands for a call, with A and B stored as the transposes say. */
function operands(g: Gemm, seed: number, cFill?: number) {
  const lda = (g.transA ? g.m : g.k) + (g.padA ?? 0);
  const ldb = (g.transB ? g.k : g.n) + (g.padB ?? 0);
  const ldc = g.n + (g.padC ?? 0);
  const a = randomArray((g.transA ? g.k : g.m) * lda, seed);
  const b = randomArray((g.transB ? g.n : g.k) * ldb, seed + 1);
  const c = cFill === undefined ? randomArray(g.m * ldc, seed + 2) : new Float32Array(g.m * ldc).fill(cFill);
  return { lda, ldb, ldc, a, b, c };
}

/** Runs sgemm through the checked wrapper and returns all of C plus 4 trailing guard elements. */
function runGemm(mod: KernelModule, g: Gemm, ops: ReturnType<typeof operands>): Arr {
  const pa = mod.uploadFloats(ops.a);
  const pb = mod.uploadFloats(ops.b);
  const pc = mod.uploadFloats([...Array.from(ops.c), SENTINEL, SENTINEL, SENTINEL, SENTINEL]);
  mod.checked.sgemm(g.transA, g.transB, g.m, g.n, g.k, g.alpha, pa, ops.lda, pb, ops.ldb, g.beta, pc, ops.ldc);
  const out = mod.readFloats(pc, ops.c.length + 4);
  for (const p of [pa, pb, pc]) mod.free(p);
  return out;
}

/** Both wasm flavours against the reference; padding columns and the guard must be untouched. */
function expectAgree(g: Gemm, seed: number, cFill?: number): void {
  const ops = operands(g, seed, cFill);
  const [simd, scalar, js] = mods.map((mod) => runGemm(mod, g, ops));
  const label = JSON.stringify(g);
  // Sums of k products of values in [-1, 1] are ~√k in size; f32 rounding grows with them.
  const atol = 1e-5 * Math.sqrt(g.k) * Math.abs(g.alpha) + 1e-6;
  for (let i = 0; i < js!.length; i++) {
    const col = i % ops.ldc;
    if (i >= ops.c.length || col >= g.n) {
      const original = i >= ops.c.length ? SENTINEL : ops.c[i]!;
      for (const out of [simd!, scalar!, js!]) expect(out[i], `${label} untouched at ${i}`).toBe(original);
    }
  }
  expectClose(simd!, js!, 1e-5, atol, `${label} simd`);
  expectClose(scalar!, js!, 1e-5, atol, `${label} scalar`);
}

describe("sgemm", () => {
  it("matches a hand-computed product for every transpose, with alpha and beta", () => {
    // A = [[1,2,3],[4,5,6]], B = [[7,8],[9,10],[11,12]]: A·B = [[58,64],[139,154]].
    const A = [1, 2, 3, 4, 5, 6], At = [1, 4, 2, 5, 3, 6];
    const B = [7, 8, 9, 10, 11, 12], Bt = [7, 9, 11, 8, 10, 12];
    for (const mod of mods) {
      for (const [transA, transB] of TRANSPOSES) {
        const ops = { a: transA ? At : A, b: transB ? Bt : B, c: [1, 1, 1, 1], lda: transA ? 2 : 3, ldb: transB ? 3 : 2, ldc: 2 };
        const out = runGemm(mod, { transA, transB, m: 2, n: 2, k: 3, alpha: 2, beta: 0.5 }, ops as never);
        expect(Array.from(out).slice(0, 4), `${mod.flavour} ${transA}${transB}`).toEqual([116.5, 128.5, 278.5, 308.5]);
      }
    }
  });

  it("agrees across flavours on random shapes, odd and 1-sized dims, padded leading dimensions", () => {
    const shapes = [
      [1, 1, 1], [1, 7, 3], [3, 1, 5], [5, 3, 1], [10, 8, 2], [4, 8, 16], [7, 9, 13], [17, 33, 5],
      [32, 64, 64], [33, 65, 31], [64, 72, 40], [65, 129, 37], [70, 260, 260], [3, 40, 300], [40, 3, 300], [130, 9, 70],
    ];
    const scalars = [[1, 0], [0.5, 1], [-2, 0.25], [1.5, -1]];
    let seed = 1;
    for (const [m, n, k] of shapes) {
      for (const [transA, transB] of TRANSPOSES) {
        const [alpha, beta] = scalars[seed % scalars.length]!;
        const pad = seed % 3;
        expectAgree({ transA, transB, m: m!, n: n!, k: k!, alpha: alpha!, beta: beta!, padA: pad, padB: 2 - pad, padC: pad + 1 }, seed++);
      }
    }
  });

  it("beta = 0 overwrites C without reading it (NaN in C is ignored), on the direct and packed paths", () => {
    for (const [m, n, k] of [[10, 8, 2], [33, 47, 29], [80, 90, 70]]) {
      for (const [transA, transB] of TRANSPOSES) {
        expectAgree({ transA, transB, m: m!, n: n!, k: k!, alpha: 1, beta: 0, padC: 2 }, m! + n!, NaN);
      }
    }
  });

  it("alpha = 0 or k = 0 only scales C; m = 0 or n = 0 is a no-op", () => {
    for (const mod of mods) {
      const nanA = { a: new Array(12).fill(NaN), b: new Array(12).fill(NaN), c: [1, 2, 3, 4, 5, 6], lda: 4, ldb: 3, ldc: 3 };
      const scaled = runGemm(mod, { transA: 0, transB: 0, m: 2, n: 3, k: 4, alpha: 0, beta: 0.5 }, nanA as never);
      expect(Array.from(scaled).slice(0, 6), mod.flavour).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
      const empty = { a: [], b: [], c: [NaN, 2, 3, 4], lda: 1, ldb: 2, ldc: 2 };
      const zeroK = runGemm(mod, { transA: 0, transB: 0, m: 2, n: 2, k: 0, alpha: 1, beta: 0 }, empty as never);
      expect(Array.from(zeroK).slice(0, 4), mod.flavour).toEqual([0, 0, 0, 0]);
      const none = runGemm(mod, { transA: 0, transB: 0, m: 0, n: 2, k: 3, alpha: 1, beta: 0 }, { a: [], b: [1, 2, 3, 4, 5, 6], c: [], lda: 3, ldb: 2, ldc: 2 } as never);
      expect(Array.from(none), mod.flavour).toEqual([SENTINEL, SENTINEL, SENTINEL, SENTINEL]);
    }
  });

  it("the checked wrapper rejects bad arguments with BAD_ARGUMENT", () => {
    for (const mod of mods) {
      const a = mod.allocFloats(64), b = mod.allocFloats(64), c = mod.allocFloats(64);
      const call = (...over: [number, number][]) => {
        const args = [0, 0, 4, 4, 4, 1, a, 4, b, 4, 0, c, 4];
        for (const [i, v] of over) args[i] = v;
        return () => (mod.checked.sgemm as (...x: number[]) => void)(...args);
      };
      expect(call()).not.toThrow();
      const bad: [number, number][][] = [
        [[0, 2]], [[2, -1]], [[4, 1.5]], [[7, 3]], [[9, 3]], [[12, 3]], [[0, 1], [7, 3]], [[1, 1], [9, 3]],
        [[6, 0]], [[8, 0]], [[11, 0]], [[2, 1e7]], [[7, 1e8]], [[5, Infinity]], [[11, a]], [[11, b + 8]],
      ];
      for (const over of bad) expectBadArgument(call(...over), `${mod.flavour} ${JSON.stringify(over)}`);
      // A transposed A is k×m: lda must cover m, not k.
      expect(call([0, 1], [2, 2], [7, 2])).not.toThrow();
      expect(call([0, 0], [2, 2], [7, 2])).toThrow(NeuriteError);
      for (const p of [a, b, c]) mod.free(p);
    }
  });
});

describe("biasAdd and biasGrad", () => {
  const SHAPES = [[0, 3], [1, 1], [3, 5], [7, 4], [4, 17], [5, 33], [2, 64], [9, 100]];

  it("biasAdd is exact in every flavour, in place or not, and matches x + bias", () => {
    for (const [m, n] of SHAPES) {
      const x = randomArray(m! * n!, m! * 31 + n!), bias = randomArray(n!, n! + 7);
      const want = Array.from(x, (v, i) => Math.fround(v + bias[i % n!]!));
      for (const mod of mods) {
        const px = mod.uploadFloats(x), pb = mod.uploadFloats(bias), py = mod.uploadFloats([...new Array(m! * n!).fill(0), SENTINEL]);
        mod.checked.biasAdd(m!, n!, px, pb, py);
        expect(Array.from(mod.readFloats(py, m! * n! + 1)), `${mod.flavour} ${m}×${n}`).toEqual([...want, SENTINEL]);
        mod.checked.biasAdd(m!, n!, px, pb, px);
        expect(Array.from(mod.readFloats(px, m! * n!)), `${mod.flavour} ${m}×${n} in place`).toEqual(want);
        for (const p of [px, pb, py]) mod.free(p);
      }
    }
  });

  it("biasGrad sums columns, accumulates on request and ignores NaN in db otherwise", () => {
    for (const mod of mods) {
      const dy = mod.uploadFloats([1, 2, 3, 4, 5, 6]);
      const db = mod.uploadFloats([NaN, NaN, NaN, SENTINEL]);
      mod.checked.biasGrad(2, 3, dy, db, 0);
      expect(Array.from(mod.readFloats(db, 4)), mod.flavour).toEqual([5, 7, 9, SENTINEL]);
      mod.checked.biasGrad(2, 3, dy, db, 1);
      expect(Array.from(mod.readFloats(db, 4)), mod.flavour).toEqual([10, 14, 18, SENTINEL]);
      for (const p of [dy, db]) mod.free(p);
    }
    for (const [m, n] of [...SHAPES, [300, 37]]) {
      const dy = randomArray(m! * n!, m! + n! * 3), start = randomArray(n!, n!);
      for (const accumulate of [0, 1]) {
        const outs = mods.map((mod) => {
          const pdy = mod.uploadFloats(dy), pdb = mod.uploadFloats([...start, SENTINEL]);
          mod.checked.biasGrad(m!, n!, pdy, pdb, accumulate);
          const out = mod.readFloats(pdb, n! + 1);
          for (const p of [pdy, pdb]) mod.free(p);
          return out;
        });
        for (const out of outs) expect(out[n!]).toBe(SENTINEL);
        expectClose(outs[0]!, outs[2]!, 1e-5, 1e-6 * Math.max(1, m!), `simd ${m}×${n} acc ${accumulate}`);
        expectClose(outs[1]!, outs[2]!, 1e-5, 1e-6 * Math.max(1, m!), `scalar ${m}×${n} acc ${accumulate}`);
      }
    }
  });

  it("rejects bad arguments", () => {
    for (const mod of mods) {
      const x = mod.allocFloats(12), bias = mod.allocFloats(4);
      expect(() => mod.checked.biasAdd(3, 4, x, bias, x)).not.toThrow();
      expect(() => mod.checked.biasAdd(3, 4, x, bias, x + 4)).toThrow(NeuriteError);
      expect(() => mod.checked.biasAdd(-1, 4, x, bias, x)).toThrow(NeuriteError);
      expect(() => mod.checked.biasAdd(3, 4, x, 0, x)).toThrow(NeuriteError);
      expect(() => mod.checked.biasGrad(3, 4, x, bias, 2)).toThrow(NeuriteError);
      expect(() => mod.checked.biasGrad(3, 4, x, x + 4, 0)).toThrow(NeuriteError);
      expect(() => mod.checked.biasGrad(3, 4, x, 1 << 30, 0)).toThrow(NeuriteError);
      for (const p of [x, bias]) mod.free(p);
    }
  });
});
