// Vectorised elementary functions for the kernels: each has a v128 form (…V)
// and a scalar form (…S) that runs the same operations in the same order, so
// the SIMD body and its scalar tail (and the scalar flavour) agree per lane.
// All propagate NaN; overflow gives ±inf and underflow 0 (or a subnormal).

const LOG2E: f32 = 1.44269504088896341;
// ln 2 split so that k·LN2_HI is exact for |k| ≤ 2^15 (Cephes).
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;
// e^x overflows above ~88.72 and is below the smallest subnormal under ~-103.97;
// clamping just outside keeps k within the two-factor 2^k range below.
const EXP_HI: f32 = 89.0;
const EXP_LO: f32 = -104.0;
const SQRTHF: f32 = 0.707106781186547524;
const MIN_NORMAL: f32 = 1.17549435e-38;
const SUBNORMAL_SCALE: f32 = 8388608.0; // 2^23
const TWO_OVER_SQRTPI: f32 = 1.1283791670955126;
const SIGN: i32 = 0x80000000;

@inline function sel(a: v128, b: v128, mask: v128): v128 {
  return v128.bitselect(a, b, mask);
}

/** a·b + c, rounded twice like the scalar forms (wasm has no implicit fma). */
@inline function mad(a: v128, b: v128, c: f32): v128 {
  return f32x4.add(f32x4.mul(a, b), f32x4.splat(c));
}

/** 2^k for integer lanes k in [-150, 128]: two normal factors, so the result under/overflows once, correctly rounded. */
@inline function scaleByPow2V(y: v128, k: v128): v128 {
  const k1 = i32x4.shr_s(k, 1);
  const k2 = i32x4.sub(k, k1);
  const bias = i32x4.splat(127);
  const p1 = i32x4.shl(i32x4.add(k1, bias), 23);
  const p2 = i32x4.shl(i32x4.add(k2, bias), 23);
  return f32x4.mul(f32x4.mul(y, p1), p2);
}

@inline function scaleByPow2S(y: f32, k: i32): f32 {
  const k1 = k >> 1;
  const k2 = k - k1;
  return y * reinterpret<f32>((k1 + 127) << 23) * reinterpret<f32>((k2 + 127) << 23);
}

// see: Cephes expf.c (S. Moshier): x = k·ln2 + r, |r| ≤ ln2/2, e^r by a degree-5
// minimax polynomial, 2^k from exponent bits. Max error ≈ 1 ulp.
@inline export function expV(x: v128): v128 {
  x = f32x4.max(f32x4.min(x, f32x4.splat(EXP_HI)), f32x4.splat(EXP_LO));
  const k = f32x4.nearest(f32x4.mul(x, f32x4.splat(LOG2E)));
  let r = f32x4.sub(x, f32x4.mul(k, f32x4.splat(LN2_HI)));
  r = f32x4.sub(r, f32x4.mul(k, f32x4.splat(LN2_LO)));
  const z = f32x4.mul(r, r);
  let p = mad(f32x4.splat(1.9875691500e-4), r, 1.3981999507e-3);
  p = mad(p, r, 8.3334519073e-3);
  p = mad(p, r, 4.1665795894e-2);
  p = mad(p, r, 1.6666665459e-1);
  p = mad(p, r, 5.0000001201e-1);
  const y = f32x4.add(f32x4.add(f32x4.mul(p, z), r), f32x4.splat(1.0));
  // NaN lanes convert to k = 0 and stay NaN through y.
  return scaleByPow2V(y, i32x4.trunc_sat_f32x4_s(k));
}

@inline export function expS(x: f32): f32 {
  if (x != x) return x;
  x = max<f32>(min<f32>(x, EXP_HI), EXP_LO);
  const k = nearest<f32>(x * LOG2E);
  let r = x - k * LN2_HI;
  r = r - k * LN2_LO;
  const z = r * r;
  let p: f32 = <f32>1.9875691500e-4 * r + <f32>1.3981999507e-3;
  p = p * r + <f32>8.3334519073e-3;
  p = p * r + <f32>4.1665795894e-2;
  p = p * r + <f32>1.6666665459e-1;
  p = p * r + <f32>5.0000001201e-1;
  const y = p * z + r + <f32>1.0;
  return scaleByPow2S(y, <i32>k);
}

