// Fused losses: one pass returns Σ_i w_i·ℓ_i (rows summed in f64) and, when
// the gradient pointer is non-zero, writes scale·w_i·∂ℓ_i/∂pred. The gradient
// may alias the prediction: every element is read before it is written.
// A sparse label outside [0, n) makes that row's loss and gradient NaN.
import {
  expS, expShiftSum, expV, hsumV, log1pS, log1pV, logS, logV, negAbsV, rowMax, scaleRow, sigmoidFromS, sigmoidFromV,
} from "./vmath";

const SIGMOID_CE = 0, CATEGORICAL_CE = 1, BINARY_CE = 2, MSE = 3, MAE = 4, HUBER = 5;

@inline function sel(a: v128, b: v128, mask: v128): v128 {
  return v128.bitselect(a, b, mask);
}

@inline function weightAt(weights: usize, r: i32): f32 {
  return weights ? load<f32>(weights + (<usize>r << 2)) : <f32>1.0;
}

/**
 * One vector of element losses; stores the gradient (already multiplied by
 * the row factor g) at d unless d is 0. c1, c2: the clip range [eps, 1 − eps]
 * for the probability losses, δ (in c1) for huber.
 */
@inline function termV(kind: i32, p: v128, t: v128, d: usize, g: v128, c1: v128, c2: v128): v128 {
  const zero = f32x4.splat(0);
  const one = f32x4.splat(1.0);
  switch (kind) {
    case SIGMOID_CE: {
      const e = expV(negAbsV(p));
      if (d) v128.store(d, f32x4.mul(f32x4.sub(sigmoidFromV(p, e), t), g));
      // pmax (one maxps under V8, vmath.ts) keeps NaN; it keeps −0 where max
      // gives +0, but log1p(e^−0) = ln 2 is added there.
      return f32x4.add(f32x4.sub(f32x4.pmax(p, zero), f32x4.mul(p, t)), log1pV(e));
    }
    case CATEGORICAL_CE: {
      const pc = f32x4.max(f32x4.min(p, c2), c1);
      const live = f32x4.ne(t, zero);
      if (d) {
        const clipped = v128.or(f32x4.lt(p, c1), f32x4.gt(p, c2));
        v128.store(d, v128.andnot(v128.and(f32x4.div(f32x4.mul(f32x4.neg(t), g), pc), live), clipped));
      }
      return v128.and(f32x4.neg(f32x4.mul(t, logV(pc))), live);
    }
    case BINARY_CE: {
      const pc = f32x4.max(f32x4.min(p, c2), c1);
      const qc = f32x4.sub(one, pc);
      if (d) {
        const clipped = v128.or(f32x4.lt(p, c1), f32x4.gt(p, c2));
        const gr = f32x4.div(f32x4.mul(f32x4.sub(pc, t), g), f32x4.mul(pc, qc));
        v128.store(d, v128.andnot(gr, clipped));
      }
      const a = v128.and(f32x4.mul(t, logV(pc)), f32x4.ne(t, zero));
      const b = v128.and(f32x4.mul(f32x4.sub(one, t), logV(qc)), f32x4.ne(t, one));
      return f32x4.neg(f32x4.add(a, b));
    }
    case MSE: {
      const e = f32x4.sub(p, t);
      if (d) v128.store(d, f32x4.mul(e, g));
      return f32x4.mul(e, e);
    }
    case MAE: {
      const e = f32x4.sub(p, t);
      if (d) {
        // sign(e) with sign(±0) = ±0 and NaN kept, as Math.sign.
        const s = v128.or(v128.and(one, f32x4.ne(e, zero)), v128.and(e, i32x4.splat(0x80000000)));
        v128.store(d, f32x4.mul(sel(s, e, f32x4.eq(e, e)), g));
      }
      return f32x4.abs(e);
    }
    default: {
      const e = f32x4.sub(p, t);
      const a = f32x4.abs(e);
      // pmin/pmax (one instruction each) equal min/max here: δ > 0 (ABI.md), and a NaN comes through as the first operand.
      const q = f32x4.pmin(a, c1);
      if (d) v128.store(d, f32x4.mul(f32x4.pmax(f32x4.pmin(e, c1), f32x4.neg(c1)), g));
      return f32x4.add(f32x4.mul(f32x4.mul(q, q), f32x4.splat(0.5)), f32x4.mul(c1, f32x4.sub(a, q)));
    }
  }
}

