import { describe, expect, it } from "vitest";
import type { KernelModule } from "../src/index.js";
import { expectBadArgument, flavours, randomArray, rng, type Arr } from "./harness.js";

type Kind = "f" | "i";

/** Uploads inputs (ints and floats), runs the call, reads `count` elements at the output, frees everything. */
function run(
  m: KernelModule, inputs: [Kind, Arr][], count: number, out: Kind, call: (ptrs: number[], y: number) => void, yInit?: Arr,
): Arr {
  const ptrs = inputs.map(([kind, data]) => (kind === "f" ? m.uploadFloats(data) : m.uploadInts(data)));
  const init = yInit ?? new Array<number>(count).fill(0);
  const y = out === "f" ? m.uploadFloats(init) : m.uploadInts(init);
  try {
    call(ptrs, y);
    return out === "f" ? m.readFloats(y, count) : m.readInts(y, count);
  } finally {
    for (const p of [...ptrs, y]) m.free(p);
  }
}

/** Layout kernels only move data: all three flavours must agree exactly. */
function expectSame(outs: Arr[], label: string): void {
  expect(Array.from(outs[1]!), `${label} scalar`).toEqual(Array.from(outs[0]!));
  expect(Array.from(outs[2]!), `${label} js`).toEqual(Array.from(outs[0]!));
}

const sizeOf = (dims: number[]) => dims.reduce((p, n) => p * n, 1);

function contiguousStrides(dims: number[]): number[] {
  const out = new Array<number>(dims.length).fill(0);
  for (let d = dims.length - 1, s = 1; d >= 0; s *= dims[d]!, d--) out[d] = s;
  return out;
}

/** stridedCopy (or its I32 twin) of x, whose first element read is x[offset]. */
function strided(m: KernelModule, kind: Kind, shape: number[], strides: number[], x: Arr, offset = 0): Arr {
  const elem = kind === "f" ? m.floatBytes : 4;
  return run(m, [["i", shape], ["i", strides], [kind, x]], sizeOf(shape), kind, ([ps, pst, px], y) =>
    (kind === "f" ? m.checked.stridedCopy : m.checked.stridedCopyI32)(shape.length, ps!, pst!, px! + offset * elem, y));
}