// see: Cephes logf.c: x = m·2^e with m in [√½, √2), log(m) = t − t²/2 + t³·P(t)
// for t = m − 1, and e·ln2 added in two parts. Subnormals are scaled up first.
@inline export function logV(x0: v128): v128 {
  const tiny = f32x4.lt(x0, f32x4.splat(MIN_NORMAL));
  const x = sel(f32x4.mul(x0, f32x4.splat(SUBNORMAL_SCALE)), x0, tiny);
  const bits = i32x4.shr_s(x, 23);
  let e = f32x4.convert_i32x4_s(i32x4.sub(bits, i32x4.splat(126)));
  e = f32x4.sub(e, v128.and(tiny, f32x4.splat(23.0)));
  let m = v128.or(v128.and(x, i32x4.splat(0x007fffff)), i32x4.splat(0x3f000000));
  const low = f32x4.lt(m, f32x4.splat(SQRTHF));
  e = f32x4.sub(e, v128.and(low, f32x4.splat(1.0)));
  m = f32x4.add(f32x4.sub(m, f32x4.splat(1.0)), v128.and(low, m));
  const z = f32x4.mul(m, m);
  let p = mad(f32x4.splat(7.0376836292e-2), m, -1.1514610310e-1);
  p = mad(p, m, 1.1676998740e-1);
  p = mad(p, m, -1.2420140846e-1);
  p = mad(p, m, 1.4249322787e-1);
  p = mad(p, m, -1.6668057665e-1);
  p = mad(p, m, 2.0000714765e-1);
  p = mad(p, m, -2.4999993993e-1);
  p = mad(p, m, 3.3333331174e-1);
  let y = f32x4.mul(f32x4.mul(p, m), z);
  y = f32x4.add(y, f32x4.mul(e, f32x4.splat(LN2_LO)));
  y = f32x4.sub(y, f32x4.mul(z, f32x4.splat(0.5)));
  let r = f32x4.add(f32x4.add(m, y), f32x4.mul(e, f32x4.splat(LN2_HI)));
  r = sel(r, x0, f32x4.lt(x0, f32x4.splat(Infinity))); // +inf and NaN pass through
  r = sel(f32x4.splat(NaN), r, f32x4.lt(x0, f32x4.splat(0)));
  return sel(f32x4.splat(-Infinity), r, f32x4.eq(x0, f32x4.splat(0)));
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
  let m = reinterpret<f32>((bits & 0x007fffff) | 0x3f000000);
  if (m < SQRTHF) {
    e -= 1.0;
    m = m - <f32>1.0 + m;
  } else {
    m = m - <f32>1.0;
  }
  const z = m * m;
  let p: f32 = <f32>7.0376836292e-2 * m + <f32>-1.1514610310e-1;
  p = p * m + <f32>1.1676998740e-1;
  p = p * m + <f32>-1.2420140846e-1;
  p = p * m + <f32>1.4249322787e-1;
  p = p * m + <f32>-1.6668057665e-1;
  p = p * m + <f32>2.0000714765e-1;
  p = p * m + <f32>-2.4999993993e-1;
  p = p * m + <f32>3.3333331174e-1;
  let y = p * m * z;
  y = y + e * LN2_LO;
  y = y - z * <f32>0.5;
  return m + y + e * LN2_HI;
}

// log1p(x) = log(u) + (x − (u − 1))/u with u = 1 + x: the quotient restores
// the bits of x lost in forming u. It is NaN only where u is 0 or inf, where
// log(u) alone is the answer.
@inline export function log1pV(x: v128): v128 {
  const u = f32x4.add(x, f32x4.splat(1.0));
  let c = f32x4.div(f32x4.sub(x, f32x4.sub(u, f32x4.splat(1.0))), u);
  c = v128.and(c, f32x4.eq(c, c));
  return f32x4.add(logV(u), c);
}

