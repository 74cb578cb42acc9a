// Elementwise ops for @neurite/core (ABI.md "elementwise.ts"). Each exported
// kernel switches on the op once and runs a loop specialised for it: the
// @inline loop bodies receive the op as a constant, so -O3 folds the inner
// switch away. The simd and scalar flavours give bit-identical results for
// every op: the vector bodies are exact lane-wise, exp/log/log1p/expm1 use
// vmath's paired vector and scalar forms (same operations in the same order),
// and sin, cos and pow call Mathf per element in both flavours.

import { expm1S, expm1V, expS, expV, log1pS, log1pV, logS, logV } from "./vmath";

const NEG = 0, ABS = 1, SQUARE = 2, SQRT = 3, EXP = 4, LOG = 5, RECIPROCAL = 6, SIGN = 7, POW_SCALAR = 8,
  CLIP = 9, ADD_SCALAR = 10, MUL_SCALAR = 11, LOG1P = 12, EXPM1 = 13, SIN = 14, COS = 15, FLOOR = 16,
  ROUND = 17, RSQRT = 18, STEP = 19;

const ADD = 0, SUB = 1, MUL = 2, DIV = 3, POW = 4, MAXIMUM = 5, MINIMUM = 6, SQUARED_DIFFERENCE = 7,
  GREATER = 8, GREATER_EQUAL = 9, LESS = 10, LESS_EQUAL = 11, EQUAL = 12, NOT_EQUAL = 13;

@inline function scalarOnly(op: i32): bool {
  return op == SIN || op == COS || op == POW_SCALAR;
}

// sign(±0) = +0 and sign(NaN) = NaN, like numpy; step(NaN) = NaN, like TF.js.
@inline function signOf(x: f32): f32 {
  return x > 0 ? 1 : x < 0 ? -1 : x != x ? x : 0;
}

@inline function signOfV(x: v128): v128 {
  const pos = v128.and(f32x4.gt(x, f32x4.splat(0)), f32x4.splat(1));
  const neg = v128.and(f32x4.lt(x, f32x4.splat(0)), f32x4.splat(-1));
  return v128.or(v128.or(pos, neg), v128.and(f32x4.ne(x, x), x));
}

@inline function unaryOf(op: i32, x: f32, alpha: f32, beta: f32): f32 {
  switch (op) {
    case NEG: return -x;
    case ABS: return abs<f32>(x);
    case SQUARE: return x * x;
    case SQRT: return sqrt<f32>(x);
    case EXP: return expS(x);
    case LOG: return logS(x);
    case RECIPROCAL: return 1 / x;
    case SIGN: return signOf(x);
    case POW_SCALAR: return Mathf.pow(x, alpha);
    case CLIP: return min<f32>(max<f32>(x, alpha), beta);
    case ADD_SCALAR: return x + alpha;
    case MUL_SCALAR: return x * alpha;
    case LOG1P: return log1pS(x);
    case EXPM1: return expm1S(x);
    case SIN: return Mathf.sin(x);
    case COS: return Mathf.cos(x);
    case FLOOR: return floor<f32>(x);
    case ROUND: return nearest<f32>(x);
    case RSQRT: return 1 / sqrt<f32>(x);
    default: return x > 0 ? 1 : x != x ? x : 0;
  }
}

@inline function unaryOfV(op: i32, x: v128, alpha: v128, beta: v128): v128 {
  switch (op) {
    case NEG: return f32x4.neg(x);
    case ABS: return f32x4.abs(x);
    case SQUARE: return f32x4.mul(x, x);
    case SQRT: return f32x4.sqrt(x);
    case EXP: return expV(x);
    case LOG: return logV(x);
    case RECIPROCAL: return f32x4.div(f32x4.splat(1), x);
    case SIGN: return signOfV(x);
    case CLIP: return f32x4.min(f32x4.max(x, alpha), beta);
    case ADD_SCALAR: return f32x4.add(x, alpha);
    case MUL_SCALAR: return f32x4.mul(x, alpha);
    case LOG1P: return log1pV(x);
    case EXPM1: return expm1V(x);
    case FLOOR: return f32x4.floor(x);
    case ROUND: return f32x4.nearest(x);
    case RSQRT: return f32x4.div(f32x4.splat(1), f32x4.sqrt(x));
    default: return v128.or(v128.and(f32x4.gt(x, f32x4.splat(0)), f32x4.splat(1)), v128.and(f32x4.ne(x, x), x));
  }
}

