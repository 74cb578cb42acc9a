// Activations, forward and backward, and row-wise softmax / logSoftmax.
// Kinds are ABI.md's. Conventions where the derivative is undefined follow
// TensorFlow: relu and relu6 take gradient 0 at the kinks (x == 0, x == 6),
// leakyRelu and elu take the left-hand slope at 0, hardSigmoid 0 at ±3.
// Inputs at ±inf give the limits of f and f' (never NaN); NaN propagates
// except through the masked gradients of relu, relu6 and hardSigmoid.
import {
  erfcS, erfcV, expS, expShiftSum, expV, expm1S, expm1V, log1pS, log1pV, logS, negAbsV, rowDot, rowMax, rowSum,
  scaleRow, sigmoidS, sigmoidV, tanhS, tanhV,
} from "./vmath";
import { HALF_V, ONE_V, vk } from "./vmath-consts";

// Kind 0 (linear), like any unknown kind, copies: the switches' default.
const RELU = 1, LEAKY_RELU = 2, ELU = 3, SIGMOID = 4, TANH = 5, GELU = 6, SOFTPLUS = 7,
  SOFTSIGN = 8, SELU = 9, SWISH = 10, RELU6 = 11, HARD_SIGMOID = 12, GELU_TANH = 13, EXPONENTIAL = 14;

// see: Klambauer et al. 2017, "Self-Normalizing Neural Networks", eq. (14).
const SELU_ALPHA: f32 = 1.6732632423543772848170429916717;
const SELU_SCALE: f32 = 1.0507009873554804934193349852946;
const SELU_SA: f32 = 1.7580993408473768599402175208123; // scale · alpha
const NEG_SQRT1_2: f32 = -0.70710678118654752440;
const INV_SQRT_2PI: f32 = 0.39894228040143267794;
// geluTanh: 0.5·x·(1 + tanh(u)) = x·σ(2u), u = √(2/π)·(x + 0.044715·x³); the σ
// form has no cancellation for negative x.
const GT_C2: f32 = 1.5957691216057307; // 2·√(2/π)
const GT_K3: f32 = 0.134145; // 3 · 0.044715
const GT_K: f32 = 0.044715;
// −inf is replaced by −FLT_MAX where x·g(x) would be −inf·0 (gelu, swish,
// geluTanh), and softsign clamps both ends for inf/inf: the limits come out.
const FLT_MAX: f32 = 3.40282347e38;
// Beyond ±1e4 every derivative here is exactly its limit in f32; clamping
// keeps products like x·φ(x) from becoming inf·0.
const GRAD_CLAMP: f32 = 1.0e4;

// The v128 forms read their constants from 16-byte statics and clamp with
// pmin/pmax against constants ≠ ±0: both cheaper under V8, same results
// (vmath.ts explains).
const FLT_MAX_V = memory.data<f32>([FLT_MAX, FLT_MAX, FLT_MAX, FLT_MAX], 16);
const NEG_FLT_MAX_V = memory.data<f32>([-FLT_MAX, -FLT_MAX, -FLT_MAX, -FLT_MAX], 16);
const GRAD_CLAMP_V = memory.data<f32>([GRAD_CLAMP, GRAD_CLAMP, GRAD_CLAMP, GRAD_CLAMP], 16);
const NEG_GRAD_CLAMP_V = memory.data<f32>([-GRAD_CLAMP, -GRAD_CLAMP, -GRAD_CLAMP, -GRAD_CLAMP], 16);
const NEG_SQRT1_2_V = memory.data<f32>([NEG_SQRT1_2, NEG_SQRT1_2, NEG_SQRT1_2, NEG_SQRT1_2], 16);
const INV_SQRT_2PI_V = memory.data<f32>([INV_SQRT_2PI, INV_SQRT_2PI, INV_SQRT_2PI, INV_SQRT_2PI], 16);
const NEG_HALF_V = memory.data<f32>([-0.5, -0.5, -0.5, -0.5], 16);
const SELU_ALPHA_V = memory.data<f32>([SELU_ALPHA, SELU_ALPHA, SELU_ALPHA, SELU_ALPHA], 16);
const SELU_SCALE_V = memory.data<f32>([SELU_SCALE, SELU_SCALE, SELU_SCALE, SELU_SCALE], 16);
const SELU_SA_V = memory.data<f32>([SELU_SA, SELU_SA, SELU_SA, SELU_SA], 16);
const GT_C2_V = memory.data<f32>([GT_C2, GT_C2, GT_C2, GT_C2], 16);
const GT_K3_V = memory.data<f32>([GT_K3, GT_K3, GT_K3, GT_K3], 16);
const GT_K_V = memory.data<f32>([GT_K, GT_K, GT_K, GT_K], 16);

