// Vectorised elementary functions for the kernels: each has a v128 form (…V)
// and a scalar form (…S) that runs the same operations in the same order, so
// the SIMD body and its scalar tail (and the scalar flavour) agree per lane.
// All propagate NaN; overflow gives ±inf and underflow 0 (or a subnormal).
//
// Two V8 (11.3: Node 20; also Chromium) codegen facts shape the v128 forms,
// both read in `node --print-wasm-code` output:
// - A v128 constant (f32x4.splat of a constant folds to v128.const) takes
//   three instructions (mov imm64, vmovq, vpunpcklqdq), mostly rebuilt at each
//   use inside the loop; where V8 hoists them, a dozen exhaust the 16 xmm
//   registers and spill. A v128.load from a static is one instruction, so the
//   …V forms read their constants from memory (vk(…_V) in vmath-consts.ts).
// - f32x4.min/max (NaN-propagating, −0 < +0) become 6–8 instructions;
//   f32x4.pmin/pmax (b < a ? b : a, a < b ? b : a) one minps/maxps. pmin(x, c)
//   and pmax(x, c) with a constant c ≠ ±0 equal min/max for every x: a NaN x
//   fails the comparison and comes out itself. The scalar forms make the same
//   selection.

import {
  EM1_P0, EM1_P1, EM1_P2, EM1_P3, EM1_P4, EM1_P5, EM1_P_V, ERF_P0, ERF_P1, ERF_P2, ERF_P3, ERF_P4, ERF_P_V, ERFC_P0,
  ERFC_P1, ERFC_P2, ERFC_P3, ERFC_P4, ERFC_P5, ERFC_P6, ERFC_P7, ERFC_P8, ERFC_P9, ERFC_P_V, EXP_BIAS, EXP_BIAS_V,
  EXP_HI, EXP_HI_V, EXP_LO, EXP_LO_V, EXP_OFFSET_V, EXP_P0, EXP_P1, EXP_P2, EXP_P3, EXP_P4, EXP_P5, EXP_P_V,
  HALF_BITS, HALF_BITS_V, HALF_V, INF_V, LN2_HI, LN2_HI_V, LN2_LO, LN2_LO_V, LOG2E, LOG2E_V, LOG_P0, LOG_P1, LOG_P2,
  LOG_P3, LOG_P4, LOG_P5, LOG_P6, LOG_P7, LOG_P8, LOG_P_V, MANT_MASK, MANT_MASK_V, MIN_NORMAL, MIN_NORMAL_V,
  MINUS_TWO_V, NAN_V, NEG_INF_V, ONE_V, pk, SIGN_V, SQRTHF, SQRTHF_V, SUBNORMAL_EXP_V, SUBNORMAL_SCALE,
  SUBNORMAL_SCALE_V, TANH_P0, TANH_P1, TANH_P2, TANH_P3, TANH_P4, TANH_P_V, TANH_SMALL, TANH_SMALL_V, TWO_OVER_SQRTPI,
  TWO_OVER_SQRTPI_V, TWO_V, vk,
} from "./vmath-consts";

@inline function sel(a: v128, b: v128, mask: v128): v128 {
  return v128.bitselect(a, b, mask);
}

/** a·b + c, rounded twice like the scalar forms (wasm has no implicit fma). */
@inline function mad(a: v128, b: v128, c: v128): v128 {
  return f32x4.add(f32x4.mul(a, b), c);
}

/** 2^k for integer lanes k in [-150, 128]: two normal factors, so the result under/overflows once, correctly rounded. */
@inline function scaleByPow2V(y: v128, k: v128): v128 {
  const k1 = i32x4.shr_s(k, 1);
  const k2 = i32x4.sub(k, k1);
  const bias = vk(EXP_BIAS_V);
  const p1 = i32x4.shl(i32x4.add(k1, bias), 23);
  const p2 = i32x4.shl(i32x4.add(k2, bias), 23);
  return f32x4.mul(f32x4.mul(y, p1), p2);
}

@inline function scaleByPow2S(y: f32, k: i32): f32 {
  const k1 = k >> 1;
  const k2 = k - k1;
  return y * reinterpret<f32>((k1 + EXP_BIAS) << 23) * reinterpret<f32>((k2 + EXP_BIAS) << 23);
}

