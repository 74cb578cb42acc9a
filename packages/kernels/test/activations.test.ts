import { describe, expect, it } from "vitest";
import { Activation, NeuriteError, referenceKernels, type ActivationName, type KernelModule } from "../src/index.js";
import { expectClose, flavours, randomArray } from "./harness.js";

const mods = await flavours();
const [simd, scalar, js] = mods as [KernelModule, KernelModule, KernelModule];
const ref64 = referenceKernels("f64");
const KINDS = Object.entries(Activation) as [ActivationName, number][];
const SIZES = [0, 1, 3, 5, 17, 1023];
const GUARD = 5;
const SENTINEL = 12345;
/** alpha is only read by leakyRelu and elu; pass an unusual value to both. */
const alphaFor = (name: ActivationName): number => (name === "leakyRelu" ? 0.2 : name === "elu" ? 1.3 : 0);

function forward(mod: KernelModule, kind: number, x: ArrayLike<number>, alpha: number): Float32Array | Float64Array {
  const px = mod.uploadFloats([...Array.from(x), ...new Array<number>(GUARD).fill(SENTINEL)]);
  const py = mod.uploadFloats(new Array<number>(x.length + GUARD).fill(SENTINEL));
  mod.raw.activation(kind, x.length, alpha, px, py);
  const y = mod.readFloats(py, x.length + GUARD);
  mod.free(px);
  mod.free(py);
  expect(Array.from(y.subarray(x.length)), `${mod.flavour} guard`).toEqual(new Array<number>(GUARD).fill(SENTINEL));
  return y.subarray(0, x.length);
}

/** dx for upstream dy, with y = f(x) from the same module's forward as the ABI assumes. */
function backward(mod: KernelModule, kind: number, x: ArrayLike<number>, dy: ArrayLike<number>, alpha: number): Float32Array | Float64Array {
  const n = x.length;
  const px = mod.uploadFloats(x);
  const py = mod.allocFloats(n);
  mod.raw.activation(kind, n, alpha, px, py);
  const pdy = mod.uploadFloats(dy);
  const pdx = mod.uploadFloats(new Array<number>(n + GUARD).fill(SENTINEL));
  mod.raw.activationBackward(kind, n, alpha, px, py, pdy, pdx);
  const dx = mod.readFloats(pdx, n + GUARD);
  for (const p of [px, py, pdy, pdx]) mod.free(p);
  expect(Array.from(dx.subarray(n)), `${mod.flavour} guard`).toEqual(new Array<number>(GUARD).fill(SENTINEL));
  return dx.subarray(0, n);
}

