// The simd-threads flavour: every split kernel must give exactly the bits of
// the single-threaded SIMD kernels, for 2 and 3 threads (3 > cores here, so
// workers also get descheduled mid-task), on shapes that hit every GEMM path.
import { afterAll, describe, expect, it } from "vitest";
import { loadKernels, NeuriteError, type KernelModule } from "../src/index.js";
import { randomArray } from "./harness.js";

const simd = await loadKernels({ flavour: "simd" });
const two = await loadKernels({ threads: 2 });
const three = await loadKernels({ threads: 3 });
const threaded = two.threads !== undefined;
const noThreads = `threads unavailable here: ${two.threadsReason}`;

// These tests check which calls split; on this shared 2-core machine (3 threads > cores) a split can straggle
// and the back-off would then keep later calls serial, so it is off here and tested on its own below.
for (const m of [two, three]) m.threads?.setStallPolicy(Infinity, Infinity);

afterAll(async () => {
  await two.threads?.dispose();
  await three.threads?.dispose();
});

/** Runs `call` with the same inputs in each module; returns each module's outputs. */
function runAll(inputs: Float32Array[], outputs: number[], call: (m: KernelModule, p: number[]) => void): Float32Array[][] {
  return [simd, two, three].map((m) => {
    const ptrs = inputs.map((x) => m.uploadFloats(x));
    call(m, ptrs);
    const out = outputs.map((i) => m.readFloats(ptrs[i]!, inputs[i]!.length) as Float32Array);
    for (const p of ptrs) m.free(p);
    return out;
  });
}

function expectSameBits(results: Float32Array[][], label: string): void {
  const [want, ...rest] = results as [Float32Array[], ...Float32Array[][]];
  for (const got of rest) {
    for (let o = 0; o < want.length; o++) {
      const a = new Uint32Array(got[o]!.buffer), b = new Uint32Array(want[o]!.buffer);
      const bad = a.findIndex((v, i) => v !== b[i]);
      if (bad >= 0) expect.fail(`${label} output ${o} index ${bad}: ${got[o]![bad]} vs single-threaded ${want[o]![bad]}`);
    }
  }
}

/** Whether a call of `fn` on the 2-thread module was split across threads. */
function wentParallel(fn: (m: KernelModule) => void): boolean {
  const before = two.threads!.dispatches;
  fn(two);
  return two.threads!.dispatches > before;
}

// [transA, transB, m, n, k]: the digits MLP's forward/backward products, 512³, odd and skinny shapes, and one whose
// shared operand (1000×600 packed) is too big for the shared area, so each chunk packs its own.
const SHAPES: [number, number, number, number, number][] = [
  [0, 0, 128, 128, 784], [1, 0, 784, 128, 128], [0, 1, 128, 784, 128], [1, 1, 128, 128, 784],
  [0, 0, 128, 64, 128], [1, 0, 128, 64, 128], [0, 1, 128, 128, 64],
  [0, 0, 512, 512, 512], [0, 1, 37, 1001, 301], [1, 0, 1001, 37, 301], [1, 1, 333, 77, 257],
  [0, 0, 3, 2000, 100], [0, 1, 2000, 5, 64], [1, 0, 64, 4096, 1], [0, 0, 257, 300, 600], [1, 1, 1000, 1100, 600],
];