@inline function sel(a: v128, b: v128, mask: v128): v128 {
  return v128.bitselect(a, b, mask);
}

/** x clamped to [lo, hi] (constants ≠ ±0); NaN stays NaN. */
@inline function clampV(x: v128, hi: usize, lo: usize): v128 {
  return f32x4.pmax(f32x4.pmin(x, vk(hi)), vk(lo));
}

@inline function clampS(x: f32, c: f32): f32 {
  const y = c < x ? c : x;
  return y < -c ? -c : y;
}

/** max(x, −FLT_MAX): −inf becomes −FLT_MAX, NaN stays NaN. */
@inline function finiteBelowV(x: v128): v128 {
  return f32x4.pmax(x, vk(NEG_FLT_MAX_V));
}

@inline function finiteBelowS(x: f32): f32 {
  return x < -FLT_MAX ? -FLT_MAX : x;
}

@inline function forwardV(kind: i32, x: v128, a: v128): v128 {
  const zero = f32x4.splat(0);
  const pos = f32x4.gt(x, zero);
  switch (kind) {
    case RELU: return f32x4.max(x, zero);
    case LEAKY_RELU: return sel(x, f32x4.mul(x, a), pos);
    case ELU: return sel(x, f32x4.mul(a, expm1V(x)), pos);
    case SIGMOID: return sigmoidV(x);
    case TANH: return tanhV(x);
    case GELU: {
      const xc = finiteBelowV(x);
      return f32x4.mul(f32x4.mul(xc, vk(HALF_V)), erfcV(f32x4.mul(xc, vk(NEG_SQRT1_2_V))));
    }
    // pmax(x, 0) keeps −0 where max gives +0, but log1p(e^−|x|) = ln 2 is added there.
    case SOFTPLUS: return f32x4.add(f32x4.pmax(x, zero), log1pV(expV(negAbsV(x))));
    case SOFTSIGN: {
      const xc = clampV(x, FLT_MAX_V, NEG_FLT_MAX_V);
      return f32x4.div(xc, f32x4.add(vk(ONE_V), f32x4.abs(xc)));
    }
    case SELU: return f32x4.mul(vk(SELU_SCALE_V), sel(x, f32x4.mul(vk(SELU_ALPHA_V), expm1V(x)), pos));
    case SWISH: {
      const xc = finiteBelowV(x);
      return f32x4.mul(xc, sigmoidV(xc));
    }
    case RELU6: return f32x4.pmin(f32x4.max(x, zero), f32x4.splat(6.0));
    case HARD_SIGMOID:
      return f32x4.div(f32x4.pmin(f32x4.max(f32x4.add(x, f32x4.splat(3.0)), zero), f32x4.splat(6.0)), f32x4.splat(6.0));
    case GELU_TANH: {
      const xc = finiteBelowV(x);
      const x2 = f32x4.mul(xc, xc);
      const u2 = f32x4.mul(f32x4.mul(xc, vk(GT_C2_V)), f32x4.add(vk(ONE_V), f32x4.mul(x2, vk(GT_K_V))));
      return f32x4.mul(xc, sigmoidV(u2));
    }
    case EXPONENTIAL: return expV(x);
    default: return x;
  }
}

@inline function forwardS(kind: i32, x: f32, a: f32): f32 {
  switch (kind) {
    case RELU: return max<f32>(x, 0);
    case LEAKY_RELU: return x > 0 ? x : x * a;
    case ELU: return x > 0 ? x : a * expm1S(x);
    case SIGMOID: return sigmoidS(x);
    case TANH: return tanhS(x);
    case GELU: {
      const xc = finiteBelowS(x);
      return xc * <f32>0.5 * erfcS(xc * NEG_SQRT1_2);
    }
    case SOFTPLUS: return (x < 0 ? <f32>0 : x) + log1pS(expS(-abs<f32>(x)));
    case SOFTSIGN: {
      const xc = clampS(x, FLT_MAX);
      return xc / (<f32>1.0 + abs<f32>(xc));
    }
    case SELU: return SELU_SCALE * (x > 0 ? x : SELU_ALPHA * expm1S(x));
    case SWISH: {
      const xc = finiteBelowS(x);
      return xc * sigmoidS(xc);
    }
    case RELU6: return min<f32>(max<f32>(x, 0), 6.0);
    case HARD_SIGMOID: return min<f32>(max<f32>(x + <f32>3.0, 0), 6.0) / <f32>6.0;
    case GELU_TANH: {
      const xc = finiteBelowS(x);
      const x2 = xc * xc;
      return xc * sigmoidS(xc * GT_C2 * (<f32>1.0 + x2 * GT_K));
    }
    case EXPONENTIAL: return expS(x);
    default: return x;
  }
}