describe("activations: forward and backward", () => {
  it("simd and scalar are bit-identical and agree with the reference, at every tail size", () => {
    for (const [name, kind] of KINDS) {
      const alpha = alphaFor(name);
      for (const n of SIZES) {
        const x = randomArray(n, 11 + n, -6, 6);
        const dy = randomArray(n, 97 + n, -2, 2);
        const want = forward(js, kind, x, alpha);
        const wantGrad = backward(js, kind, x, dy, alpha);
        const y = forward(simd, kind, x, alpha);
        expect(Array.from(forward(scalar, kind, x, alpha)), `${name} n=${n}`).toEqual(Array.from(y));
        expectClose(y, want, 1e-5, 1e-6, `${name} forward n=${n}`);
        const dx = backward(simd, kind, x, dy, alpha);
        expect(Array.from(backward(scalar, kind, x, dy, alpha)), `${name} n=${n}`).toEqual(Array.from(dx));
        expectClose(dx, wantGrad, 1e-5, 1e-6, `${name} backward n=${n}`);
      }
    }
  });

  it("match published values", () => {
    const phi = (z: number): number => 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (z + 0.044715 * z ** 3)));
    const cases: [ActivationName, number, number, number][] = [
      ["relu", 0, -1, 0], ["relu", 0, 2.5, 2.5],
      ["leakyRelu", 0.2, -2, -0.4], ["leakyRelu", 0.2, 3, 3],
      ["elu", 1, -1, Math.expm1(-1)], ["elu", 0.5, -2, 0.5 * Math.expm1(-2)], ["elu", 0.5, 2, 2],
      ["sigmoid", 0, 0, 0.5], ["sigmoid", 0, 2, 0.8807970779778823], ["sigmoid", 0, -20, 2.0611536181902037e-9],
      ["tanh", 0, 1, 0.7615941559557649], ["tanh", 0, -0.1, -0.09966799462495582],
      // gelu(x) = x·Φ(x); Φ(1), Φ(−1), Φ(2), Φ(−3) from normal tables.
      ["gelu", 0, 1, 0.8413447460685429], ["gelu", 0, -1, -0.15865525393145707],
      ["gelu", 0, 2, 2 * 0.9772498680518208], ["gelu", 0, -3, -3 * 0.0013498980316301035],
      ["softplus", 0, 0, Math.LN2], ["softplus", 0, 1, 1.3132616875182228], ["softplus", 0, -20, 2.0611536224385579e-9],
      ["softsign", 0, 1, 0.5], ["softsign", 0, -3, -0.75],
      ["selu", 0, 1, 1.0507009873554805], ["selu", 0, -1, 1.0507009873554805 * 1.6732632423543772 * Math.expm1(-1)],
      ["swish", 0, 1, 0.7310585786300049], ["swish", 0, -1, -0.2689414213699951],
      ["relu6", 0, 7, 6], ["relu6", 0, 3, 3], ["relu6", 0, -1, 0],
      ["hardSigmoid", 0, 0, 0.5], ["hardSigmoid", 0, 1, 4 / 6], ["hardSigmoid", 0, 3, 1], ["hardSigmoid", 0, -3, 0],
      ["geluTanh", 0, 1, 1 * phi(1)], ["geluTanh", 0, -2, -2 * phi(-2)],
      ["exponential", 0, 1, Math.E], ["exponential", 0, -10, Math.exp(-10)],
      ["linear", 0, -7.5, -7.5],
    ];
    // 1e-6 rather than a few ulp: in gelu's left tail exp(−x²/2) carries the
    // rounding of x/√2 amplified by x² (x = −3: ~5e-7).
    for (const mod of [...mods, ref64]) {
      for (const [name, alpha, x, want] of cases) {
        const [y] = forward(mod, Activation[name], [x], alpha);
        expect(Math.abs(y! - want), `${mod.flavour} ${name}(${x}) = ${y}, want ${want}`).toBeLessThanOrEqual(1e-6 * Math.abs(want) + 1e-12);
      }
    }
  });

  it("saturate at extreme inputs without NaN, and propagate NaN", () => {
    const x = [100, -100, 1000, -1000, 88.5, -88.5, 1e30, -1e30, Infinity, -Infinity, 1e-30, -1e-30, 0, -0];
    const ones = x.map(() => 1);
    for (const [name, kind] of KINDS) {
      const alpha = alphaFor(name);
      const want = forward(js, kind, x, alpha);
      const wantGrad = backward(js, kind, x, ones, alpha);
      for (const mod of [simd, scalar, js]) {
        const y = forward(mod, kind, x, alpha);
        const dx = backward(mod, kind, x, ones, alpha);
        expect(y.some(Number.isNaN) || dx.some(Number.isNaN), `${mod.flavour} ${name}: ${y} / ${dx}`).toBe(false);
        expectClose(y, want, 1e-5, 1e-6, `${mod.flavour} ${name} extremes`);
        expectClose(dx, wantGrad, 1e-5, 1e-6, `${mod.flavour} ${name} extreme gradients`);
        expect(Number.isNaN(forward(mod, kind, [NaN], alpha)[0]), `${mod.flavour} ${name}(NaN)`).toBe(true);
      }
    }
    const limits: [ActivationName, number, number][] = [
      ["sigmoid", -1000, 0], ["sigmoid", 1000, 1], ["tanh", -1000, -1], ["tanh", Infinity, 1], ["softplus", 1000, 1000],
      ["softplus", -1000, 0], ["gelu", -Infinity, 0], ["gelu", 1000, 1000], ["gelu", Infinity, Infinity], ["swish", Infinity, Infinity], ["swish", -Infinity, 0], ["softsign", Infinity, 1],
      ["geluTanh", -Infinity, 0], ["exponential", 89, Infinity], ["exponential", -104, 0],
    ];
    for (const mod of mods) {
      // + 0 folds −0 into 0: the sign of a vanishing limit is not part of the contract.
      for (const [name, x, want] of limits) expect(forward(mod, Activation[name], [x], 0)[0]! + 0, `${mod.flavour} ${name}(${x})`).toBe(want);
    }
  });

  it("simd and scalar agree bit for bit at NaN, ±inf, ±0, huge, tiny and branch-point inputs", () => {
    // 32 values, all in the v128 body: its clamps (pmin/pmax) must select exactly what the scalar forms select.
    const x = [NaN, Infinity, -Infinity, 0, -0, 3.4e38, -3.4e38, 1e-45, -1e-45, 1.2e-38, -1.2e-38, 1e-30, -1e-30, 88.72, 89, 90,
      -103.97, -104, -105, 0.5, -0.5, 0.625, -0.625, 1e4, -1e4, 1e5, -1e5, 3, -3, 6, 1000, -1000];
    const dy = x.map((_, i) => (i % 3) - 0.75);
    for (const [name, kind] of KINDS) {
      const alpha = alphaFor(name);
      expect(Array.from(forward(simd, kind, x, alpha)), name).toEqual(Array.from(forward(scalar, kind, x, alpha)));
      expect(Array.from(backward(simd, kind, x, dy, alpha)), name).toEqual(Array.from(backward(scalar, kind, x, dy, alpha)));
    }
  });

  it("backward matches central differences of the float64 reference", () => {
    const h = 1e-6;
    // Keep clear of the kinks (0, ±3, 6) where the derivative is a convention.
    const x = Array.from(randomArray(64, 5, -7, 7)).map((v) => ([0, 3, -3, 6].some((k) => Math.abs(v - k) < 1e-3) ? v + 0.01 : v));
    const dy = Array.from(randomArray(64, 6, -2, 2));
    for (const [name, kind] of KINDS) {
      const alpha = alphaFor(name);
      const fd = x.map((xi, i) => (dy[i]! * (forward(ref64, kind, [xi + h], alpha)[0]! - forward(ref64, kind, [xi - h], alpha)[0]!)) / (2 * h));
      expectClose(backward(ref64, kind, x, dy, alpha), fd, 1e-6, 1e-8, `${name} gradient`);
    }
  });

  it("use TensorFlow's conventions at the kinks", () => {
    for (const mod of [...mods, ref64]) {
      const g = (name: ActivationName, x: number, alpha = 0): number => backward(mod, Activation[name], [x], [1], alpha)[0]!;
      expect([g("relu", 0), g("relu6", 0), g("relu6", 6), g("hardSigmoid", 3), g("hardSigmoid", -3)]).toEqual([0, 0, 0, 0, 0]);
      expect(g("leakyRelu", 0, 0.2)).toBeCloseTo(0.2, 7);
      expect(g("elu", 0, 1.5)).toBeCloseTo(1.5, 6);
      expect(g("relu6", 5.5)).toBe(1);
      expect(g("hardSigmoid", 2.9)).toBeCloseTo(1 / 6, 7);
      expect(g("gelu", 0)).toBeCloseTo(0.5, 7);
      expect(g("selu", 1)).toBeCloseTo(1.0507009873554805, 6);
    }
  });

  it("allow y to alias x (forward) and dx to alias dy (backward)", () => {
    for (const mod of mods) {
      for (const [name, kind] of KINDS) {
        const alpha = alphaFor(name);
        const x = randomArray(19, 3, -4, 4);
        const dy = randomArray(19, 4, -1, 1);
        const p = mod.uploadFloats(x);
        mod.raw.activation(kind, 19, alpha, p, p);
        expect(Array.from(mod.readFloats(p, 19)), `${mod.flavour} ${name}`).toEqual(Array.from(forward(mod, kind, x, alpha)));
        const px = mod.uploadFloats(x);
        const py = mod.allocFloats(19);
        const pd = mod.uploadFloats(dy);
        mod.raw.activation(kind, 19, alpha, px, py);
        mod.raw.activationBackward(kind, 19, alpha, px, py, pd, pd);
        expect(Array.from(mod.readFloats(pd, 19)), `${mod.flavour} ${name}`).toEqual(Array.from(backward(mod, kind, x, dy, alpha)));
        for (const q of [p, px, py, pd]) mod.free(q);
      }
    }
  });

  it("exponential (the kernels' exp) is within 2 ulp of Math.exp over its whole range", () => {
    const n = 20001;
    const x = Float32Array.from({ length: n }, (_, i) => -87 + (175.5 * i) / (n - 1));
    for (const mod of [simd, scalar]) {
      const y = forward(mod, Activation.exponential, x, 0);
      let worst = 0;
      for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(y[i]! - Math.exp(x[i]!)) / Math.exp(x[i]!));
      expect(worst, mod.flavour).toBeLessThan(2.4e-7);
    }
  });
});