@inline function unaryLoop(op: i32, n: i32, alpha: f32, beta: f32, x: usize, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD && !scalarOnly(op)) {
    const va = f32x4.splat(alpha), vb = f32x4.splat(beta);
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      v128.store(y + o, unaryOfV(op, v128.load(x + o), va, vb));
    }
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    store<f32>(y + o, unaryOf(op, load<f32>(x + o), alpha, beta));
  }
}

/** y = op(x); y may alias x. */
export function unary(op: i32, n: i32, alpha: f32, beta: f32, x: usize, y: usize): void {
  switch (op) {
    case NEG: unaryLoop(NEG, n, alpha, beta, x, y); break;
    case ABS: unaryLoop(ABS, n, alpha, beta, x, y); break;
    case SQUARE: unaryLoop(SQUARE, n, alpha, beta, x, y); break;
    case SQRT: unaryLoop(SQRT, n, alpha, beta, x, y); break;
    case EXP: unaryLoop(EXP, n, alpha, beta, x, y); break;
    case LOG: unaryLoop(LOG, n, alpha, beta, x, y); break;
    case RECIPROCAL: unaryLoop(RECIPROCAL, n, alpha, beta, x, y); break;
    case SIGN: unaryLoop(SIGN, n, alpha, beta, x, y); break;
    // Mathf.pow(x, 2) is x * x, so the vector square gives the same bits.
    case POW_SCALAR: if (alpha == 2) unaryLoop(SQUARE, n, alpha, beta, x, y); else unaryLoop(POW_SCALAR, n, alpha, beta, x, y); break;
    case CLIP: unaryLoop(CLIP, n, alpha, beta, x, y); break;
    case ADD_SCALAR: unaryLoop(ADD_SCALAR, n, alpha, beta, x, y); break;
    case MUL_SCALAR: unaryLoop(MUL_SCALAR, n, alpha, beta, x, y); break;
    case LOG1P: unaryLoop(LOG1P, n, alpha, beta, x, y); break;
    case EXPM1: unaryLoop(EXPM1, n, alpha, beta, x, y); break;
    case SIN: unaryLoop(SIN, n, alpha, beta, x, y); break;
    case COS: unaryLoop(COS, n, alpha, beta, x, y); break;
    case FLOOR: unaryLoop(FLOOR, n, alpha, beta, x, y); break;
    case ROUND: unaryLoop(ROUND, n, alpha, beta, x, y); break;
    case RSQRT: unaryLoop(RSQRT, n, alpha, beta, x, y); break;
    case STEP: unaryLoop(STEP, n, alpha, beta, x, y); break;
  }
}

// op'(x) times dy. Where y = op(x) is cheaper or what TF uses, it is used:
// sqrt' = 0.5/y (so +inf at x = 0, like TF), exp' = y, reciprocal' = -y²,
// rsqrt' = -0.5·y³, expm1' = y + 1. abs'(0) = 0 (through sign). sign, floor,
// round and step write exact zeros (piecewise constant); clip passes dy where
// lo ≤ x ≤ hi (inclusive, like TF's clip_by_value) and 0 elsewhere or for NaN;
// powScalar with alpha = 0 writes zeros (the op is the constant 1).
@inline function gradOf(op: i32, x: f32, y: f32, dy: f32, alpha: f32, beta: f32): f32 {
  switch (op) {
    case NEG: return -dy;
    case ABS: return dy * signOf(x);
    case SQUARE: return dy * (x + x);
    case SQRT: return (dy * 0.5) / y;
    case EXP: return dy * y;
    case LOG: return dy / x;
    case RECIPROCAL: return -(dy * (y * y));
    case POW_SCALAR: return alpha == 0 ? 0 : (dy * alpha) * Mathf.pow(x, alpha - 1);
    case CLIP: return x >= alpha && x <= beta ? dy : 0;
    case ADD_SCALAR: return dy;
    case MUL_SCALAR: return dy * alpha;
    case LOG1P: return dy / (1 + x);
    case EXPM1: return dy * (y + 1);
    case SIN: return dy * Mathf.cos(x);
    case COS: return -(dy * Mathf.sin(x));
    case RSQRT: return dy * (-0.5 * (y * y * y));
    default: return 0;
  }
}