describe.skipIf(!threaded)("simd-threads flavour", () => {
  it("reports its pool and reason", () => {
    expect(two.flavour).toBe("simd");
    expect(two.threads!.count).toBe(2);
    expect(three.threads!.count).toBe(3);
    expect(two.threadsReason).toBeUndefined();
  });

  it.each(SHAPES)("sgemm transA=%i transB=%i %i×%i×%i is bit-identical for 1, 2 and 3 threads", (tA, tB, m, n, k) => {
    const [ra, ca] = tA ? [k, m] : [m, k];
    const [rb, cb] = tB ? [n, k] : [k, n];
    const lda = ca + 3, ldb = cb + 1, ldc = n + 2;
    const a = randomArray(ra * lda, m + 1), b = randomArray(rb * ldb, n + 2), c = randomArray(m * ldc, k + 3);
    for (const [alpha, beta] of [[1, 0], [0.5, 1.25]] as const) {
      const out = runAll([a, b, c], [2], (mod, [pa, pb, pc]) => mod.raw.sgemm(tA, tB, m, n, k, alpha, pa!, lda, pb!, ldb, beta, pc!, ldc));
      expectSameBits(out, `sgemm ${tA}${tB} ${m}×${n}×${k} alpha ${alpha} beta ${beta}`);
    }
  });

  const N = 100_003; // odd: the last chunk ends in a scalar tail
  const x = randomArray(N, 11, -3, 3), y = randomArray(N, 12, -3, 3), dy = randomArray(N, 13);

  it("activation and activationBackward of every kind are bit-identical", () => {
    for (let kind = 0; kind <= 14; kind++) {
      const fwd = runAll([x, new Float32Array(N)], [1], (m, [px, py]) => m.raw.activation(kind, N, 0.2, px!, py!));
      expectSameBits(fwd, `activation ${kind}`);
      const bwd = runAll([x, fwd[0]![0]!, dy, new Float32Array(N)], [3], (m, [px, py, pdy, pdx]) =>
        m.raw.activationBackward(kind, N, 0.2, px!, py!, pdy!, pdx!));
      expectSameBits(bwd, `activationBackward ${kind}`);
    }
  });

  it("unary and binary ops are bit-identical, in place too", () => {
    for (let op = 0; op <= 19; op++) {
      expectSameBits(runAll([x], [0], (m, [px]) => m.raw.unary(op, N, 1.7, 2.5, px!, px!)), `unary ${op}`);
    }
    for (let op = 0; op <= 13; op++) {
      expectSameBits(runAll([x, y, new Float32Array(N)], [2], (m, [pa, pb, py]) => m.raw.binary(op, N, pa!, pb!, py!)), `binary ${op}`);
    }
  });

  it("optimizer updates are bit-identical over several steps", () => {
    const p0 = randomArray(N, 21), g = randomArray(N, 22), s0 = randomArray(N, 23, 0, 0.1), s1 = randomArray(N, 24, 0, 0.1);
    const s2 = randomArray(N, 25, 0, 0.01);
    const reg = [0.8, 1e-3, 5e-3, 0.3] as const; // gradScale, l1, l2, clipValue
    const steps = (label: string, outputs: number[], step: (m: KernelModule, p: number[], t: number) => void) => {
      const out = runAll([p0, g, s0, s1, s2], outputs, (m, ptrs) => {
        for (let t = 1; t <= 3; t++) step(m, ptrs, t);
      });
      expectSameBits(out, label);
    };
    steps("sgd", [0], (m, [p, gp]) => m.raw.sgd(N, p!, gp!, 0.01, ...reg));
    for (const nesterov of [0, 1]) {
      steps(`momentum nesterov=${nesterov}`, [0, 2], (m, [p, gp, v]) => m.raw.sgdMomentum(N, p!, gp!, v!, 0.01, 0.9, nesterov, ...reg));
    }
    for (const wd of [0, 0.01]) {
      steps(`adam wd=${wd}`, [0, 2, 3], (m, [p, gp, mm, v], t) =>
        m.raw.adam(N, p!, gp!, mm!, v!, 0.001, 0.9, 0.999, 1e-7, 0.9 ** t, 0.999 ** t, wd, ...reg));
    }
    for (const centered of [0, 1]) {
      for (const momentum of [0, 0.9]) {
        steps(`rmsprop centered=${centered} momentum=${momentum}`, [0, 2, 3, 4], (m, [p, gp, ms, mom, mg]) =>
          m.raw.rmsprop(N, p!, gp!, ms!, momentum > 0 ? mom! : 0, centered ? mg! : 0, 0.001, 0.9, momentum, 1e-7, centered, ...reg));
      }
    }
    steps("adagrad", [0, 2], (m, [p, gp, acc]) => m.raw.adagrad(N, p!, gp!, acc!, 0.01, 1e-7, ...reg));
  });

  it("gathers rows (floats and ints) like the single-threaded kernel, in chunks of whole rows", () => {
    const [rows, rowLen, picks] = [3001, 97, 1003];
    const table = randomArray(rows * rowLen, 41);
    const idx = Int32Array.from(randomArray(picks, 42, 0, rows), Math.floor);
    const out = [simd, two, three].map((m) => {
      const [px, pi, py, pz] = [m.uploadFloats(table), m.uploadInts(idx), m.allocFloats(picks * rowLen), m.allocInts(picks * rowLen)];
      m.raw.gatherRows(picks, rowLen, px, pi, py);
      m.raw.gatherRowsI32(picks, rowLen, px, pi, pz);
      const r = [m.readFloats(py, picks * rowLen) as Float32Array, new Float32Array(m.readInts(pz, picks * rowLen).buffer)];
      [px, pi, py, pz].forEach((p) => m.free(p));
      return r;
    });
    expectSameBits(out, "gatherRows");
    expect(out[0]![0]!.subarray(rowLen, 2 * rowLen)).toEqual(table.subarray(idx[1]! * rowLen, (idx[1]! + 1) * rowLen));
    const [px, pi, py] = [two.uploadFloats(table), two.uploadInts(idx), two.allocFloats(picks * rowLen)];
    expect(wentParallel((m) => m.raw.gatherRows(picks, rowLen, px, pi, py))).toBe(true);
    expect(wentParallel((m) => m.raw.gatherRows(10, rowLen, px, pi, py))).toBe(false);
    [px, pi, py].forEach((p) => two.free(p));
  });

  it("splits big products and keeps small ones on the calling thread", () => {
    const big = two.uploadFloats(randomArray(512 * 512, 1));
    const out = two.allocFloats(512 * 512);
    expect(wentParallel((m) => m.raw.sgemm(0, 0, 512, 512, 512, 1, big, 512, big, 512, 0, out, 512))).toBe(true);
    // limit() keeps the worker but stops using it.
    two.threads!.limit(1);
    expect(two.threads!.count).toBe(1);
    expect(wentParallel((m) => m.raw.sgemm(0, 0, 512, 512, 512, 1, big, 512, big, 512, 0, out, 512))).toBe(false);
    two.threads!.limit(2);
    expect(two.threads!.count).toBe(2);
    // The tiny 2-8-8-1 net: batch 32, every product a few hundred multiply-adds.
    expect(wentParallel((m) => m.raw.sgemm(0, 0, 32, 8, 8, 1, big, 8, big, 8, 0, out, 8))).toBe(false);
    expect(wentParallel((m) => m.raw.activation(1, 256, 0, big, out))).toBe(false);
    expect(wentParallel((m) => m.raw.adam(64, out, big, big + 4096, big + 8192, 0.01, 0.9, 0.999, 1e-7, 0.9, 0.999, 0, 1, 0, 0, 0))).toBe(false);
    two.free(big);
    two.free(out);
  });

  it("backs off to the calling thread after splits that lost time, doubling while splits lose, and relents when they save", () => {
    const pool = two.threads!;
    const n = 256, a = two.allocFloats(n * n), c = two.allocFloats(n * n);
    const product = () => two.raw.sgemm(0, 0, n, n, n, 1, a, n, a, n, 0, c, n);
    const splits = (calls: number) => {
      const before = pool.dispatches;
      for (let i = 0; i < calls; i++) product();
      return pool.dispatches - before;
    };
    try {
      // Every split loses, and the window is an hour: after one split, every call stays on the calling thread.
      pool.setStallPolicy(-Infinity, Infinity, 3.6e6);
      const serial = pool.serialCalls;
      expect(splits(1)).toBe(1);
      expect(splits(10)).toBe(0);
      expect(pool.serialCalls - serial).toBe(10);
      pool.limit(2); // a new thread count ends the window
      expect(splits(1)).toBe(1);
      // A window far shorter than a call: each call tries again, loses, and the next window doubles, up to 512×.
      pool.setStallPolicy(-Infinity, Infinity, 1e-9);
      expect(splits(12)).toBe(12);
      expect(pool.backoffMs).toBe(512e-9);
      // Splits that save what the policy asks (here nothing) lower it again, one level each.
      pool.setStallPolicy(Infinity, 0, 1e-9);
      expect(splits(5)).toBe(5);
      expect(pool.backoffMs).toBe(32e-9);
    } finally {
      pool.setStallPolicy(Infinity, Infinity);
      pool.limit(2);
      two.free(a);
      two.free(c);
    }
  });

  it("validates arguments before any thread sees them", () => {
    expect(() => two.checked.sgemm(0, 0, -1, 4, 4, 1, 16, 4, 16, 4, 0, 16, 4)).toThrow(NeuriteError);
    expect(() => two.checked.adam(1 << 30, 16, 16, 16, 16, 0.1, 0.9, 0.999, 1e-7, 0.9, 0.999, 0, 1, 0, 0, 0)).toThrow(NeuriteError);
  });

  // Starting workers takes 50–500 ms each on this shared machine, hence the longer timeout.
  it("grows and shrinks its pool, with the same bits at every size", { timeout: 60_000 }, async () => {
    const pool = three.threads!;
    const a = randomArray(300 * 400, 31), b = randomArray(400 * 200, 32);
    const product = () => {
      const [pa, pb, pc] = [three.uploadFloats(a), three.uploadFloats(b), three.allocFloats(300 * 200)];
      three.raw.sgemm(0, 0, 300, 200, 400, 1, pa, 400, pb, 200, 0, pc, 200);
      const out = three.readFloats(pc, 300 * 200);
      [pa, pb, pc].forEach((p) => three.free(p));
      return new Uint32Array(out.buffer);
    };
    const want = product();
    for (const n of [1, 4, 2, 3]) {
      await pool.setCount(n);
      expect(pool.count).toBe(n);
      expect(product()).toEqual(want);
    }
    await expect(pool.setCount(0)).rejects.toThrow(NeuriteError);
  });
});

describe("fallback to one thread", () => {
  it("explains why it did not start threads for the scalar flavour", async () => {
    const mod = await loadKernels({ threads: 2, flavour: "scalar" });
    expect(mod.threads).toBeUndefined();
    expect(mod.threadsReason).toMatch(/scalar/);
  });

  it.runIf(!threaded)("explains why shared memory is missing", () => {
    expect(two.threads).toBeUndefined();
    expect(two.threadsReason).toMatch(/cross-origin isolated|SharedArrayBuffer/);
  });
});