/**
 * f'(x)·dy; y = f(x) from the forward is used where it is cheaper (elu, selu,
 * sigmoid, tanh, exponential). The SIMD form takes y's address so kinds that
 * do not need y do not read it.
 */
@inline function backwardV(kind: i32, x: v128, yp: usize, dy: v128, a: v128): v128 {
  const zero = f32x4.splat(0);
  const one = vk(ONE_V);
  const pos = f32x4.gt(x, zero);
  switch (kind) {
    case RELU: return v128.and(dy, pos);
    case LEAKY_RELU: return f32x4.mul(dy, sel(one, a, pos));
    case ELU: return f32x4.mul(dy, sel(one, f32x4.add(v128.load(yp), a), pos));
    case SIGMOID: {
      const y = v128.load(yp);
      return f32x4.mul(dy, f32x4.mul(y, f32x4.sub(one, y)));
    }
    case TANH: {
      const y = v128.load(yp);
      return f32x4.mul(dy, f32x4.sub(one, f32x4.mul(y, y)));
    }
    case GELU: {
      // Φ(x) + x·φ(x)
      const xc = clampV(x, GRAD_CLAMP_V, NEG_GRAD_CLAMP_V);
      const cdf = f32x4.mul(vk(HALF_V), erfcV(f32x4.mul(xc, vk(NEG_SQRT1_2_V))));
      const pdf = f32x4.mul(vk(INV_SQRT_2PI_V), expV(f32x4.mul(f32x4.mul(xc, xc), vk(NEG_HALF_V))));
      return f32x4.mul(dy, f32x4.add(cdf, f32x4.mul(xc, pdf)));
    }
    case SOFTPLUS: return f32x4.mul(dy, sigmoidV(x));
    case SOFTSIGN: {
      const d = f32x4.add(one, f32x4.abs(x));
      return f32x4.div(dy, f32x4.mul(d, d));
    }
    case SELU: return f32x4.mul(dy, sel(vk(SELU_SCALE_V), f32x4.add(v128.load(yp), vk(SELU_SA_V)), pos));
    case SWISH: {
      // σ(x)·(1 + x·(1 − σ(x)))
      const xc = clampV(x, GRAD_CLAMP_V, NEG_GRAD_CLAMP_V);
      const s = sigmoidV(xc);
      return f32x4.mul(dy, f32x4.mul(s, f32x4.add(one, f32x4.mul(xc, f32x4.sub(one, s)))));
    }
    case RELU6: return v128.and(dy, v128.and(pos, f32x4.lt(x, f32x4.splat(6.0))));
    case HARD_SIGMOID: {
      const inside = v128.and(f32x4.gt(x, f32x4.splat(-3.0)), f32x4.lt(x, f32x4.splat(3.0)));
      return v128.and(f32x4.div(dy, f32x4.splat(6.0)), inside);
    }
    case GELU_TANH: {
      // d/dx x·σ(2u) = σ + x·σ(1 − σ)·2u'
      const xc = clampV(x, GRAD_CLAMP_V, NEG_GRAD_CLAMP_V);
      const x2 = f32x4.mul(xc, xc);
      const s = sigmoidV(f32x4.mul(f32x4.mul(xc, vk(GT_C2_V)), f32x4.add(one, f32x4.mul(x2, vk(GT_K_V)))));
      const du2 = f32x4.mul(vk(GT_C2_V), f32x4.add(one, f32x4.mul(x2, vk(GT_K3_V))));
      const g = f32x4.add(s, f32x4.mul(f32x4.mul(xc, f32x4.mul(s, f32x4.sub(one, s))), du2));
      return f32x4.mul(dy, g);
    }
    case EXPONENTIAL: return f32x4.mul(dy, v128.load(yp));
    default: return dy;
  }
}