@inline function gradOfV(op: i32, x: v128, y: v128, dy: v128, alpha: v128, beta: v128): v128 {
  switch (op) {
    case NEG: return f32x4.neg(dy);
    case ABS: return f32x4.mul(dy, signOfV(x));
    case SQUARE: return f32x4.mul(dy, f32x4.add(x, x));
    case SQRT: return f32x4.div(f32x4.mul(dy, f32x4.splat(0.5)), y);
    case EXP: return f32x4.mul(dy, y);
    case LOG: return f32x4.div(dy, x);
    case RECIPROCAL: return f32x4.neg(f32x4.mul(dy, f32x4.mul(y, y)));
    case CLIP: return v128.and(dy, v128.and(f32x4.ge(x, alpha), f32x4.le(x, beta)));
    case ADD_SCALAR: return dy;
    case MUL_SCALAR: return f32x4.mul(dy, alpha);
    case LOG1P: return f32x4.div(dy, f32x4.add(f32x4.splat(1), x));
    case EXPM1: return f32x4.mul(dy, f32x4.add(y, f32x4.splat(1)));
    case RSQRT: return f32x4.mul(dy, f32x4.mul(f32x4.splat(-0.5), f32x4.mul(f32x4.mul(y, y), y)));
    default: return f32x4.splat(0);
  }
}

@inline function gradLoop(op: i32, n: i32, alpha: f32, beta: f32, x: usize, y: usize, dy: usize, dx: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD && !scalarOnly(op)) {
    const va = f32x4.splat(alpha), vb = f32x4.splat(beta);
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      v128.store(dx + o, gradOfV(op, v128.load(x + o), v128.load(y + o), v128.load(dy + o), va, vb));
    }
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    store<f32>(dx + o, gradOf(op, load<f32>(x + o), load<f32>(y + o), load<f32>(dy + o), alpha, beta));
  }
}

/** dx = dy · op'(x), given x and y = op(x); dx may alias dy. */
export function unaryBackward(op: i32, n: i32, alpha: f32, beta: f32, x: usize, y: usize, dy: usize, dx: usize): void {
  switch (op) {
    case NEG: gradLoop(NEG, n, alpha, beta, x, y, dy, dx); break;
    case ABS: gradLoop(ABS, n, alpha, beta, x, y, dy, dx); break;
    case SQUARE: gradLoop(SQUARE, n, alpha, beta, x, y, dy, dx); break;
    case SQRT: gradLoop(SQRT, n, alpha, beta, x, y, dy, dx); break;
    case EXP: gradLoop(EXP, n, alpha, beta, x, y, dy, dx); break;
    case LOG: gradLoop(LOG, n, alpha, beta, x, y, dy, dx); break;
    case RECIPROCAL: gradLoop(RECIPROCAL, n, alpha, beta, x, y, dy, dx); break;
    case POW_SCALAR: gradLoop(POW_SCALAR, n, alpha, beta, x, y, dy, dx); break;
    case CLIP: gradLoop(CLIP, n, alpha, beta, x, y, dy, dx); break;
    case ADD_SCALAR: gradLoop(ADD_SCALAR, n, alpha, beta, x, y, dy, dx); break;
    case MUL_SCALAR: gradLoop(MUL_SCALAR, n, alpha, beta, x, y, dy, dx); break;
    case LOG1P: gradLoop(LOG1P, n, alpha, beta, x, y, dy, dx); break;
    case EXPM1: gradLoop(EXPM1, n, alpha, beta, x, y, dy, dx); break;
    case SIN: gradLoop(SIN, n, alpha, beta, x, y, dy, dx); break;
    case COS: gradLoop(COS, n, alpha, beta, x, y, dy, dx); break;
    case RSQRT: gradLoop(RSQRT, n, alpha, beta, x, y, dy, dx); break;
    default: gradLoop(SIGN, n, alpha, beta, x, y, dy, dx); // sign, floor, round, step: zero
  }
}