@inline function termS(kind: i32, p: f32, t: f32, d: usize, g: f32, c1: f32, c2: f32): f32 {
  switch (kind) {
    case SIGMOID_CE: {
      const e = expS(-abs<f32>(p));
      if (d) store<f32>(d, (sigmoidFromS(p, e) - t) * g);
      return (p < 0 ? <f32>0 : p) - p * t + log1pS(e);
    }
    case CATEGORICAL_CE: {
      if (t == 0) {
        if (d) store<f32>(d, 0);
        return 0;
      }
      const pc = max<f32>(min<f32>(p, c2), c1);
      if (d) store<f32>(d, p < c1 || p > c2 ? 0 : -t * g / pc);
      return -(t * logS(pc));
    }
    case BINARY_CE: {
      const pc = max<f32>(min<f32>(p, c2), c1);
      const qc = <f32>1.0 - pc;
      if (d) store<f32>(d, p < c1 || p > c2 ? 0 : (pc - t) * g / (pc * qc));
      const a = t != 0 ? t * logS(pc) : 0;
      const b = t != 1 ? (<f32>1.0 - t) * logS(qc) : 0;
      return -(a + b);
    }
    case MSE: {
      const e = p - t;
      if (d) store<f32>(d, e * g);
      return e * e;
    }
    case MAE: {
      const e = p - t;
      if (d) store<f32>(d, (e > 0 ? <f32>1.0 : e < 0 ? <f32>-1.0 : e) * g);
      return abs<f32>(e);
    }
    default: {
      const e = p - t;
      const a = abs<f32>(e);
      const q = min<f32>(a, c1);
      if (d) store<f32>(d, max<f32>(min<f32>(e, c1), -c1) * g);
      return q * q * <f32>0.5 + c1 * (a - q);
    }
  }
}

/**
 * Σ_j of one row's element losses (f32 lanes), writing its gradient with factor g.
 * The vector loop is a guarded do-while, not a for loop: V8 hoists the splats
 * only out of a loop whose body always runs (mae 1.25×, huber 1.1× faster).
 */
@inline function rowTerms(kind: i32, n: i32, p: usize, t: usize, d: usize, g: f32, c1: f32, c2: f32): f32 {
  let i = 0;
  let s: f32 = 0;
  if (ASC_FEATURE_SIMD) {
    const gv = f32x4.splat(g);
    const c1v = f32x4.splat(c1);
    const c2v = f32x4.splat(c2);
    let acc = f32x4.splat(0);
    if (n >= 4) do {
      const o = <usize>i << 2;
      acc = f32x4.add(acc, termV(kind, v128.load(p + o), v128.load(t + o), d ? d + o : 0, gv, c1v, c2v));
      i += 4;
    } while (i + 4 <= n);
    s = hsumV(acc);
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    s += termS(kind, load<f32>(p + o), load<f32>(t + o), d ? d + o : 0, g, c1, c2);
  }
  return s;
}

/**
 * The losses that are means (or, for categorical, sums) of element terms.
 * gradFactor multiplies scale·w_i in the gradient (2 for MSE's 2e).
 */
@inline function elementLoss(
  kind: i32, m: i32, n: i32, p: usize, t: usize, weights: usize, d: usize, scale: f32, c1: f32, c2: f32,
  mean: bool, gradFactor: f32,
): f64 {
  if (n <= 0) return 0;
  let total: f64 = 0;
  const inv: f32 = mean ? <f32>1.0 / <f32>n : <f32>1.0;
  for (let r = 0; r < m; r++) {
    const off = <usize>r * <usize>n << 2;
    const w = weightAt(weights, r);
    const s = rowTerms(kind, n, p + off, t + off, d ? d + off : 0, scale * w * gradFactor * inv, c1, c2);
    total += <f64>w * (mean ? <f64>s / <f64>n : <f64>s);
  }
  return total;
}

/** Row r's class id, or -1 when it is outside [0, n). */
@inline function classAt(labels: usize, r: i32, n: i32): i32 {
  const c = load<i32>(labels + (<usize>r << 2));
  return <u32>c < <u32>n ? c : -1;
}

// ℓ = Σ_j y_j·(lse − z_j) with lse = log Σ exp(z − max) + max. The gradient is
// p·Σy − y (= p − y for labels summing to 1), the exact derivative of ℓ.
// Zero labels contribute nothing, even against a −inf logit.
export function softmaxCrossEntropy(
  m: i32, n: i32, logits: usize, labels: usize, sparse: i32, weights: usize, dlogits: usize, scale: f32,
): f64 {
  if (n <= 0) return 0;
  let total: f64 = 0;
  for (let r = 0; r < m; r++) {
    const off = <usize>r * <usize>n << 2;
    const z = logits + off;
    const d = dlogits ? dlogits + off : 0;
    const w = weightAt(weights, r);
    const g = scale * w;
    const mx = rowMax(n, z);
    let loss: f32;
    if (sparse) {
      const c = classAt(labels, r, n);
      const zc = c >= 0 ? load<f32>(z + (<usize>c << 2)) : NaN;
      const sum = expShiftSum(n, z, mx, d);
      loss = logS(sum) - (zc - mx);
      if (d) {
        scaleRow(n, c >= 0 ? g / sum : NaN, d);
        if (c >= 0) store<f32>(d + (<usize>c << 2), load<f32>(d + (<usize>c << 2)) - g);
      }
    } else {
      loss = softLabelRow(n, z, labels + off, mx, d, g);
    }
    total += <f64>w * <f64>loss;
  }
  return total;
}