// see: Cephes expf.c (S. Moshier): x = k·ln2 + r, |r| ≤ ln2/2, e^r by a degree-5
// minimax polynomial, 2^k from exponent bits. Max error ≈ 1 ulp.
@inline export function expV(x: v128): v128 {
  x = f32x4.pmax(f32x4.pmin(x, vk(EXP_HI_V)), vk(EXP_LO_V));
  const k = f32x4.nearest(f32x4.mul(x, vk(LOG2E_V)));
  let r = f32x4.sub(x, f32x4.mul(k, vk(LN2_HI_V)));
  r = f32x4.sub(r, f32x4.mul(k, vk(LN2_LO_V)));
  const z = f32x4.mul(r, r);
  let p = mad(pk(EXP_P_V, 0), r, pk(EXP_P_V, 1));
  p = mad(p, r, pk(EXP_P_V, 2));
  p = mad(p, r, pk(EXP_P_V, 3));
  p = mad(p, r, pk(EXP_P_V, 4));
  p = mad(p, r, pk(EXP_P_V, 5));
  const y = f32x4.add(f32x4.add(f32x4.mul(p, z), r), vk(ONE_V));
  // NaN lanes convert to k = 0 and stay NaN through y.
  return scaleByPow2V(y, i32x4.trunc_sat_f32x4_s(k));
}

@inline export function expS(x: f32): f32 {
  if (x != x) return x;
  x = EXP_HI < x ? EXP_HI : x;
  x = x < EXP_LO ? EXP_LO : x;
  const k = nearest<f32>(x * LOG2E);
  let r = x - k * LN2_HI;
  r = r - k * LN2_LO;
  const z = r * r;
  let p = EXP_P0 * r + EXP_P1;
  p = p * r + EXP_P2;
  p = p * r + EXP_P3;
  p = p * r + EXP_P4;
  p = p * r + EXP_P5;
  const y = p * z + r + <f32>1.0;
  return scaleByPow2S(y, <i32>k);
}

// see: Cephes logf.c: x = m·2^e with m in [√½, √2), log(m) = t − t²/2 + t³·P(t)
// for t = m − 1, and e·ln2 added in two parts. Subnormals are scaled up first.
@inline export function logV(x0: v128): v128 {
  const tiny = f32x4.lt(x0, vk(MIN_NORMAL_V));
  const x = sel(f32x4.mul(x0, vk(SUBNORMAL_SCALE_V)), x0, tiny);
  const bits = i32x4.shr_s(x, 23);
  let e = f32x4.convert_i32x4_s(i32x4.sub(bits, vk(EXP_OFFSET_V)));
  e = f32x4.sub(e, v128.and(tiny, vk(SUBNORMAL_EXP_V)));
  let m = v128.or(v128.and(x, vk(MANT_MASK_V)), vk(HALF_BITS_V));
  const low = f32x4.lt(m, vk(SQRTHF_V));
  const one = vk(ONE_V);
  e = f32x4.sub(e, v128.and(low, one));
  m = f32x4.add(f32x4.sub(m, one), v128.and(low, m));
  const z = f32x4.mul(m, m);
  let p = mad(pk(LOG_P_V, 0), m, pk(LOG_P_V, 1));
  p = mad(p, m, pk(LOG_P_V, 2));
  p = mad(p, m, pk(LOG_P_V, 3));
  p = mad(p, m, pk(LOG_P_V, 4));
  p = mad(p, m, pk(LOG_P_V, 5));
  p = mad(p, m, pk(LOG_P_V, 6));
  p = mad(p, m, pk(LOG_P_V, 7));
  p = mad(p, m, pk(LOG_P_V, 8));
  let y = f32x4.mul(f32x4.mul(p, m), z);
  y = f32x4.add(y, f32x4.mul(e, vk(LN2_LO_V)));
  y = f32x4.sub(y, f32x4.mul(z, vk(HALF_V)));
  let r = f32x4.add(f32x4.add(m, y), f32x4.mul(e, vk(LN2_HI_V)));
  r = sel(r, x0, f32x4.lt(x0, vk(INF_V))); // +inf and NaN pass through
  const zero = f32x4.splat(0); // zero is one vxorps: no load needed
  r = sel(vk(NAN_V), r, f32x4.lt(x0, zero));
  return sel(vk(NEG_INF_V), r, f32x4.eq(x0, zero));
}

