import { describe, expect, it } from "vitest";
import { ArgReduce, Reduce, type KernelModule } from "../src/index.js";
import { broadcastStrides, expectBadArgument, expectClose, flavours, randomArray, rng, type Arr } from "./harness.js";

/** Uploads the inputs, runs the call, reads `count` floats (or ints) at the output, frees everything. */
function run(m: KernelModule, inputs: { f?: Arr[]; i?: Arr[] }, count: number, ints: boolean, call: (ptrs: number[], out: number) => void): Arr {
  const ptrs = [...(inputs.i ?? []).map((d) => m.uploadInts(d)), ...(inputs.f ?? []).map((d) => m.uploadFloats(d))];
  const out = ints ? m.allocInts(count) : m.uploadFloats(new Float32Array(count));
  try {
    call(ptrs, out);
    return ints ? m.readInts(out, count) : m.readFloats(out, count);
  } finally {
    for (const p of [...ptrs, out]) m.free(p);
  }
}

function runReduce(m: KernelModule, op: number, outer: number, len: number, inner: number, x: Arr): Arr {
  return run(m, { f: [x] }, outer * inner, false, ([px], y) => m.checked.reduce(op, outer, len, inner, px!, y));
}

function runArg(m: KernelModule, op: number, outer: number, len: number, inner: number, x: Arr): Arr {
  return run(m, { f: [x] }, outer * inner, true, ([px], y) => m.checked.argReduce(op, outer, len, inner, px!, y));
}

function runSumToShape(m: KernelModule, shape: number[], yStrides: number[], x: Arr, ySize: number): Arr {
  return run(m, { i: [shape, yStrides], f: [x] }, ySize, false, ([ps, pst, px], y) =>
    m.checked.sumToShape(shape.length, ps!, pst!, px!, y));
}

const exactFlavours = (outs: Arr[], label: string) => expect(Array.from(outs[0]!), label).toEqual(Array.from(outs[1]!));

describe("reduce", () => {
  it("agrees across flavours (simd ≡ scalar bit for bit) for every op over [outer, len, inner] shapes, incl. empty and tiled axes", async () => {
    const mods = await flavours();
    for (const outer of [0, 1, 3]) {
      for (const len of [0, 1, 2, 5, 17, 300]) {
        for (const inner of [1, 2, 5, 17, 300]) {
          const n = outer * len * inner;
          for (const op of Object.values(Reduce)) {
            const x = randomArray(n, outer * 1000 + len * 10 + inner, op === Reduce.prod ? 0.7 : -1, op === Reduce.prod ? 1.3 : 1);
            const outs = mods.map((m) => runReduce(m, op, outer, len, inner, x));
            const label = `op ${op} [${outer}, ${len}, ${inner}]`;
            exactFlavours(outs, label);
            // Sums accumulate in f32 within chunks of 256 terms: allow 1e-6 per term of absolute error.
            const atol = op === Reduce.sum || op === Reduce.mean ? 1e-6 * Math.max(1, len) : 1e-6;
            expectClose(outs[0]!, outs[2]!, 1e-5, atol, `${label} simd`);
            expectClose(outs[1]!, outs[2]!, 1e-5, atol, `${label} scalar`);
          }
        }
      }
    }
  });

  it("matches known values, empty-axis identities and NaN propagation", async () => {
    const x = [1, 2, 3, 4, 5, 6]; // [2, 3]
    for (const m of await flavours()) {
      const f = m.flavour;
      expect(Array.from(runReduce(m, Reduce.sum, 1, 2, 3, x)), f).toEqual([5, 7, 9]);
      expect(Array.from(runReduce(m, Reduce.mean, 2, 3, 1, x)), f).toEqual([2, 5]);
      expect(Array.from(runReduce(m, Reduce.prod, 1, 6, 1, x)), f).toEqual([720]);
      expect(Array.from(runReduce(m, Reduce.max, 1, 2, 3, [1, -0, NaN, 0, 0, 7])), f).toEqual([1, 0, NaN]);
      expect(Array.from(runReduce(m, Reduce.min, 1, 9, 1, [5, 4, 3, 2, 1, NaN, 0, -1, -2])), f).toEqual([NaN]);
      const empty = Object.values(Reduce).map((op) => runReduce(m, op, 1, 0, 1, [])[0]);
      expect(empty, `${f} empty`).toEqual([0, NaN, -Infinity, Infinity, 1]);
    }
  });

  it("keeps long sums accurate (f32 chunks along rows, f64 along columns)", async () => {
    const n = 100_000;
    const x = new Float32Array(n).fill(0.1);
    const exact = Math.fround(0.1) * n;
    for (const m of await flavours()) {
      expectClose(runReduce(m, Reduce.sum, 1, n, 1, x), [exact], 1e-6, 0, `${m.flavour} row`);
      expectClose(runReduce(m, Reduce.mean, 1, n / 4, 4, x), new Array(4).fill(Math.fround(0.1)), 1e-6, 0, `${m.flavour} columns`);
    }
  });
});