/** Runs a row-wise m×n kernel (softmax family) and returns the output matrix. */
function rows(mod: KernelModule, fn: "softmax" | "logSoftmax", m: number, n: number, x: ArrayLike<number>): Float32Array | Float64Array {
  const px = mod.uploadFloats(x);
  const py = mod.uploadFloats(new Array<number>(m * n + GUARD).fill(SENTINEL));
  mod.raw[fn](m, n, px, py);
  const y = mod.readFloats(py, m * n + GUARD);
  mod.free(px);
  mod.free(py);
  expect(Array.from(y.subarray(m * n)), `${mod.flavour} ${fn} guard`).toEqual(new Array<number>(GUARD).fill(SENTINEL));
  return y.subarray(0, m * n);
}

function rowsBackward(
  mod: KernelModule, fn: "softmaxBackward" | "logSoftmaxBackward", m: number, n: number, y: ArrayLike<number>, dy: ArrayLike<number>,
): Float32Array | Float64Array {
  const py = mod.uploadFloats(y);
  const pdy = mod.uploadFloats(dy);
  const pdx = mod.allocFloats(m * n);
  mod.raw[fn](m, n, py, pdy, pdx);
  const dx = mod.readFloats(pdx, m * n);
  for (const p of [py, pdy, pdx]) mod.free(p);
  return dx;
}