@inline function binaryOf(op: i32, a: f32, b: f32): f32 {
  switch (op) {
    case ADD: return a + b;
    case SUB: return a - b;
    case MUL: return a * b;
    case DIV: return a / b;
    case POW: return Mathf.pow(a, b);
    case MAXIMUM: return max<f32>(a, b);
    case MINIMUM: return min<f32>(a, b);
    case SQUARED_DIFFERENCE: { const d = a - b; return d * d; }
    case GREATER: return a > b ? 1 : 0;
    case GREATER_EQUAL: return a >= b ? 1 : 0;
    case LESS: return a < b ? 1 : 0;
    case LESS_EQUAL: return a <= b ? 1 : 0;
    case EQUAL: return a == b ? 1 : 0;
    default: return a != b ? 1 : 0;
  }
}

@inline function binaryOfV(op: i32, a: v128, b: v128): v128 {
  const one = f32x4.splat(1);
  switch (op) {
    case ADD: return f32x4.add(a, b);
    case SUB: return f32x4.sub(a, b);
    case MUL: return f32x4.mul(a, b);
    case DIV: return f32x4.div(a, b);
    case MAXIMUM: return f32x4.max(a, b);
    case MINIMUM: return f32x4.min(a, b);
    case SQUARED_DIFFERENCE: { const d = f32x4.sub(a, b); return f32x4.mul(d, d); }
    case GREATER: return v128.and(f32x4.gt(a, b), one);
    case GREATER_EQUAL: return v128.and(f32x4.ge(a, b), one);
    case LESS: return v128.and(f32x4.lt(a, b), one);
    case LESS_EQUAL: return v128.and(f32x4.le(a, b), one);
    case EQUAL: return v128.and(f32x4.eq(a, b), one);
    default: return v128.and(f32x4.ne(a, b), one);
  }
}

// One row of n outputs; a and b advance by sa and sb elements. The strides
// that dominate in practice get vector loops: same shape (1, 1) and one
// operand broadcast along the row (1, 0) or (0, 1).
@inline function binaryRowOf(op: i32, n: i32, a: usize, sa: i32, b: usize, sb: i32, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD && op != POW) {
    if (sa == 1 && sb == 1) {
      for (; i + 4 <= n; i += 4) {
        const o = <usize>i << 2;
        v128.store(y + o, binaryOfV(op, v128.load(a + o), v128.load(b + o)));
      }
    } else if (sa == 1 && sb == 0) {
      const vb = f32x4.splat(load<f32>(b));
      for (; i + 4 <= n; i += 4) {
        const o = <usize>i << 2;
        v128.store(y + o, binaryOfV(op, v128.load(a + o), vb));
      }
    } else if (sa == 0 && sb == 1) {
      const va = f32x4.splat(load<f32>(a));
      for (; i + 4 <= n; i += 4) {
        const o = <usize>i << 2;
        v128.store(y + o, binaryOfV(op, va, v128.load(b + o)));
      }
    }
  }
  const da = <usize>sa << 2, db = <usize>sb << 2;
  let pa = a + <usize>i * da, pb = b + <usize>i * db;
  for (; i < n; i++) {
    store<f32>(y + (<usize>i << 2), binaryOf(op, load<f32>(pa), load<f32>(pb)));
    pa += da;
    pb += db;
  }
}

function binaryRow(op: i32, n: i32, a: usize, sa: i32, b: usize, sb: i32, y: usize): void {
  switch (op) {
    case ADD: binaryRowOf(ADD, n, a, sa, b, sb, y); break;
    case SUB: binaryRowOf(SUB, n, a, sa, b, sb, y); break;
    case MUL: binaryRowOf(MUL, n, a, sa, b, sb, y); break;
    case DIV: binaryRowOf(DIV, n, a, sa, b, sb, y); break;
    case POW: binaryRowOf(POW, n, a, sa, b, sb, y); break;
    case MAXIMUM: binaryRowOf(MAXIMUM, n, a, sa, b, sb, y); break;
    case MINIMUM: binaryRowOf(MINIMUM, n, a, sa, b, sb, y); break;
    case SQUARED_DIFFERENCE: binaryRowOf(SQUARED_DIFFERENCE, n, a, sa, b, sb, y); break;
    case GREATER: binaryRowOf(GREATER, n, a, sa, b, sb, y); break;
    case GREATER_EQUAL: binaryRowOf(GREATER_EQUAL, n, a, sa, b, sb, y); break;
    case LESS: binaryRowOf(LESS, n, a, sa, b, sb, y); break;
    case LESS_EQUAL: binaryRowOf(LESS_EQUAL, n, a, sa, b, sb, y); break;
    case EQUAL: binaryRowOf(EQUAL, n, a, sa, b, sb, y); break;
    case NOT_EQUAL: binaryRowOf(NOT_EQUAL, n, a, sa, b, sb, y); break;
  }
}