describe("stridedCopy", () => {
  it("transposes, slices and broadcasts (known values)", async () => {
    const x = [1, 2, 3, 4, 5, 6]; // [2, 3]
    for (const m of await flavours()) {
      const f = m.flavour;
      expect(Array.from(strided(m, "f", [3, 2], [1, 3], x)), `${f} transpose`).toEqual([1, 4, 2, 5, 3, 6]);
      expect(Array.from(strided(m, "f", [2, 2], [3, 1], x, 1)), `${f} slice [:, 1:3]`).toEqual([2, 3, 5, 6]);
      expect(Array.from(strided(m, "f", [2, 3], [0, 1], [7, 8, 9])), `${f} broadcastTo`).toEqual([7, 8, 9, 7, 8, 9]);
      expect(Array.from(strided(m, "f", [3], [-1], x, 2)), `${f} reverse`).toEqual([3, 2, 1]);
      expect(Array.from(strided(m, "i", [], [], [-5])), `${f} rank 0`).toEqual([-5]);
      expect(Array.from(strided(m, "f", [2, 0, 3], [3, 1, 1], x)), `${f} empty`).toEqual([]);
    }
  });

  it("agrees across flavours on random permutations, slices and broadcasts up to rank 8, floats and ints", async () => {
    const mods = await flavours();
    const r = rng(31);
    for (let trial = 0; trial < 100; trial++) {
      const rank = trial < 9 ? trial : 1 + Math.floor(r() * 6);
      const base = Array.from({ length: rank }, () => 1 + Math.floor(r() * (rank > 5 ? 3 : 6)));
      const baseStrides = contiguousStrides(base);
      // A random permutation of a random slice of `base`, with some axes broadcast and some reversed.
      const begin = base.map((n) => Math.floor(r() * n));
      const shape = base.map((n, d) => 1 + Math.floor(r() * (n - begin[d]!)));
      const reversed = shape.map(() => r() < 0.2);
      let offset = begin.reduce((o, b, d) => o + b * baseStrides[d]!, 0);
      const strides = baseStrides.map((s, d) => {
        if (!reversed[d]) return s;
        offset += (shape[d]! - 1) * s;
        return -s;
      });
      const order = shape.map((_, d) => d).sort(() => r() - 0.5);
      const outShape = order.map((d) => (r() < 0.15 ? 4 : shape[d]!));
      const outStrides = order.map((d, k) => (outShape[k] !== shape[d] ? 0 : strides[d]!));
      const kind: Kind = trial % 2 ? "i" : "f";
      const x = kind === "f" ? randomArray(sizeOf(base), trial) : Array.from({ length: sizeOf(base) }, (_, k) => k * 7919 - 40000);
      expectSame(mods.map((m) => strided(m, kind, outShape, outStrides, x, offset)), `trial ${trial} [${outShape}] strides [${outStrides}]`);
    }
  });

  it("transposes matrices and batches of every size class (4×4 vector blocks, edges, tiles)", async () => {
    const mods = await flavours();
    for (const [b, rows, cols] of [[1, 1, 7], [1, 4, 4], [1, 5, 3], [1, 33, 67], [1, 64, 40], [3, 9, 12], [2, 70, 5]] as const) {
      const x = Array.from({ length: b * rows * cols }, (_, k) => k);
      const want = Array.from({ length: b * rows * cols }, (_, k) => {
        const [t, j, i] = [Math.floor(k / (rows * cols)), Math.floor(k / rows) % cols, k % rows];
        return x[t * rows * cols + i * cols + j]!;
      });
      for (const kind of ["f", "i"] as const) {
        const outs = mods.map((m) => strided(m, kind, [b, cols, rows], [rows * cols, 1, cols], x));
        expectSame(outs, `${kind} transpose ${b}x${rows}x${cols}`);
        expect(Array.from(outs[0]!), `${kind} transpose ${b}x${rows}x${cols} known`).toEqual(want);
      }
    }
  });

  it("moves bits, not numbers: NaN payloads survive in both wasm flavours", async () => {
    const payload = 0x7fa00001;
    for (const m of (await flavours()).filter((k) => k.flavour !== "js")) {
      const bits = run(m, [["i", [2, 3]], ["i", [1, 0]], ["i", [payload, 1]]], 6, "i", ([ps, pst, px], y) => {
        m.checked.stridedCopy(2, ps!, pst!, px!, y);
      });
      expect(Array.from(bits), m.flavour).toEqual([payload, payload, payload, 1, 1, 1]);
    }
  });
});