@inline export function logS(x0: f32): f32 {
  if (!(x0 < Infinity)) return x0;
  if (x0 < 0) return NaN;
  if (x0 == 0) return -Infinity;
  const tiny = x0 < MIN_NORMAL;
  const x = tiny ? x0 * SUBNORMAL_SCALE : x0;
  const bits = reinterpret<i32>(x);
  let e = <f32>((bits >> 23) - 126);
  if (tiny) e -= 23.0;
  let m = reinterpret<f32>((bits & MANT_MASK) | HALF_BITS);
  if (m < SQRTHF) {
    e -= 1.0;
    m = m - <f32>1.0 + m;
  } else {
    m = m - <f32>1.0;
  }
  const z = m * m;
  let p = LOG_P0 * m + LOG_P1;
  p = p * m + LOG_P2;
  p = p * m + LOG_P3;
  p = p * m + LOG_P4;
  p = p * m + LOG_P5;
  p = p * m + LOG_P6;
  p = p * m + LOG_P7;
  p = p * m + LOG_P8;
  let y = p * m * z;
  y = y + e * LN2_LO;
  y = y - z * <f32>0.5;
  return m + y + e * LN2_HI;
}

// log1p(x) = log(u) + (x − (u − 1))/u with u = 1 + x: the quotient restores
// the bits of x lost in forming u. It is NaN only where u is 0 or inf, where
// log(u) alone is the answer.
@inline export function log1pV(x: v128): v128 {
  const one = vk(ONE_V);
  const u = f32x4.add(x, one);
  let c = f32x4.div(f32x4.sub(x, f32x4.sub(u, one)), u);
  c = v128.and(c, f32x4.eq(c, c));
  return f32x4.add(logV(u), c);
}

@inline export function log1pS(x: f32): f32 {
  const u = x + <f32>1.0;
  let c = (x - (u - <f32>1.0)) / u;
  if (c != c) c = 0;
  return logS(u) + c;
}

/** −|x| as one or with the sign bit (V8 builds f32x4.abs's and neg's masks with two instructions each). */
@inline export function negAbsV(x: v128): v128 {
  return v128.or(x, vk(SIGN_V));
}

/** |a| with the sign of s (a ≥ 0). */
@inline function withSignV(a: v128, s: v128): v128 {
  return v128.or(a, v128.and(s, vk(SIGN_V)));
}

// e^x − 1: Taylor to x^8 below |x| = 0.5 (truncation < 1.1e-8 relative), where
// exp(x) − 1 would cancel; exp(x) − 1 elsewhere.
@inline function expm1SmallV(x: v128): v128 {
  let p = mad(pk(EM1_P_V, 0), x, pk(EM1_P_V, 1));
  p = mad(p, x, pk(EM1_P_V, 2));
  p = mad(p, x, pk(EM1_P_V, 3));
  p = mad(p, x, pk(EM1_P_V, 4));
  p = mad(p, x, pk(EM1_P_V, 5));
  p = mad(p, x, vk(HALF_V));
  return f32x4.add(f32x4.mul(f32x4.mul(p, x), x), x);
}

@inline export function expm1V(x: v128): v128 {
  const small = f32x4.lt(f32x4.abs(x), vk(HALF_V));
  return sel(expm1SmallV(x), f32x4.sub(expV(x), vk(ONE_V)), small);
}

@inline export function expm1S(x: f32): f32 {
  if (!(abs<f32>(x) < <f32>0.5)) return expS(x) - <f32>1.0;
  let p = EM1_P0 * x + EM1_P1;
  p = p * x + EM1_P2;
  p = p * x + EM1_P3;
  p = p * x + EM1_P4;
  p = p * x + EM1_P5;
  p = p * x + <f32>0.5;
  return p * x * x + x;
}