const SHAPES: [number, number][] = [[0, 5], [3, 0], [1, 1], [1, 3], [4, 5], [3, 17], [2, 1023], [7, 4]];

describe("softmax and logSoftmax", () => {
  it("agree across flavours, forward and backward, at every tail size", () => {
    for (const [m, n] of SHAPES) {
      const x = randomArray(m * n, m * 31 + n, -8, 8);
      const dy = randomArray(m * n, m + n, -1, 1);
      for (const fn of ["softmax", "logSoftmax"] as const) {
        const back = fn === "softmax" ? "softmaxBackward" : "logSoftmaxBackward";
        const want = rows(js, fn, m, n, x);
        const wantGrad = rowsBackward(js, back, m, n, want, dy);
        for (const mod of [simd, scalar]) {
          const y = rows(mod, fn, m, n, x);
          expectClose(y, want, 1e-5, 1e-7, `${mod.flavour} ${fn} ${m}x${n}`);
          expectClose(rowsBackward(mod, back, m, n, y, dy), wantGrad, 1e-5, 1e-6, `${mod.flavour} ${back} ${m}x${n}`);
        }
      }
    }
  });

  it("give 1/n and −log n for uniform rows, and rows that sum to 1", () => {
    for (const mod of mods) {
      for (const n of [1, 3, 8, 1023]) {
        expectClose(rows(mod, "softmax", 2, n, new Array<number>(2 * n).fill(4.25)), new Array<number>(2 * n).fill(1 / n), 1e-6, 0);
        expectClose(rows(mod, "logSoftmax", 2, n, new Array<number>(2 * n).fill(-3)), new Array<number>(2 * n).fill(-Math.log(n)), 1e-6, 1e-7);
      }
      const y = rows(mod, "softmax", 3, 17, randomArray(51, 8, -20, 20));
      for (let r = 0; r < 3; r++) expect(Array.from(y.subarray(r * 17, r * 17 + 17)).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    }
  });

  it("stay finite and exact for extreme logits", () => {
    for (const mod of mods) {
      expect(Array.from(rows(mod, "softmax", 1, 3, [1000, 0, -1000]))).toEqual([1, 0, 0]);
      expect(Array.from(rows(mod, "softmax", 1, 2, [-1000, -1000]))).toEqual([0.5, 0.5]);
      expectClose(rows(mod, "softmax", 1, 2, [100, 101]), [1 / (1 + Math.E), Math.E / (1 + Math.E)], 1e-6, 0);
      expect(Array.from(rows(mod, "logSoftmax", 1, 3, [1000, 0, -1000]))).toEqual([0, -1000, -2000]);
      expect(rows(mod, "softmax", 1, 3, [NaN, 0, 1]).every(Number.isNaN)).toBe(true);
    }
  });

  it("backward matches central differences of Σ dy·y in float64", () => {
    const [m, n, h] = [3, 5, 1e-6];
    const x = Array.from(randomArray(m * n, 21, -3, 3));
    const dy = Array.from(randomArray(m * n, 22, -1, 1));
    for (const [fn, back] of [["softmax", "softmaxBackward"], ["logSoftmax", "logSoftmaxBackward"]] as const) {
      const objective = (xs: number[]): number => Array.from(rows(ref64, fn, m, n, xs)).reduce((s, v, i) => s + v * dy[i]!, 0);
      const fd = x.map((_, i) => {
        const up = x.slice();
        const down = x.slice();
        up[i]! += h;
        down[i]! -= h;
        return (objective(up) - objective(down)) / (2 * h);
      });
      expectClose(rowsBackward(ref64, back, m, n, rows(ref64, fn, m, n, x), dy), fd, 1e-6, 1e-8, back);
    }
  });
});

describe("activations: checked wrappers", () => {
  it("reject bad kinds, sizes and regions with BAD_ARGUMENT", () => {
    for (const mod of mods) {
      const p = mod.allocFloats(8);
      const end = mod.memory.buffer.byteLength;
      const bad: (() => void)[] = [
        () => mod.checked.activation(15, 4, 0, p, p),
        () => mod.checked.activation(-1, 4, 0, p, p),
        () => mod.checked.activation(1, -1, 0, p, p),
        () => mod.checked.activation(1, 2.5, 0, p, p),
        () => mod.checked.activation(1, 4, 0, 0, p),
        () => mod.checked.activation(2, 4, Infinity, p, p),
        () => mod.checked.activation(1, 4, 0, p, end - 8),
        () => mod.checked.activation(1, 4, 0, p + 2, p),
        () => mod.checked.activationBackward(1, 4, 0, p, p, 0, p),
        () => mod.checked.activationBackward(99, 4, 0, p, p, p, p),
        () => mod.checked.softmax(-1, 4, p, p),
        () => mod.checked.softmax(2, 4, p, end - 16),
        () => mod.checked.logSoftmax(1, 4, 0, p),
        () => mod.checked.softmaxBackward(2, 4, p, p, 0),
        () => mod.checked.logSoftmaxBackward(1, -4, p, p, p),
      ];
      for (const call of bad) {
        expect(call, `${mod.flavour} ${call.toString()}`).toThrow(NeuriteError);
        try {
          call();
        } catch (e) {
          expect((e as NeuriteError).code).toBe("BAD_ARGUMENT");
        }
      }
      expect(() => mod.checked.activation(1, 0, 0, 0, 0)).not.toThrow();
      expect(() => mod.checked.softmax(0, 3, 0, 0)).not.toThrow();
      mod.free(p);
    }
  });
});
