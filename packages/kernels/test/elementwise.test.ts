import { describe, expect, it } from "vitest";
import { Binary, Unary, referenceKernels, type KernelModule } from "../src/index.js";
import { broadcastStrides, expectBadArgument, expectClose, flavours, randomArray, rng, type Arr } from "./harness.js";

interface Scope {
  f(data: Arr | number): number;
  i(data: Arr | number): number;
}

/** Runs body with allocations that are freed afterwards. */
function scoped<T>(m: KernelModule, body: (s: Scope) => T): T {
  const ptrs: number[] = [];
  const keep = (p: number) => (ptrs.push(p), p);
  const s: Scope = {
    f: (d) => keep(typeof d === "number" ? m.allocFloats(d) : m.uploadFloats(d)),
    i: (d) => keep(typeof d === "number" ? m.allocInts(d) : m.uploadInts(d)),
  };
  try {
    return body(s);
  } finally {
    for (const p of ptrs) m.free(p);
  }
}

/** Bitwise equality, any NaN matching any NaN: what simd and scalar must give for elementwise ops. */
function expectIdentical(actual: Arr, expected: Arr, label: string): void {
  expect(actual.length, label).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!, e = expected[i]!;
    if (!Object.is(a, e) && !(Number.isNaN(a) && Number.isNaN(e))) expect.fail(`${label} index ${i}: ${a} vs ${e}`);
  }
}

/** simd ≡ scalar bit for bit; both within rtol 1e-5 of the js reference. */
function expectAgree(outs: Arr[], label: string): void {
  expectIdentical(outs[0]!, outs[1]!, `${label} simd vs scalar`);
  expectClose(outs[0]!, outs[2]!, 1e-5, 1e-6, `${label} simd vs js`);
}

const SIZES = [0, 1, 3, 5, 17, 1023];
const SPECIAL = [0, -0, NaN, Infinity, -Infinity, 0.5, 1.5, 2.5, -0.5, -2.5, 1, -1, 3, 1e-30, -7.25];
const unaryArgs: Record<number, [number, number][]> = {
  [Unary.powScalar]: [[2, 0], [2.5, 0], [3, 0], [-1, 0], [0, 0], [0.5, 0], [-1.5, 0]],
  [Unary.clip]: [[-0.5, 0.75], [0, 0], [-Infinity, 0.25]],
  [Unary.addScalar]: [[0.3, 0]],
  [Unary.mulScalar]: [[-1.7, 0]],
};
const argsOf = (op: number): [number, number][] => unaryArgs[op] ?? [[0, 0]];

function runUnary(m: KernelModule, op: number, alpha: number, beta: number, x: Arr): Arr {
  return scoped(m, (s) => {
    const px = s.f(x), py = s.f(x.length);
    m.checked.unary(op, x.length, alpha, beta, px, py);
    return m.readFloats(py, x.length);
  });
}

function runBackward(m: KernelModule, op: number, alpha: number, beta: number, x: Arr, dy: Arr): Arr {
  return scoped(m, (s) => {
    const n = x.length, px = s.f(x), py = s.f(n), pdy = s.f(dy), pdx = s.f(n);
    m.raw.unary(op, n, alpha, beta, px, py);
    m.checked.unaryBackward(op, n, alpha, beta, px, py, pdy, pdx);
    return m.readFloats(pdx, n);
  });
}