// see: Cephes tanhf.c: odd polynomial below |x| = 0.625, else
// (1 − e)/(1 + e) with e = exp(−2|x|), which saturates to ±1 without NaN.
@inline export function tanhV(x: v128): v128 {
  const a = f32x4.abs(x);
  const z = f32x4.mul(x, x);
  let p = mad(pk(TANH_P_V, 0), z, pk(TANH_P_V, 1));
  p = mad(p, z, pk(TANH_P_V, 2));
  p = mad(p, z, pk(TANH_P_V, 3));
  p = mad(p, z, pk(TANH_P_V, 4));
  const small = f32x4.add(f32x4.mul(f32x4.mul(p, z), x), x);
  const e = expV(f32x4.mul(a, vk(MINUS_TWO_V)));
  const one = vk(ONE_V);
  const big = withSignV(f32x4.div(f32x4.sub(one, e), f32x4.add(one, e)), x);
  return sel(small, big, f32x4.lt(a, vk(TANH_SMALL_V)));
}

@inline export function tanhS(x: f32): f32 {
  const a = abs<f32>(x);
  if (a < TANH_SMALL) {
    const z = x * x;
    let p = TANH_P0 * z + TANH_P1;
    p = p * z + TANH_P2;
    p = p * z + TANH_P3;
    p = p * z + TANH_P4;
    return p * z * x + x;
  }
  const e = expS(a * <f32>-2.0);
  return copysign<f32>((<f32>1.0 - e) / (<f32>1.0 + e), x);
}

// σ(x) from e = exp(−|x|) ≤ 1: 1/(1 + e) for x ≥ 0 and e/(1 + e) below, so
// neither side overflows and tiny results keep their relative accuracy. The
// …From forms take e from a caller that needs it too (softplus, sigmoid CE).
@inline export function sigmoidFromV(x: v128, e: v128): v128 {
  const one = vk(ONE_V);
  const r = f32x4.div(one, f32x4.add(one, e));
  return sel(r, f32x4.mul(e, r), f32x4.ge(x, f32x4.splat(0)));
}

@inline export function sigmoidFromS(x: f32, e: f32): f32 {
  const r = <f32>1.0 / (<f32>1.0 + e);
  return x >= 0 ? r : e * r;
}

@inline export function sigmoidV(x: v128): v128 {
  return sigmoidFromV(x, expV(negAbsV(x)));
}

@inline export function sigmoidS(x: f32): f32 {
  return sigmoidFromS(x, expS(-abs<f32>(x)));
}

// see: Numerical Recipes in C, 2nd ed., §6.2 erfcc (Chebyshev fit): fractional
// error < 1.2e-7 for all x, so the tails used by gelu keep relative accuracy.
@inline function erfcPosV(z: v128): v128 {
  const one = vk(ONE_V);
  const t = f32x4.div(one, f32x4.add(one, f32x4.mul(z, vk(HALF_V))));
  let p = mad(pk(ERFC_P_V, 0), t, pk(ERFC_P_V, 1));
  p = mad(p, t, pk(ERFC_P_V, 2));
  p = mad(p, t, pk(ERFC_P_V, 3));
  p = mad(p, t, pk(ERFC_P_V, 4));
  p = mad(p, t, pk(ERFC_P_V, 5));
  p = mad(p, t, pk(ERFC_P_V, 6));
  p = mad(p, t, pk(ERFC_P_V, 7));
  p = mad(p, t, pk(ERFC_P_V, 8));
  p = mad(p, t, pk(ERFC_P_V, 9));
  return f32x4.mul(t, expV(f32x4.sub(p, f32x4.mul(z, z))));
}

@inline function erfcPosS(z: f32): f32 {
  const t = <f32>1.0 / (<f32>1.0 + z * <f32>0.5);
  let p = ERFC_P0 * t + ERFC_P1;
  p = p * t + ERFC_P2;
  p = p * t + ERFC_P3;
  p = p * t + ERFC_P4;
  p = p * t + ERFC_P5;
  p = p * t + ERFC_P6;
  p = p * t + ERFC_P7;
  p = p * t + ERFC_P8;
  p = p * t + ERFC_P9;
  return t * expS(p - z * z);
}

@inline export function erfcV(x: v128): v128 {
  const c = erfcPosV(f32x4.abs(x));
  return sel(c, f32x4.sub(vk(TWO_V), c), f32x4.ge(x, f32x4.splat(0)));
}

@inline export function erfcS(x: f32): f32 {
  const c = erfcPosS(abs<f32>(x));
  return x >= 0 ? c : <f32>2.0 - c;
}