/** Same-shape binary op; y may alias a or b (each element is read before it is written). */
export function binary(op: i32, n: i32, a: usize, b: usize, y: usize): void {
  binaryRow(op, n, a, 1, b, 1, y);
}

const MAX_RANK = 8;
// Collapsed copies of the shape and strides, and the odometer's index.
const SHAPE = memory.data(MAX_RANK * 4, 16);
const A_STRIDES = memory.data(MAX_RANK * 4, 16);
const B_STRIDES = memory.data(MAX_RANK * 4, 16);
const INDEX = memory.data(MAX_RANK * 4, 16);

@inline function at(arr: usize, d: i32): i32 {
  return load<i32>(arr + (<usize>d << 2));
}

@inline function setAt(arr: usize, d: i32, v: i32): void {
  store<i32>(arr + (<usize>d << 2), v);
}

// Drops size-1 axes and merges neighbours that are contiguous in both inputs
// (y is contiguous), so a scalar or row-vector broadcast over a tensor of any
// rank becomes one long vectorised row. Returns the new rank, 0 if empty.
function collapse(rank: i32, shape: usize, aStrides: usize, bStrides: usize): i32 {
  let r = 0;
  for (let d = 0; d < rank; d++) {
    const n = at(shape, d);
    if (n == 0) return 0;
    if (n == 1) continue;
    const sa = at(aStrides, d), sb = at(bStrides, d);
    if (r > 0 && at(A_STRIDES, r - 1) == sa * n && at(B_STRIDES, r - 1) == sb * n) {
      setAt(SHAPE, r - 1, at(SHAPE, r - 1) * n);
    } else {
      setAt(SHAPE, r, n);
      r++;
    }
    setAt(A_STRIDES, r - 1, sa);
    setAt(B_STRIDES, r - 1, sb);
  }
  if (r == 0) {
    setAt(SHAPE, 0, 1);
    setAt(A_STRIDES, 0, 0);
    setAt(B_STRIDES, 0, 0);
    r = 1;
  }
  return r;
}

/**
 * y (contiguous, of `shape`) = a op b, where a and b are read through
 * element strides (0 on broadcast axes). Rank ≤ 8; y must not alias a or b.
 */
export function binaryBroadcast(op: i32, rank: i32, shape: usize, aStrides: usize, bStrides: usize, a: usize, b: usize, y: usize): void {
  const r = collapse(rank, shape, aStrides, bStrides);
  if (r == 0) return;
  const last = r - 1;
  const n = at(SHAPE, last), sa = at(A_STRIDES, last), sb = at(B_STRIDES, last);
  let rows = 1;
  for (let d = 0; d < last; d++) {
    rows *= at(SHAPE, d);
    setAt(INDEX, d, 0);
  }
  // Element offsets of the current row in a and b; i32 arithmetic wraps like
  // the pointers it is added to, so negative strides work too.
  let ao = 0, bo = 0;
  for (let row = 0; row < rows; row++) {
    binaryRow(op, n, a + (<usize>ao << 2), sa, b + (<usize>bo << 2), sb, y + (<usize>(row * n) << 2));
    for (let d = last - 1; d >= 0; d--) {
      ao += at(A_STRIDES, d);
      bo += at(B_STRIDES, d);
      const k = at(INDEX, d) + 1;
      if (k < at(SHAPE, d)) {
        setAt(INDEX, d, k);
        break;
      }
      setAt(INDEX, d, 0);
      ao -= at(A_STRIDES, d) * at(SHAPE, d);
      bo -= at(B_STRIDES, d) * at(SHAPE, d);
    }
  }
}

/** y = cond ≠ 0 ? a : b (a NaN cond selects a); y may alias any input. */
export function select(n: i32, cond: usize, a: usize, b: usize, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const zero = f32x4.splat(0);
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      const m = f32x4.ne(v128.load(cond + o), zero);
      v128.store(y + o, v128.bitselect(v128.load(a + o), v128.load(b + o), m));
    }
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    store<f32>(y + o, load<f32>(cond + o) != 0 ? load<f32>(a + o) : load<f32>(b + o));
  }
}