@inline export function log1pS(x: f32): f32 {
  const u = x + <f32>1.0;
  let c = (x - (u - <f32>1.0)) / u;
  if (c != c) c = 0;
  return logS(u) + c;
}

/** |a| with the sign of s (a ≥ 0). */
@inline function withSignV(a: v128, s: v128): v128 {
  return v128.or(a, v128.and(s, i32x4.splat(SIGN)));
}

// e^x − 1: Taylor to x^8 below |x| = 0.5 (truncation < 1.1e-8 relative), where
// exp(x) − 1 would cancel; exp(x) − 1 elsewhere.
@inline function expm1SmallV(x: v128): v128 {
  let p = mad(f32x4.splat(<f32>(1.0 / 40320.0)), x, <f32>(1.0 / 5040.0));
  p = mad(p, x, <f32>(1.0 / 720.0));
  p = mad(p, x, <f32>(1.0 / 120.0));
  p = mad(p, x, <f32>(1.0 / 24.0));
  p = mad(p, x, <f32>(1.0 / 6.0));
  p = mad(p, x, 0.5);
  return f32x4.add(f32x4.mul(f32x4.mul(p, x), x), x);
}

@inline export function expm1V(x: v128): v128 {
  const small = f32x4.lt(f32x4.abs(x), f32x4.splat(0.5));
  return sel(expm1SmallV(x), f32x4.sub(expV(x), f32x4.splat(1.0)), small);
}

@inline export function expm1S(x: f32): f32 {
  if (!(abs<f32>(x) < <f32>0.5)) return expS(x) - <f32>1.0;
  let p: f32 = <f32>(1.0 / 40320.0) * x + <f32>(1.0 / 5040.0);
  p = p * x + <f32>(1.0 / 720.0);
  p = p * x + <f32>(1.0 / 120.0);
  p = p * x + <f32>(1.0 / 24.0);
  p = p * x + <f32>(1.0 / 6.0);
  p = p * x + <f32>0.5;
  return p * x * x + x;
}

// see: Cephes tanhf.c: odd polynomial below |x| = 0.625, else
// (1 − e)/(1 + e) with e = exp(−2|x|), which saturates to ±1 without NaN.
@inline export function tanhV(x: v128): v128 {
  const a = f32x4.abs(x);
  const z = f32x4.mul(x, x);
  let p = mad(f32x4.splat(-5.70498872745e-3), z, 2.06390887954e-2);
  p = mad(p, z, -5.37397155531e-2);
  p = mad(p, z, 1.33314422036e-1);
  p = mad(p, z, -3.33332819422e-1);
  const small = f32x4.add(f32x4.mul(f32x4.mul(p, z), x), x);
  const e = expV(f32x4.mul(a, f32x4.splat(-2.0)));
  const one = f32x4.splat(1.0);
  const big = withSignV(f32x4.div(f32x4.sub(one, e), f32x4.add(one, e)), x);
  return sel(small, big, f32x4.lt(a, f32x4.splat(0.625)));
}

@inline export function tanhS(x: f32): f32 {
  const a = abs<f32>(x);
  if (a < <f32>0.625) {
    const z = x * x;
    let p: f32 = <f32>-5.70498872745e-3 * z + <f32>2.06390887954e-2;
    p = p * z + <f32>-5.37397155531e-2;
    p = p * z + <f32>1.33314422036e-1;
    p = p * z + <f32>-3.33332819422e-1;
    return p * z * x + x;
  }
  const e = expS(a * <f32>-2.0);
  return copysign<f32>((<f32>1.0 - e) / (<f32>1.0 + e), x);
}