@inline function backwardS(kind: i32, x: f32, y: f32, dy: f32, a: f32): f32 {
  switch (kind) {
    case RELU: return x > 0 ? dy : 0;
    case LEAKY_RELU: return dy * (x > 0 ? <f32>1.0 : a);
    case ELU: return dy * (x > 0 ? <f32>1.0 : y + a);
    case SIGMOID: return dy * (y * (<f32>1.0 - y));
    case TANH: return dy * (<f32>1.0 - y * y);
    case GELU: {
      const xc = clampS(x, GRAD_CLAMP);
      const cdf = <f32>0.5 * erfcS(xc * NEG_SQRT1_2);
      const pdf = INV_SQRT_2PI * expS(xc * xc * <f32>-0.5);
      return dy * (cdf + xc * pdf);
    }
    case SOFTPLUS: return dy * sigmoidS(x);
    case SOFTSIGN: {
      const d = <f32>1.0 + abs<f32>(x);
      return dy / (d * d);
    }
    case SELU: return dy * (x > 0 ? SELU_SCALE : y + SELU_SA);
    case SWISH: {
      const xc = clampS(x, GRAD_CLAMP);
      const s = sigmoidS(xc);
      return dy * (s * (<f32>1.0 + xc * (<f32>1.0 - s)));
    }
    case RELU6: return x > 0 && x < 6 ? dy : 0;
    case HARD_SIGMOID: return x > -3 && x < 3 ? dy / <f32>6.0 : 0;
    case GELU_TANH: {
      const xc = clampS(x, GRAD_CLAMP);
      const x2 = xc * xc;
      const s = sigmoidS(xc * GT_C2 * (<f32>1.0 + x2 * GT_K));
      const du2 = GT_C2 * (<f32>1.0 + x2 * GT_K3);
      return dy * (s + xc * (s * (<f32>1.0 - s)) * du2);
    }
    case EXPONENTIAL: return dy * y;
    default: return dy;
  }
}

// The kind is a constant in each specialised loop below, so after inlining the
// switch folds away and every kind gets its own tight loop.
@inline function forwardLoop(kind: i32, n: i32, alpha: f32, x: usize, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const a = f32x4.splat(alpha);
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      v128.store(y + o, forwardV(kind, v128.load(x + o), a));
    }
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    store<f32>(y + o, forwardS(kind, load<f32>(x + o), alpha));
  }
}

@inline function backwardLoop(kind: i32, n: i32, alpha: f32, x: usize, y: usize, dy: usize, dx: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const a = f32x4.splat(alpha);
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      v128.store(dx + o, backwardV(kind, v128.load(x + o), y + o, v128.load(dy + o), a));
    }
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    store<f32>(dx + o, backwardS(kind, load<f32>(x + o), load<f32>(y + o), load<f32>(dy + o), alpha));
  }
}

export function activation(kind: i32, n: i32, alpha: f32, x: usize, y: usize): void {
  switch (kind) {
    case RELU: forwardLoop(RELU, n, alpha, x, y); break;
    case LEAKY_RELU: forwardLoop(LEAKY_RELU, n, alpha, x, y); break;
    case ELU: forwardLoop(ELU, n, alpha, x, y); break;
    case SIGMOID: forwardLoop(SIGMOID, n, alpha, x, y); break;
    case TANH: forwardLoop(TANH, n, alpha, x, y); break;
    case GELU: forwardLoop(GELU, n, alpha, x, y); break;
    case SOFTPLUS: forwardLoop(SOFTPLUS, n, alpha, x, y); break;
    case SOFTSIGN: forwardLoop(SOFTSIGN, n, alpha, x, y); break;
    case SELU: forwardLoop(SELU, n, alpha, x, y); break;
    case SWISH: forwardLoop(SWISH, n, alpha, x, y); break;
    case RELU6: forwardLoop(RELU6, n, alpha, x, y); break;
    case HARD_SIGMOID: forwardLoop(HARD_SIGMOID, n, alpha, x, y); break;
    case GELU_TANH: forwardLoop(GELU_TANH, n, alpha, x, y); break;
    case EXPONENTIAL: forwardLoop(EXPONENTIAL, n, alpha, x, y); break;
    default: if (x != y) memory.copy(y, x, <usize>n << 2);
  }
}