describe("unary", () => {
  it("agrees across flavours for every op on random data, odd sizes and special values", async () => {
    const mods = await flavours();
    for (const op of Object.values(Unary)) {
      for (const [alpha, beta] of argsOf(op)) {
        for (const n of SIZES) {
          const x = randomArray(n, 100 + op * 7 + n, -4, 4);
          expectAgree(mods.map((m) => runUnary(m, op, alpha, beta, x)), `op ${op} (${alpha}, ${beta}) n=${n}`);
        }
        expectAgree(mods.map((m) => runUnary(m, op, alpha, beta, SPECIAL)), `op ${op} special`);
      }
    }
  });

  it("matches known values", async () => {
    const known: [number, number[], number[], number?, number?][] = [
      [Unary.round, [0.5, 1.5, 2.5, -0.5, -1.5, 2.4, -2.6, 3], [0, 2, 2, -0, -2, 2, -3, 3]],
      [Unary.floor, [1.5, -1.5, -0, 2], [1, -2, -0, 2]],
      [Unary.sign, [-3, 0, 2, NaN, -0], [-1, 0, 1, NaN, 0]],
      [Unary.step, [-1, 0, 0.1, NaN], [0, 0, 1, NaN]],
      [Unary.clip, [-2, -1, 0.5, 1, 3, NaN], [-1, -1, 0.5, 1, 1, NaN], -1, 1],
      [Unary.reciprocal, [0, -0, 4], [Infinity, -Infinity, 0.25]],
      [Unary.rsqrt, [4, 0, 0.25], [0.5, Infinity, 2]],
      [Unary.powScalar, [-2, 0, 4, -8], [-8, 0, 64, -512], 3],
      [Unary.powScalar, [4, 0, -4, -Infinity], [2, 0, NaN, Infinity], 0.5],
      [Unary.sqrt, [9, -0, -1], [3, -0, NaN]],
      [Unary.square, [-3, 0.5], [9, 0.25]],
    ];
    for (const m of await flavours()) {
      for (const [op, x, want, alpha = 0, beta = 0] of known) {
        expectIdentical(runUnary(m, op, alpha, beta, x), Float32Array.from(want), `${m.flavour} op ${op}`);
      }
    }
  });

  it("allows y to alias x", async () => {
    for (const m of await flavours()) {
      const x = randomArray(19, 5, 0, 4);
      const out = scoped(m, (s) => {
        const p = s.f(x);
        m.checked.unary(Unary.sqrt, x.length, 0, 0, p, p);
        return m.readFloats(p, x.length);
      });
      expectClose(out, x.map(Math.sqrt), 1e-6, 0, m.flavour);
    }
  });
});