/** One-hot (or soft) labels: loss of one row; the gradient pass reuses exp(z − max) parked in d. */
function softLabelRow(n: i32, z: usize, y: usize, mx: f32, d: usize, g: f32): f32 {
  let i = 0;
  let sum: f32 = 0, ysum: f32 = 0, yz: f32 = 0;
  if (ASC_FEATURE_SIMD) {
    const mv = f32x4.splat(mx);
    const zero = f32x4.splat(0);
    let s = zero, ys = zero, yzs = zero;
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      const zs = f32x4.sub(v128.load(z + o), mv);
      const yv = v128.load(y + o);
      const e = expV(zs);
      if (d) v128.store(d + o, e);
      s = f32x4.add(s, e);
      ys = f32x4.add(ys, yv);
      yzs = f32x4.add(yzs, v128.and(f32x4.mul(yv, zs), f32x4.ne(yv, zero)));
    }
    sum = hsumV(s);
    ysum = hsumV(ys);
    yz = hsumV(yzs);
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const zs = load<f32>(z + o) - mx;
    const yv = load<f32>(y + o);
    const e = expS(zs);
    if (d) store<f32>(d + o, e);
    sum += e;
    ysum += yv;
    if (yv != 0) yz += yv * zs;
  }
  if (d) {
    const c = g * ysum / sum;
    let j = 0;
    if (ASC_FEATURE_SIMD) {
      const cv = f32x4.splat(c);
      const gv = f32x4.splat(g);
      for (; j + 4 <= n; j += 4) {
        const o = <usize>j << 2;
        v128.store(d + o, f32x4.sub(f32x4.mul(v128.load(d + o), cv), f32x4.mul(v128.load(y + o), gv)));
      }
    }
    for (; j < n; j++) {
      const o = <usize>j << 2;
      store<f32>(d + o, load<f32>(d + o) * c - load<f32>(y + o) * g);
    }
  }
  return ysum * logS(sum) - yz;
}

export function sigmoidCrossEntropy(m: i32, n: i32, logits: usize, labels: usize, weights: usize, dlogits: usize, scale: f32): f64 {
  return elementLoss(SIGMOID_CE, m, n, logits, labels, weights, dlogits, scale, 0, 0, true, 1.0);
}

// Sparse labels: only p[c] enters the loss; the rest of the gradient row is 0.
export function categoricalCrossEntropy(
  m: i32, n: i32, probs: usize, labels: usize, sparse: i32, weights: usize, dprobs: usize, scale: f32, eps: f32,
): f64 {
  const lo = eps;
  const hi = <f32>1.0 - eps;
  if (!sparse) return elementLoss(CATEGORICAL_CE, m, n, probs, labels, weights, dprobs, scale, lo, hi, false, 1.0);
  if (n <= 0) return 0;
  let total: f64 = 0;
  for (let r = 0; r < m; r++) {
    const off = <usize>r * <usize>n << 2;
    const w = weightAt(weights, r);
    const c = classAt(labels, r, n);
    const p = c >= 0 ? load<f32>(probs + off + (<usize>c << 2)) : NaN;
    const pc = max<f32>(min<f32>(p, hi), lo);
    if (dprobs) {
      const d = dprobs + off;
      if (c >= 0) {
        memory.fill(d, 0, <usize>n << 2);
        store<f32>(d + (<usize>c << 2), p < lo || p > hi ? 0 : -(scale * w) / pc);
      } else {
        for (let j = 0; j < n; j++) store<f32>(d + (<usize>j << 2), NaN);
      }
    }
    total += <f64>w * <f64>(-logS(pc));
  }
  return total;
}

export function binaryCrossEntropy(
  m: i32, n: i32, probs: usize, labels: usize, weights: usize, dprobs: usize, scale: f32, eps: f32,
): f64 {
  return elementLoss(BINARY_CE, m, n, probs, labels, weights, dprobs, scale, eps, <f32>1.0 - eps, true, 1.0);
}

export function meanSquaredError(m: i32, n: i32, pred: usize, target: usize, weights: usize, dpred: usize, scale: f32): f64 {
  return elementLoss(MSE, m, n, pred, target, weights, dpred, scale, 0, 0, true, 2.0);
}

export function meanAbsoluteError(m: i32, n: i32, pred: usize, target: usize, weights: usize, dpred: usize, scale: f32): f64 {
  return elementLoss(MAE, m, n, pred, target, weights, dpred, scale, 0, 0, true, 1.0);
}

export function huber(m: i32, n: i32, pred: usize, target: usize, weights: usize, dpred: usize, scale: f32, delta: f32): f64 {
  return elementLoss(HUBER, m, n, pred, target, weights, dpred, scale, delta, 0, true, 1.0);
}