export function activationBackward(kind: i32, n: i32, alpha: f32, x: usize, y: usize, dy: usize, dx: usize): void {
  switch (kind) {
    case RELU: backwardLoop(RELU, n, alpha, x, y, dy, dx); break;
    case LEAKY_RELU: backwardLoop(LEAKY_RELU, n, alpha, x, y, dy, dx); break;
    case ELU: backwardLoop(ELU, n, alpha, x, y, dy, dx); break;
    case SIGMOID: backwardLoop(SIGMOID, n, alpha, x, y, dy, dx); break;
    case TANH: backwardLoop(TANH, n, alpha, x, y, dy, dx); break;
    case GELU: backwardLoop(GELU, n, alpha, x, y, dy, dx); break;
    case SOFTPLUS: backwardLoop(SOFTPLUS, n, alpha, x, y, dy, dx); break;
    case SOFTSIGN: backwardLoop(SOFTSIGN, n, alpha, x, y, dy, dx); break;
    case SELU: backwardLoop(SELU, n, alpha, x, y, dy, dx); break;
    case SWISH: backwardLoop(SWISH, n, alpha, x, y, dy, dx); break;
    case RELU6: backwardLoop(RELU6, n, alpha, x, y, dy, dx); break;
    case HARD_SIGMOID: backwardLoop(HARD_SIGMOID, n, alpha, x, y, dy, dx); break;
    case GELU_TANH: backwardLoop(GELU_TANH, n, alpha, x, y, dy, dx); break;
    case EXPONENTIAL: backwardLoop(EXPONENTIAL, n, alpha, x, y, dy, dx); break;
    default: if (dy != dx) memory.copy(dx, dy, <usize>n << 2);
  }
}

// Softmax rows are shifted by their maximum so exp never overflows; a row
// holding NaN or +inf comes out NaN, like the reference.

export function softmax(m: i32, n: i32, x: usize, y: usize): void {
  for (let r = 0; r < m; r++) {
    const off = <usize>r * <usize>n << 2;
    const sum = expShiftSum(n, x + off, rowMax(n, x + off), y + off);
    scaleRow(n, <f32>1.0 / sum, y + off);
  }
}

export function logSoftmax(m: i32, n: i32, x: usize, y: usize): void {
  for (let r = 0; r < m; r++) {
    const off = <usize>r * <usize>n << 2;
    const mx = rowMax(n, x + off);
    const lse = logS(expShiftSum(n, x + off, mx, 0));
    let i = 0;
    if (ASC_FEATURE_SIMD) {
      const mv = f32x4.splat(mx);
      const lv = f32x4.splat(lse);
      for (; i + 4 <= n; i += 4) {
        const o = off + (<usize>i << 2);
        v128.store(y + o, f32x4.sub(f32x4.sub(v128.load(x + o), mv), lv));
      }
    }
    for (; i < n; i++) {
      const o = off + (<usize>i << 2);
      store<f32>(y + o, load<f32>(x + o) - mx - lse);
    }
  }
}

export function softmaxBackward(m: i32, n: i32, y: usize, dy: usize, dx: usize): void {
  for (let r = 0; r < m; r++) {
    const off = <usize>r * <usize>n << 2;
    const d = rowDot(n, dy + off, y + off);
    let i = 0;
    if (ASC_FEATURE_SIMD) {
      const dv = f32x4.splat(d);
      for (; i + 4 <= n; i += 4) {
        const o = off + (<usize>i << 2);
        v128.store(dx + o, f32x4.mul(v128.load(y + o), f32x4.sub(v128.load(dy + o), dv)));
      }
    }
    for (; i < n; i++) {
      const o = off + (<usize>i << 2);
      store<f32>(dx + o, load<f32>(y + o) * (load<f32>(dy + o) - d));
    }
  }
}

export function logSoftmaxBackward(m: i32, n: i32, y: usize, dy: usize, dx: usize): void {
  for (let r = 0; r < m; r++) {
    const off = <usize>r * <usize>n << 2;
    const s = rowSum(n, dy + off);
    let i = 0;
    if (ASC_FEATURE_SIMD) {
      const sv = f32x4.splat(s);
      for (; i + 4 <= n; i += 4) {
        const o = off + (<usize>i << 2);
        v128.store(dx + o, f32x4.sub(v128.load(dy + o), f32x4.mul(expV(v128.load(y + o)), sv)));
      }
    }
    for (; i < n; i++) {
      const o = off + (<usize>i << 2);
      store<f32>(dx + o, load<f32>(dy + o) - expS(load<f32>(y + o)) * s);
    }
  }
}