describe("copy2d, gatherRows, scatterAddRows, oneHot", () => {
  it("copy2d copies a row block between leading dimensions (concat along axis 1)", async () => {
    const mods = await flavours();
    for (const [rows, cols, ldx, ldy] of [[0, 3, 3, 5], [1, 1, 1, 1], [3, 2, 5, 7], [4, 17, 17, 20], [5, 0, 1, 1]] as const) {
      const x = randomArray(Math.max(0, (rows - 1) * ldx + cols), rows * 31 + cols);
      const yInit = new Array<number>(Math.max(0, (rows - 1) * ldy + cols)).fill(-9);
      const outs = mods.map((m) =>
        run(m, [["f", x]], yInit.length, "f", ([px], y) => m.checked.copy2d(rows, cols, px!, ldx, y, ldy), yInit));
      expectSame(outs, `copy2d ${rows}x${cols}`);
      const want = yInit.map((v, k) => (k % ldy < cols ? x[Math.floor(k / ldy) * ldx + (k % ldy)]! : v));
      expect(Array.from(outs[2]!)).toEqual(Array.from(Float32Array.from(want)));
      const ints = mods.map((m) =>
        run(m, [["i", x.map((t) => Math.round(t * 1000))]], yInit.length, "i", ([px], y) => m.checked.copy2dI32(rows, cols, px!, ldx, y, ldy), yInit));
      expectSame(ints, `copy2dI32 ${rows}x${cols}`);
    }
  });

  it("gatherRows selects rows, repeats allowed; the I32 twin too", async () => {
    const mods = await flavours();
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; // [3, 3]
    const idx = [2, 0, 2, 1];
    const want = [7, 8, 9, 1, 2, 3, 7, 8, 9, 4, 5, 6];
    for (const m of mods) {
      expect(Array.from(run(m, [["f", x], ["i", idx]], 12, "f", ([px, pi], y) => m.checked.gatherRows(4, 3, px!, pi!, y))), m.flavour).toEqual(want);
      expect(Array.from(run(m, [["i", x], ["i", idx]], 12, "i", ([px, pi], y) => m.checked.gatherRowsI32(4, 3, px!, pi!, y))), m.flavour).toEqual(want);
    }
    const big = randomArray(50 * 17, 3), many = Array.from({ length: 33 }, (_, k) => (k * 13) % 50);
    expectSame(mods.map((m) => run(m, [["f", big], ["i", many]], 33 * 17, "f", ([px, pi], y) => m.checked.gatherRows(33, 17, px!, pi!, y))), "gather 33x17");
  });

  it("scatterAddRows accumulates repeated indices", async () => {
    const mods = await flavours();
    const dy = [1, 2, 10, 20, 100, 200]; // 3 rows of 2
    for (const m of mods) {
      const dx = run(m, [["f", dy], ["i", [1, 1, 0]]], 6, "f", ([pd, pi], y) => m.checked.scatterAddRows(3, 2, pd!, pi!, y), [0.5, 0.5, 0, 0, 7, 7]);
      expect(Array.from(dx), m.flavour).toEqual([100.5, 200.5, 11, 22, 7, 7]);
    }
    const g = randomArray(40 * 9, 4), idx = Array.from({ length: 40 }, (_, k) => (k * k) % 7);
    const outs = mods.map((m) => run(m, [["f", g], ["i", idx]], 7 * 9, "f", ([pd, pi], y) => m.checked.scatterAddRows(40, 9, pd!, pi!, y)));
    expect(Array.from(outs[1]!), "scalar").toEqual(Array.from(outs[0]!));
    Array.from(outs[2]!).forEach((v, k) => expect(Math.abs(v - outs[0]![k]!), `js ${k}`).toBeLessThan(1e-5));
  });

  it("oneHot writes on/off rows, all off for an index outside [0, depth)", async () => {
    const mods = await flavours();
    for (const m of mods) {
      const y = run(m, [["i", [2, -1, 0, 3, 1]]], 15, "f", ([pi], out) => m.checked.oneHot(5, 3, pi!, 1, -0.5, out));
      expect(Array.from(y), m.flavour).toEqual([-0.5, -0.5, 1, -0.5, -0.5, -0.5, 1, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, 1, -0.5]);
    }
    const idx = Array.from({ length: 37 }, (_, k) => (k * 5) % 11 - 1);
    expectSame(mods.map((m) => run(m, [["i", idx]], 37 * 9, "f", ([pi], out) => m.checked.oneHot(37, 9, pi!, 0.9, 0.0125, out))), "oneHot 37x9");
  });
});

describe("checked layout", () => {
  it("rejects bad ranks, shapes, strides, leading dimensions and row indices", async () => {
    const [m] = await flavours();
    const k = m!.checked;
    const x = m!.allocFloats(16), y = m!.allocFloats(16);
    const shape = m!.uploadInts([4, 4]), st = m!.uploadInts([4, 1]), neg = m!.uploadInts([-4, 1]), far = m!.uploadInts([1 << 27, 1]);
    const idxNeg = m!.uploadInts([0, -1]), idxFar = m!.uploadInts([0, 1 << 26]);
    const bads: [string, () => void][] = [
      ["rank 9", () => k.stridedCopy(9, shape, st, x, y)],
      ["negative rank", () => k.stridedCopyI32(-1, shape, st, x, y)],
      ["negative dim", () => k.stridedCopy(2, neg, st, x, y)],
      ["strides past memory", () => k.stridedCopy(2, shape, far, x, y)],
      ["strides below address 0", () => k.stridedCopy(2, shape, neg, 16, y)],
      ["null shape", () => k.stridedCopy(2, 0, st, x, y)],
      ["ldx < cols", () => k.copy2d(2, 4, x, 3, y, 4)],
      ["negative idx", () => k.gatherRows(2, 4, x, idxNeg, y)],
      ["idx past memory", () => k.gatherRowsI32(2, 4, x, idxFar, y)],
      ["scatter idx past memory", () => k.scatterAddRows(2, 4, x, idxFar, y)],
      ["oneHot negative depth", () => k.oneHot(2, -3, st, 1, 0, y)],
      ["unaligned", () => k.copy2d(1, 1, x + 2, 1, y, 1)],
    ];
    for (const [label, call] of bads) expectBadArgument(call, label);
    // A negative stride is fine when the pointer leaves room before it.
    k.stridedCopy(2, shape, neg, x + 12 * 4, y);
    for (const p of [x, y, shape, st, neg, far, idxNeg, idxFar]) m!.free(p);
  });
});