describe("unaryBackward", () => {
  it("agrees across flavours for every op, with dx aliasing dy", async () => {
    const mods = await flavours();
    for (const op of Object.values(Unary)) {
      for (const [alpha, beta] of argsOf(op)) {
        for (const n of [...SIZES, SPECIAL.length]) {
          const x = n === SPECIAL.length ? SPECIAL : randomArray(n, 300 + op * 11 + n, -4, 4);
          const dy = randomArray(x.length, 77 + n, -2, 2);
          expectAgree(mods.map((m) => runBackward(m, op, alpha, beta, x, dy)), `grad op ${op} (${alpha}) n=${n}`);
        }
      }
    }
    for (const m of mods) {
      const x = randomArray(21, 9, 0.1, 3), dy = randomArray(21, 10);
      const out = scoped(m, (s) => {
        const px = s.f(x), py = s.f(21), pd = s.f(dy);
        m.raw.unary(Unary.log, 21, 0, 0, px, py);
        m.checked.unaryBackward(Unary.log, 21, 0, 0, px, py, pd, pd);
        return m.readFloats(pd, 21);
      });
      expectClose(out, dy.map((d, i) => d / x[i]!), 1e-6, 0, `${m.flavour} aliased`);
    }
  });

  it("makes the documented choices at kinks and boundaries", async () => {
    const cases: [number, number[], number[], number?, number?][] = [
      [Unary.sqrt, [0, 4], [Infinity, 0.25]],
      [Unary.abs, [0, -0, -2, 3], [0, 0, -1, 1]],
      [Unary.clip, [-1, -0.999, 1, 1.001, -1.5], [1, 1, 1, 0, 0], -1, 1],
      [Unary.sign, [0, 1, -1], [0, 0, 0]],
      [Unary.floor, [0.5, 2], [0, 0]],
      [Unary.round, [0.5, 2.2], [0, 0]],
      [Unary.step, [0, 1], [0, 0]],
      [Unary.powScalar, [0, 3], [0, 0], 0],
      [Unary.reciprocal, [2, -0.5], [-0.25, -4]],
    ];
    for (const m of await flavours()) {
      for (const [op, x, want, alpha = 0, beta = 0] of cases) {
        const dy = x.map(() => 1);
        expectIdentical(runBackward(m, op, alpha, beta, x, dy), Float32Array.from(want), `${m.flavour} grad op ${op}`);
      }
    }
  });

  it("matches central finite differences in float64", () => {
    const m = referenceKernels("f64");
    // [op, alpha, beta, lo, hi, points to stay 1e-3 away from]
    const domains: [number, number, number, number, number, number[]][] = [
      [Unary.neg, 0, 0, -3, 3, []], [Unary.abs, 0, 0, -3, 3, [0]], [Unary.square, 0, 0, -3, 3, []],
      [Unary.sqrt, 0, 0, 0.1, 3, []], [Unary.exp, 0, 0, -2, 2, []], [Unary.log, 0, 0, 0.1, 3, []],
      [Unary.reciprocal, 0, 0, 0.2, 3, []], [Unary.sign, 0, 0, -3, 3, [0]], [Unary.powScalar, 2.5, 0, 0.1, 3, []],
      [Unary.powScalar, 3, 0, -3, 3, []], [Unary.clip, -0.5, 0.5, -2, 2, [-0.5, 0.5]], [Unary.addScalar, 0.3, 0, -3, 3, []],
      [Unary.mulScalar, 1.7, 0, -3, 3, []], [Unary.log1p, 0, 0, -0.5, 3, []], [Unary.expm1, 0, 0, -2, 2, []],
      [Unary.sin, 0, 0, -4, 4, []], [Unary.cos, 0, 0, -4, 4, []], [Unary.floor, 0, 0, -3, 3, [-3, -2, -1, 0, 1, 2, 3]],
      [Unary.round, 0, 0, -3, 3, [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]], [Unary.rsqrt, 0, 0, 0.1, 3, []], [Unary.step, 0, 0, -3, 3, [0]],
    ];
    const h = 1e-6;
    for (const [op, alpha, beta, lo, hi, kinks] of domains) {
      const r = rng(op + 1);
      const x: number[] = [];
      while (x.length < 40) {
        const t = lo + (hi - lo) * r();
        if (kinks.every((k) => Math.abs(t - k) > 1e-3)) x.push(t);
      }
      const dy = x.map(() => r() * 4 - 2);
      const f = (xs: number[]) => runUnary(m, op, alpha, beta, xs);
      const up = f(x.map((t) => t + h)), down = f(x.map((t) => t - h));
      const numeric = dy.map((d, i) => (d * (up[i]! - down[i]!)) / (2 * h));
      expectClose(runBackward(m, op, alpha, beta, x, dy), numeric, 1e-6, 1e-8, `fd op ${op}`);
    }
  });
});

function runBinary(m: KernelModule, op: number, a: Arr, b: Arr, alias: "" | "a" | "b" = ""): Arr {
  return scoped(m, (s) => {
    const pa = s.f(a), pb = s.f(b), py = alias === "a" ? pa : alias === "b" ? pb : s.f(a.length);
    m.checked.binary(op, a.length, pa, pb, py);
    return m.readFloats(py, a.length);
  });
}