// erf = 1 − erfc cancels near 0, so below |x| = 0.5 use the Maclaurin series to
// x^11 (truncation < 3e-8 relative).
@inline export function erfV(x: v128): v128 {
  const a = f32x4.abs(x);
  const z = f32x4.mul(x, x);
  const one = vk(ONE_V);
  let p = mad(pk(ERF_P_V, 0), z, pk(ERF_P_V, 1));
  p = mad(p, z, pk(ERF_P_V, 2));
  p = mad(p, z, pk(ERF_P_V, 3));
  p = mad(p, z, pk(ERF_P_V, 4));
  p = mad(p, z, one);
  const small = f32x4.mul(f32x4.mul(p, x), vk(TWO_OVER_SQRTPI_V));
  const big = withSignV(f32x4.sub(one, erfcPosV(a)), x);
  return sel(small, big, f32x4.lt(a, vk(HALF_V)));
}

@inline export function erfS(x: f32): f32 {
  const a = abs<f32>(x);
  if (!(a < <f32>0.5)) return copysign<f32>(<f32>1.0 - erfcPosS(a), x);
  const z = x * x;
  let p = ERF_P0 * z + ERF_P1;
  p = p * z + ERF_P2;
  p = p * z + ERF_P3;
  p = p * z + ERF_P4;
  p = p * z + <f32>1.0;
  return p * x * TWO_OVER_SQRTPI;
}

// Row helpers shared by softmax and the fused losses. Sums accumulate in four
// f32 lanes (the scalar flavour in one) and are returned as f32.

@inline export function hsumV(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

/** Row maximum (NaN if any element is NaN); -inf for n = 0. */
export function rowMax(n: i32, x: usize): f32 {
  let i = 0;
  let mx: f32 = -Infinity;
  if (ASC_FEATURE_SIMD) {
    let v = f32x4.splat(-Infinity);
    for (; i + 4 <= n; i += 4) v = f32x4.max(v, v128.load(x + (<usize>i << 2)));
    mx = max<f32>(max<f32>(f32x4.extract_lane(v, 0), f32x4.extract_lane(v, 1)), max<f32>(f32x4.extract_lane(v, 2), f32x4.extract_lane(v, 3)));
  }
  for (; i < n; i++) mx = max<f32>(mx, load<f32>(x + (<usize>i << 2)));
  return mx;
}

/** Σ exp(x − shift); also stores the terms to y unless y is 0. */
export function expShiftSum(n: i32, x: usize, shift: f32, y: usize): f32 {
  let i = 0;
  let s: f32 = 0;
  if (ASC_FEATURE_SIMD) {
    const sh = f32x4.splat(shift);
    let acc = f32x4.splat(0);
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      const e = expV(f32x4.sub(v128.load(x + o), sh));
      if (y) v128.store(y + o, e);
      acc = f32x4.add(acc, e);
    }
    s = hsumV(acc);
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const e = expS(load<f32>(x + o) - shift);
    if (y) store<f32>(y + o, e);
    s += e;
  }
  return s;
}

/** Σ a. */
export function rowSum(n: i32, a: usize): f32 {
  let i = 0;
  let s: f32 = 0;
  if (ASC_FEATURE_SIMD) {
    let acc = f32x4.splat(0);
    for (; i + 4 <= n; i += 4) acc = f32x4.add(acc, v128.load(a + (<usize>i << 2)));
    s = hsumV(acc);
  }
  for (; i < n; i++) s += load<f32>(a + (<usize>i << 2));
  return s;
}

/** Σ a·b. */
export function rowDot(n: i32, a: usize, b: usize): f32 {
  let i = 0;
  let s: f32 = 0;
  if (ASC_FEATURE_SIMD) {
    let acc = f32x4.splat(0);
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      acc = f32x4.add(acc, f32x4.mul(v128.load(a + o), v128.load(b + o)));
    }
    s = hsumV(acc);
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    s += load<f32>(a + o) * load<f32>(b + o);
  }
  return s;
}

/** y *= c. */
export function scaleRow(n: i32, c: f32, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const cv = f32x4.splat(c);
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      v128.store(y + o, f32x4.mul(v128.load(y + o), cv));
    }
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    store<f32>(y + o, load<f32>(y + o) * c);
  }
}