// σ(x) from e = exp(−|x|) ≤ 1: 1/(1 + e) for x ≥ 0 and e/(1 + e) below, so
// neither side overflows and tiny results keep their relative accuracy. The
// …From forms take e from a caller that needs it too (softplus, sigmoid CE).
@inline export function sigmoidFromV(x: v128, e: v128): v128 {
  const r = f32x4.div(f32x4.splat(1.0), f32x4.add(f32x4.splat(1.0), e));
  return sel(r, f32x4.mul(e, r), f32x4.ge(x, f32x4.splat(0)));
}

@inline export function sigmoidFromS(x: f32, e: f32): f32 {
  const r = <f32>1.0 / (<f32>1.0 + e);
  return x >= 0 ? r : e * r;
}

@inline export function sigmoidV(x: v128): v128 {
  return sigmoidFromV(x, expV(f32x4.neg(f32x4.abs(x))));
}

@inline export function sigmoidS(x: f32): f32 {
  return sigmoidFromS(x, expS(-abs<f32>(x)));
}

// see: Numerical Recipes in C, 2nd ed., §6.2 erfcc (Chebyshev fit): fractional
// error < 1.2e-7 for all x, so the tails used by gelu keep relative accuracy.
@inline function erfcPosV(z: v128): v128 {
  const t = f32x4.div(f32x4.splat(1.0), f32x4.add(f32x4.splat(1.0), f32x4.mul(z, f32x4.splat(0.5))));
  let p = mad(f32x4.splat(0.17087277), t, -0.82215223);
  p = mad(p, t, 1.48851587);
  p = mad(p, t, -1.13520398);
  p = mad(p, t, 0.27886807);
  p = mad(p, t, -0.18628806);
  p = mad(p, t, 0.09678418);
  p = mad(p, t, 0.37409196);
  p = mad(p, t, 1.00002368);
  p = mad(p, t, -1.26551223);
  return f32x4.mul(t, expV(f32x4.sub(p, f32x4.mul(z, z))));
}

@inline function erfcPosS(z: f32): f32 {
  const t = <f32>1.0 / (<f32>1.0 + z * <f32>0.5);
  let p: f32 = <f32>0.17087277 * t + <f32>-0.82215223;
  p = p * t + <f32>1.48851587;
  p = p * t + <f32>-1.13520398;
  p = p * t + <f32>0.27886807;
  p = p * t + <f32>-0.18628806;
  p = p * t + <f32>0.09678418;
  p = p * t + <f32>0.37409196;
  p = p * t + <f32>1.00002368;
  p = p * t + <f32>-1.26551223;
  return t * expS(p - z * z);
}

@inline export function erfcV(x: v128): v128 {
  const c = erfcPosV(f32x4.abs(x));
  return sel(c, f32x4.sub(f32x4.splat(2.0), c), f32x4.ge(x, f32x4.splat(0)));
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
  let p = mad(f32x4.splat(<f32>(-1.0 / 1320.0)), z, <f32>(1.0 / 216.0));
  p = mad(p, z, <f32>(-1.0 / 42.0));
  p = mad(p, z, <f32>(1.0 / 10.0));
  p = mad(p, z, <f32>(-1.0 / 3.0));
  p = mad(p, z, 1.0);
  const small = f32x4.mul(f32x4.mul(p, x), f32x4.splat(TWO_OVER_SQRTPI));
  const big = withSignV(f32x4.sub(f32x4.splat(1.0), erfcPosV(a)), x);
  return sel(small, big, f32x4.lt(a, f32x4.splat(0.5)));
}

@inline export function erfS(x: f32): f32 {
  const a = abs<f32>(x);
  if (!(a < <f32>0.5)) return copysign<f32>(<f32>1.0 - erfcPosS(a), x);
  const z = x * x;
  let p: f32 = <f32>(-1.0 / 1320.0) * z + <f32>(1.0 / 216.0);
  p = p * z + <f32>(-1.0 / 42.0);
  p = p * z + <f32>(1.0 / 10.0);
  p = p * z + <f32>(-1.0 / 3.0);
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