describe("binary", () => {
  it("agrees across flavours for every op, including aliasing y with a or b", async () => {
    const mods = await flavours();
    for (const op of Object.values(Binary)) {
      for (const n of SIZES) {
        const a = randomArray(n, 500 + op + n, op === Binary.pow ? 0 : -3, 3);
        // Quantised b gives ties for the comparisons.
        const b = randomArray(n, 600 + op + n, -3, 3).map((t, i) => (i % 3 === 0 ? a[i]! : Math.round(t * 2) / 2));
        expectAgree(mods.map((m) => runBinary(m, op, a, b)), `op ${op} n=${n}`);
        expectAgree(mods.map((m) => runBinary(m, op, a, b, n % 2 ? "a" : "b")), `op ${op} n=${n} aliased`);
      }
      const sa = SPECIAL.flatMap((t) => SPECIAL.map(() => t)), sb = SPECIAL.flatMap(() => SPECIAL);
      expectAgree(mods.map((m) => runBinary(m, op, sa, sb)), `op ${op} special`);
    }
  });

  it("follows Math.pow and IEEE comparison semantics", async () => {
    const a = [1, -1, NaN, -8, -2, 0, -0, 2, NaN, 3];
    const b = [NaN, Infinity, 0, 1 / 3, 3, -1, -1, 0.5, NaN, -Infinity];
    const pow = Float32Array.from(a.map((t, i) => Math.pow(t, b[i]!)));
    const cmp = (f: (x: number, y: number) => boolean) => Float32Array.from(a.map((t, i) => (f(t, b[i]!) ? 1 : 0)));
    for (const m of await flavours()) {
      expectIdentical(runBinary(m, Binary.pow, a, b), pow, `${m.flavour} pow`);
      expectIdentical(runBinary(m, Binary.notEqual, a, b), cmp((x, y) => x !== y), `${m.flavour} notEqual`);
      expectIdentical(runBinary(m, Binary.lessEqual, a, b), cmp((x, y) => x <= y), `${m.flavour} lessEqual`);
      expectIdentical(runBinary(m, Binary.maximum, [NaN, 1, -0], [1, NaN, 0]), Float32Array.from([NaN, NaN, 0]), `${m.flavour} max`);
      expectIdentical(runBinary(m, Binary.squaredDifference, [1, -2], [4, 2]), Float32Array.from([9, 16]), `${m.flavour} sqdiff`);
    }
  });
});

function runBroadcast(m: KernelModule, op: number, shape: number[], a: Arr, as: number[], b: Arr, bs: number[]): Arr {
  const size = shape.reduce((p, n) => p * n, 1);
  return scoped(m, (s) => {
    const ps = s.i(shape), pas = s.i(as), pbs = s.i(bs), pa = s.f(a), pb = s.f(b), py = s.f(size);
    m.checked.binaryBroadcast(op, shape.length, ps, pas, pbs, pa, pb, py);
    return m.readFloats(py, size);
  });
}

describe("binaryBroadcast", () => {
  it("adds a row vector and broadcasts [2,1] against [1,3] (known values)", async () => {
    for (const m of await flavours()) {
      const row = runBroadcast(m, Binary.add, [2, 3], [1, 2, 3, 4, 5, 6], [3, 1], [10, 20, 30], [0, 1]);
      expectIdentical(row, Float32Array.from([11, 22, 33, 14, 25, 36]), `${m.flavour} row`);
      const outer = runBroadcast(m, Binary.sub, [2, 3], [1, 2], [1, 0], [10, 20, 30], [0, 1]);
      expectIdentical(outer, Float32Array.from([-9, -19, -29, -8, -18, -28]), `${m.flavour} outer`);
      const scalar = runBroadcast(m, Binary.mul, [], [3], [], [-2], []);
      expectIdentical(scalar, Float32Array.from([-6]), `${m.flavour} rank 0`);
    }
  });

  it("agrees across flavours on random shapes broadcast both ways", async () => {
    const mods = await flavours();
    const r = rng(2024);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    for (let trial = 0; trial < 120; trial++) {
      const rank = trial < 8 ? trial % 3 : trial < 12 ? 8 : 1 + Math.floor(r() * 5);
      const shape = Array.from({ length: rank }, () => pick(rank > 5 ? [1, 2, 3] : [1, 2, 3, 5, 7, 17]));
      const side = (): number[] => {
        const keep = Math.floor(r() * (rank + 1));
        return shape.slice(rank - keep).map((n) => (r() < 0.4 ? 1 : n));
      };
      const ad = side(), bd = side();
      const a = randomArray(ad.reduce((p, n) => p * n, 1), trial, -2, 2);
      const b = randomArray(bd.reduce((p, n) => p * n, 1), trial + 1000, 0.5, 2);
      const op = Object.values(Binary)[trial % 14]!;
      const outs = mods.map((m) => runBroadcast(m, op, shape, a, broadcastStrides(ad, rank), b, broadcastStrides(bd, rank)));
      expectAgree(outs, `trial ${trial} op ${op} shape [${shape}] a [${ad}] b [${bd}]`);
    }
  });

  it("reads transposed and reversed operands through their strides", async () => {
    const mods = await flavours();
    const a = randomArray(4 * 6, 1), b = randomArray(6, 2);
    // a is stored [6, 4] and read transposed as [4, 6]; b is read reversed,
    // with a negative stride from its last element.
    const want = Array.from({ length: 24 }, (_, k) => a[(k % 6) * 4 + Math.floor(k / 6)]! + b[5 - (k % 6)]!);
    const outs = mods.map((m) =>
      scoped(m, (s) => {
        const ps = s.i([4, 6]), pas = s.i([1, 4]), pbs = s.i([0, -1]), pa = s.f(a), pb = s.f(b), py = s.f(24);
        m.checked.binaryBroadcast(Binary.add, 2, ps, pas, pbs, pa, pb + 5 * m.floatBytes, py);
        return m.readFloats(py, 24);
      }),
    );
    expectAgree(outs, "transposed + reversed");
    expectClose(outs[2]!, want, 1e-6, 1e-7, "transposed + reversed known");
  });
});