describe("argReduce", () => {
  it("agrees exactly across flavours on data with ties and NaNs", async () => {
    const mods = await flavours();
    const r = rng(7);
    for (const outer of [1, 3]) {
      for (const len of [1, 2, 3, 4, 5, 8, 17, 301]) {
        for (const inner of [1, 3, 4, 9]) {
          for (const op of Object.values(ArgReduce)) {
            const x = Array.from({ length: outer * len * inner }, () => (r() < 0.02 ? NaN : Math.floor(r() * 5)));
            const outs = mods.map((m) => runArg(m, op, outer, len, inner, x));
            const label = `op ${op} [${outer}, ${len}, ${inner}]`;
            exactFlavours(outs, label);
            expect(Array.from(outs[2]!), label).toEqual(Array.from(outs[0]!));
          }
        }
      }
    }
  });

  it("takes the first index on ties and the first NaN over any number", async () => {
    for (const m of await flavours()) {
      const f = m.flavour;
      const ties = [1, 3, 0, 3, 0, 2, 3, 1, 0];
      expect(Array.from(runArg(m, ArgReduce.argmax, 1, 9, 1, ties)), f).toEqual([1]);
      expect(Array.from(runArg(m, ArgReduce.argmin, 1, 9, 1, ties)), f).toEqual([2]);
      const nan = [1, 9, 2, 5, 3, NaN, 0, NaN, 8];
      expect(Array.from(runArg(m, ArgReduce.argmax, 1, 9, 1, nan)), f).toEqual([5]);
      expect(Array.from(runArg(m, ArgReduce.argmin, 1, 9, 1, nan)), f).toEqual([5]);
      // Columns of [[1, 5], [7, 5], [7, 2]]: argmax [1, 0], argmin [0, 2].
      const cols = [1, 5, 7, 5, 7, 2];
      expect(Array.from(runArg(m, ArgReduce.argmax, 1, 3, 2, cols)), f).toEqual([1, 0]);
      expect(Array.from(runArg(m, ArgReduce.argmin, 1, 3, 2, cols)), f).toEqual([0, 2]);
    }
  });
});

describe("sumToShape", () => {
  it("reduces broadcast axes (known values)", async () => {
    const x = [1, 2, 3, 4, 5, 6]; // [2, 3]
    for (const m of await flavours()) {
      const f = m.flavour;
      expect(Array.from(runSumToShape(m, [2, 3], [0, 1], x, 3)), f).toEqual([5, 7, 9]);
      expect(Array.from(runSumToShape(m, [2, 3], [1, 0], x, 2)), f).toEqual([6, 15]);
      expect(Array.from(runSumToShape(m, [2, 3], [0, 0], x, 1)), f).toEqual([21]);
      expect(Array.from(runSumToShape(m, [], [], [4], 1)), `${f} rank 0`).toEqual([4]);
      // Into a transposed [3, 2] gradient: y[j, i] += x[i, j].
      expect(Array.from(runSumToShape(m, [2, 3], [1, 2], x, 6)), `${f} transposed`).toEqual([1, 4, 2, 5, 3, 6]);
    }
  });

  it("agrees across flavours (simd ≡ scalar) on random broadcasts, including rank 8 and long axes", async () => {
    const mods = await flavours();
    const r = rng(99);
    for (let trial = 0; trial < 80; trial++) {
      const rank = trial < 4 ? trial : trial < 8 ? 8 : 1 + Math.floor(r() * 5);
      const choices = rank > 5 ? [1, 2, 3] : trial % 10 === 0 ? [1, 300, 7] : [1, 2, 3, 5, 17];
      const shape = Array.from({ length: rank }, () => choices[Math.floor(r() * choices.length)]!);
      const keep = Math.floor(r() * (rank + 1));
      const yDims = shape.slice(rank - keep).map((n) => (r() < 0.5 ? 1 : n));
      const x = randomArray(shape.reduce((p, n) => p * n, 1), trial);
      const ySize = yDims.reduce((p, n) => p * n, 1);
      const outs = mods.map((m) => runSumToShape(m, shape, broadcastStrides(yDims, rank), x, ySize));
      const label = `trial ${trial} [${shape}] -> [${yDims}]`;
      const atol = 1e-6 * Math.sqrt(x.length);
      exactFlavours(outs, label);
      expectClose(outs[0]!, outs[2]!, 1e-5, atol, `${label} simd`);
      expectClose(outs[1]!, outs[2]!, 1e-5, atol, `${label} scalar`);
    }
  });
});

describe("checked reduce", () => {
  it("rejects bad op codes, empty arg axes, bad shapes and strides", async () => {
    const [m] = await flavours();
    const k = m!.checked;
    const x = m!.allocFloats(16), y = m!.allocFloats(16), shape = m!.uploadInts([4, 4]), far = m!.uploadInts([1 << 27, 1]);
    const bads: [string, () => void][] = [
      ["reduce op", () => k.reduce(5, 1, 4, 4, x, y)],
      ["negative len", () => k.reduce(Reduce.sum, 1, -4, 4, x, y)],
      ["x past memory", () => k.reduce(Reduce.sum, 1 << 20, 4, 4, x, y)],
      ["arg op", () => k.argReduce(2, 1, 4, 4, x, y)],
      ["arg empty axis", () => k.argReduce(ArgReduce.argmax, 1, 0, 4, x, y)],
      ["sumToShape rank", () => k.sumToShape(9, shape, shape, x, y)],
      ["yStrides past memory", () => k.sumToShape(2, shape, far, x, y)],
      ["null y", () => k.sumToShape(2, shape, shape, x, 0)],
    ];
    for (const [label, call] of bads) expectBadArgument(call, label);
    k.argReduce(ArgReduce.argmin, 4, 4, 1, x, y);
    for (const p of [x, y, shape, far]) m!.free(p);
  });
});
