import { Binary, Unary, type ElementwiseKernels } from "../abi.js";
import { readInts, stridedOffsets } from "./layout.js";
import type { RefViews } from "./views.js";

/** Rounds half to even, like wasm's f32.nearest and numpy.round. */
function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const d = x - f;
  const r = d < 0.5 || (d === 0.5 && f % 2 === 0) ? f : f + 1;
  // Keep the sign of zero: round(-0.4) is -0, as in wasm.
  return r === 0 ? x * 0 : r;
}

/** sign(±0) = 0 and sign(NaN) = NaN, like numpy. */
function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : NaN;
}

type UnaryFn = (x: number, alpha: number, beta: number) => number;
const forward: Record<number, UnaryFn> = {
  [Unary.neg]: (x) => -x,
  [Unary.abs]: Math.abs,
  [Unary.square]: (x) => x * x,
  [Unary.sqrt]: Math.sqrt,
  [Unary.exp]: Math.exp,
  [Unary.log]: Math.log,
  [Unary.reciprocal]: (x) => 1 / x,
  [Unary.sign]: sign,
  [Unary.powScalar]: (x, alpha) => Math.pow(x, alpha),
  [Unary.clip]: (x, lo, hi) => Math.min(Math.max(x, lo), hi),
  [Unary.addScalar]: (x, alpha) => x + alpha,
  [Unary.mulScalar]: (x, alpha) => x * alpha,
  [Unary.log1p]: Math.log1p,
  [Unary.expm1]: Math.expm1,
  [Unary.sin]: Math.sin,
  [Unary.cos]: Math.cos,
  [Unary.floor]: Math.floor,
  [Unary.round]: roundHalfEven,
  [Unary.rsqrt]: (x) => 1 / Math.sqrt(x),
  [Unary.step]: (x) => (x > 0 ? 1 : Number.isNaN(x) ? NaN : 0),
};

/**
 * dx from x, y = op(x) and dy. The choices the wasm kernels document: sqrt'
 * uses y (+inf at 0, like TF), abs'(0) = 0, the piecewise-constant ops and
 * powScalar with alpha = 0 give exact zeros, clip passes dy on [lo, hi].
 */
type GradFn = (x: number, y: number, dy: number, alpha: number, beta: number) => number;
const backward: Record<number, GradFn> = {
  [Unary.neg]: (_x, _y, dy) => -dy,
  [Unary.abs]: (x, _y, dy) => dy * sign(x),
  [Unary.square]: (x, _y, dy) => dy * 2 * x,
  [Unary.sqrt]: (_x, y, dy) => (dy * 0.5) / y,
  [Unary.exp]: (_x, y, dy) => dy * y,
  [Unary.log]: (x, _y, dy) => dy / x,
  [Unary.reciprocal]: (_x, y, dy) => -dy * y * y,
  [Unary.sign]: () => 0,
  [Unary.powScalar]: (x, _y, dy, alpha) => (alpha === 0 ? 0 : dy * alpha * Math.pow(x, alpha - 1)),
  [Unary.clip]: (x, _y, dy, lo, hi) => (x >= lo && x <= hi ? dy : 0),
  [Unary.addScalar]: (_x, _y, dy) => dy,
  [Unary.mulScalar]: (_x, _y, dy, alpha) => dy * alpha,
  [Unary.log1p]: (x, _y, dy) => dy / (1 + x),
  [Unary.expm1]: (_x, y, dy) => dy * (y + 1),
  [Unary.sin]: (x, _y, dy) => dy * Math.cos(x),
  [Unary.cos]: (x, _y, dy) => -dy * Math.sin(x),
  [Unary.floor]: () => 0,
  [Unary.round]: () => 0,
  [Unary.rsqrt]: (_x, y, dy) => -0.5 * dy * y * y * y,
  [Unary.step]: () => 0,
};

type BinaryFn = (a: number, b: number) => number;
const binaryOps: Record<number, BinaryFn> = {
  [Binary.add]: (a, b) => a + b,
  [Binary.sub]: (a, b) => a - b,
  [Binary.mul]: (a, b) => a * b,
  [Binary.div]: (a, b) => a / b,
  [Binary.pow]: Math.pow,
  [Binary.maximum]: Math.max,
  [Binary.minimum]: Math.min,
  [Binary.squaredDifference]: (a, b) => (a - b) * (a - b),
  [Binary.greater]: (a, b) => (a > b ? 1 : 0),
  [Binary.greaterEqual]: (a, b) => (a >= b ? 1 : 0),
  [Binary.less]: (a, b) => (a < b ? 1 : 0),
  [Binary.lessEqual]: (a, b) => (a <= b ? 1 : 0),
  [Binary.equal]: (a, b) => (a === b ? 1 : 0),
  [Binary.notEqual]: (a, b) => (a !== b ? 1 : 0),
};

export function elementwiseReference(v: RefViews): ElementwiseKernels {
  // Float scalar arguments are f32 in the ABI; round them so the f32 reference
  // clips and compares at the same thresholds as wasm.
  const scalar = v.precision === "f32" ? Math.fround : (t: number) => t;
  const get = (p: number, i: number) => v.F[v.f(p, i)]!;

  return {
    unary(op, n, alpha, beta, x, y) {
      v.refresh();
      const fn = forward[op]!;
      const a = scalar(alpha), b = scalar(beta);
      for (let i = 0; i < n; i++) v.F[v.f(y, i)] = fn(get(x, i), a, b);
    },

    unaryBackward(op, n, alpha, beta, x, y, dy, dx) {
      v.refresh();
      const fn = backward[op]!;
      const a = scalar(alpha), b = scalar(beta);
      for (let i = 0; i < n; i++) v.F[v.f(dx, i)] = fn(get(x, i), get(y, i), get(dy, i), a, b);
    },

    binary(op, n, a, b, y) {
      v.refresh();
      const fn = binaryOps[op]!;
      for (let i = 0; i < n; i++) v.F[v.f(y, i)] = fn(get(a, i), get(b, i));
    },

    binaryBroadcast(op, rank, shape, aStrides, bStrides, a, b, y) {
      const dims = readInts(v, shape, rank);
      const aOffsets = stridedOffsets(dims, readInts(v, aStrides, rank));
      const bOffsets = stridedOffsets(dims, readInts(v, bStrides, rank));
      const fn = binaryOps[op]!;
      aOffsets.forEach((ao, k) => {
        v.F[v.f(y, k)] = fn(get(a, ao), get(b, bOffsets[k]!));
      });
    },

    select(n, cond, a, b, y) {
      v.refresh();
      for (let i = 0; i < n; i++) v.F[v.f(y, i)] = get(cond, i) !== 0 ? get(a, i) : get(b, i);
    },
  };
}