describe("select", () => {
  it("picks a where cond ≠ 0 (NaN counts as true, -0 as false) and agrees across flavours", async () => {
    const mods = await flavours();
    for (const n of [...SIZES, 6]) {
      const cond = n === 6 ? [1, 0, NaN, -0, -3, 0.5] : randomArray(n, n).map((t) => (t > 0 ? 1 : 0));
      const a = randomArray(n, n + 1), b = randomArray(n, n + 2);
      const outs = mods.map((m) =>
        scoped(m, (s) => {
          const py = s.f(n);
          m.checked.select(n, s.f(cond), s.f(a), s.f(b), py);
          return m.readFloats(py, n);
        }),
      );
      expectAgree(outs, `select n=${n}`);
      expectClose(outs[2]!, cond.map((c, i) => (c !== 0 ? a[i]! : b[i]!)), 0, 0, `select n=${n} known`);
    }
  });
});

describe("checked elementwise", () => {
  it("rejects bad op codes, sizes, shapes and strides", async () => {
    const [m] = await flavours();
    const k = m!.checked;
    scoped(m!, (s) => {
      const x = s.f(8), y = s.f(8), shape = s.i([2, 4]), st = s.i([4, 1]), bad = s.i([2, -1]), far = s.i([1 << 28, 1]);
      const rank9 = s.i(9);
      const bads: [string, () => void][] = [
        ["unary op", () => k.unary(20, 8, 0, 0, x, y)],
        ["clip lo > hi", () => k.unary(Unary.clip, 8, 1, 0, x, y)],
        ["negative n", () => k.unary(Unary.neg, -1, 0, 0, x, y)],
        ["past memory", () => k.unary(Unary.neg, 1 << 28, 0, 0, x, y)],
        ["backward null", () => k.unaryBackward(Unary.exp, 8, 0, 0, x, 0, y, y)],
        ["binary op", () => k.binary(14, 8, x, x, y)],
        ["select null", () => k.select(8, 0, x, x, y)],
        ["rank 9", () => k.binaryBroadcast(Binary.add, 9, rank9, rank9, rank9, x, x, y)],
        ["negative dim", () => k.binaryBroadcast(Binary.add, 2, bad, st, st, x, x, y)],
        ["stride past memory", () => k.binaryBroadcast(Binary.add, 2, shape, far, st, x, x, y)],
        ["stride below 0", () => k.binaryBroadcast(Binary.add, 2, shape, st, bad, x, 4, y)],
      ];
      for (const [label, call] of bads) expectBadArgument(call, label);
      k.binaryBroadcast(Binary.add, 2, shape, st, s.i([0, 1]), x, x, y);
    });
  });
});
