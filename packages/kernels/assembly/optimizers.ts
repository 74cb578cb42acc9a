// Optimizer updates in place, Keras 3 rules (ABI.md). Every kernel first forms
// the effective gradient ĝ = clampAbs(gradScale·(g + l1·sign(p) + 2·l2·p), clip)
// from the parameter as it was before the step (the regularisers are part of
// the loss, so they see the pre-update weights, as in Keras).
// The SIMD and scalar bodies perform the same f32 operations in the same order,
// so both flavours give bit-identical results.
// see: https://github.com/keras-team/keras/tree/master/keras/src/optimizers
//
// The vector loops are guarded do-whiles, not for loops: V8 hoists loop-invariant
// values (the splats, Adam's f64 α) only out of a loop whose body always runs,
// and sinks them into the body of a for loop, where Adam's sqrt and division of
// α cost more than the update itself (1.7–1.9× slower, tools/bench kernels).

@inline function at(p: usize, i: i32): usize {
  return p + (<usize>i << 2);
}

/** No clamp when clipValue ≤ 0: clamping to ±Inf leaves every value (and NaN) unchanged. */
@inline function clipLimit(clipValue: f32): f32 {
  return clipValue > 0 ? clipValue : Infinity;
}

@inline function gradV(g: v128, p: v128, l1: v128, l2x2: v128, scale: v128, clip: v128): v128 {
  const zero = f32x4.splat(0);
  const one = f32x4.splat(1);
  const sign = f32x4.sub(v128.and(f32x4.gt(p, zero), one), v128.and(f32x4.lt(p, zero), one));
  const r = f32x4.mul(f32x4.add(f32x4.add(g, f32x4.mul(l1, sign)), f32x4.mul(l2x2, p)), scale);
  // pmin/pmax (one instruction each) equal min/max here: clip > 0, and a NaN r comes through as the first operand.
  return f32x4.pmin(f32x4.pmax(r, f32x4.neg(clip)), clip);
}

@inline function grad(g: f32, p: f32, l1: f32, l2x2: f32, scale: f32, clip: f32): f32 {
  const sign = <f32>(p > 0) - <f32>(p < 0);
  const r = ((g + l1 * sign) + l2x2 * p) * scale;
  return min(max(r, -clip), clip);
}

/** Σ (g + l1·sign(p) + 2·l2·p)², for clipNorm; f32 lanes per chunk, f64 total (ABI.md). */
export function regGradSumSquares(n: i32, p: usize, g: usize, l1: f32, l2: f32): f64 {
  const CHUNK = 1024;
  const l2x2 = l2 * 2;
  const inf: f32 = Infinity;
  let total: f64 = 0;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const l1v = f32x4.splat(l1), l2v = f32x4.splat(l2x2), onev = f32x4.splat(1), infv = f32x4.splat(inf);
    while (i + 8 <= n) {
      const stop = min(n, i + CHUNK);
      let a0 = f32x4.splat(0), a1 = a0;
      do {
        const r0 = gradV(v128.load(at(g, i)), v128.load(at(p, i)), l1v, l2v, onev, infv);
        const r1 = gradV(v128.load(at(g, i), 16), v128.load(at(p, i), 16), l1v, l2v, onev, infv);
        a0 = f32x4.add(a0, f32x4.mul(r0, r0));
        a1 = f32x4.add(a1, f32x4.mul(r1, r1));
        i += 8;
      } while (i + 8 <= stop);
      const a = f32x4.add(a0, a1);
      total += <f64>f32x4.extract_lane(a, 0) + <f64>f32x4.extract_lane(a, 1) +
        (<f64>f32x4.extract_lane(a, 2) + <f64>f32x4.extract_lane(a, 3));
    }
  }
  for (; i < n; i++) {
    const r = <f64>grad(load<f32>(at(g, i)), load<f32>(at(p, i)), l1, l2x2, 1, inf);
    total += r * r;
  }
  return total;
}

export function sgd(n: i32, p: usize, g: usize, lr: f32, gradScale: f32, l1: f32, l2: f32, clipValue: f32): void {
  const l2x2 = l2 * 2, clip = clipLimit(clipValue);
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const l1v = f32x4.splat(l1), l2v = f32x4.splat(l2x2), sv = f32x4.splat(gradScale), cv = f32x4.splat(clip);
    const lrv = f32x4.splat(lr);
    if (n >= 4) do {
      const pv = v128.load(at(p, i));
      const gh = gradV(v128.load(at(g, i)), pv, l1v, l2v, sv, cv);
      v128.store(at(p, i), f32x4.sub(pv, f32x4.mul(gh, lrv)));
      i += 4;
    } while (i + 4 <= n);
  }
  for (; i < n; i++) {
    const pv = load<f32>(at(p, i));
    const gh = grad(load<f32>(at(g, i)), pv, l1, l2x2, gradScale, clip);
    store<f32>(at(p, i), pv - gh * lr);
  }
}

/** v = μv − lr·ĝ; p += nesterov ? μv − lr·ĝ (with the new v) : v. */
export function sgdMomentum(
  n: i32, p: usize, g: usize, v: usize, lr: f32, momentum: f32, nesterov: i32,
  gradScale: f32, l1: f32, l2: f32, clipValue: f32,
): void {
  const l2x2 = l2 * 2, clip = clipLimit(clipValue);
  const nest = nesterov != 0;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const l1v = f32x4.splat(l1), l2v = f32x4.splat(l2x2), sv = f32x4.splat(gradScale), cv = f32x4.splat(clip);
    const lrv = f32x4.splat(lr), mu = f32x4.splat(momentum);
    if (n >= 4) do {
      const pv = v128.load(at(p, i));
      const step = f32x4.mul(gradV(v128.load(at(g, i)), pv, l1v, l2v, sv, cv), lrv);
      const vv = f32x4.sub(f32x4.mul(v128.load(at(v, i)), mu), step);
      v128.store(at(v, i), vv);
      const delta = select<v128>(f32x4.sub(f32x4.mul(vv, mu), step), vv, nest);
      v128.store(at(p, i), f32x4.add(pv, delta));
      i += 4;
    } while (i + 4 <= n);
  }
  for (; i < n; i++) {
    const pv = load<f32>(at(p, i));
    const step = grad(load<f32>(at(g, i)), pv, l1, l2x2, gradScale, clip) * lr;
    const vv = load<f32>(at(v, i)) * momentum - step;
    store<f32>(at(v, i), vv);
    store<f32>(at(p, i), pv + (nest ? vv * momentum - step : vv));
  }
}

/**
 * Adam, and AdamW when weightDecay > 0 (decay applied first, as Keras's
 * base optimizer does). α is formed in f64 from the f32 arguments.
 */
export function adam(
  n: i32, p: usize, g: usize, m: usize, v: usize, lr: f32, beta1: f32, beta2: f32, eps: f32,
  beta1Power: f32, beta2Power: f32, weightDecay: f32, gradScale: f32, l1: f32, l2: f32, clipValue: f32,
): void {
  const l2x2 = l2 * 2, clip = clipLimit(clipValue);
  const decay: f32 = weightDecay > 0 ? lr * weightDecay : 0;
  const c1: f32 = 1 - beta1, c2: f32 = 1 - beta2;
  const alpha = <f32>(<f64>lr * Math.sqrt(1 - <f64>beta2Power) / (1 - <f64>beta1Power));
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const l1v = f32x4.splat(l1), l2v = f32x4.splat(l2x2), sv = f32x4.splat(gradScale), cv = f32x4.splat(clip);
    const dv = f32x4.splat(decay), c1v = f32x4.splat(c1), c2v = f32x4.splat(c2);
    const av = f32x4.splat(alpha), ev = f32x4.splat(eps);
    if (n >= 4) do {
      let pv = v128.load(at(p, i));
      const gh = gradV(v128.load(at(g, i)), pv, l1v, l2v, sv, cv);
      pv = f32x4.sub(pv, f32x4.mul(dv, pv));
      let mv = v128.load(at(m, i));
      let vv = v128.load(at(v, i));
      mv = f32x4.add(mv, f32x4.mul(f32x4.sub(gh, mv), c1v));
      vv = f32x4.add(vv, f32x4.mul(f32x4.sub(f32x4.mul(gh, gh), vv), c2v));
      v128.store(at(m, i), mv);
      v128.store(at(v, i), vv);
      v128.store(at(p, i), f32x4.sub(pv, f32x4.div(f32x4.mul(mv, av), f32x4.add(f32x4.sqrt(vv), ev))));
      i += 4;
    } while (i + 4 <= n);
  }
  for (; i < n; i++) {
    let pv = load<f32>(at(p, i));
    const gh = grad(load<f32>(at(g, i)), pv, l1, l2x2, gradScale, clip);
    pv = pv - decay * pv;
    const mv = load<f32>(at(m, i)) + (gh - load<f32>(at(m, i))) * c1;
    const vv = load<f32>(at(v, i)) + (gh * gh - load<f32>(at(v, i))) * c2;
    store<f32>(at(m, i), mv);
    store<f32>(at(v, i), vv);
    store<f32>(at(p, i), pv - (mv * alpha) / (sqrt<f32>(vv) + eps));
  }
}

/**
 * One RMSprop variant; `centered` and `useMomentum` are constants at each call
 * site, so after inlining only the needed slots are touched (mg and mom may be 0).
 */
@inline function rmspropBody(
  n: i32, p: usize, g: usize, ms: usize, mom: usize, mg: usize, lr: f32, rho: f32, momentum: f32, eps: f32,
  gradScale: f32, l1: f32, l2: f32, clipValue: f32, centered: bool, useMomentum: bool,
): void {
  const l2x2 = l2 * 2, clip = clipLimit(clipValue);
  const c: f32 = 1 - rho;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const l1v = f32x4.splat(l1), l2v = f32x4.splat(l2x2), sv = f32x4.splat(gradScale), cv = f32x4.splat(clip);
    const rv = f32x4.splat(rho), crv = f32x4.splat(c), lrv = f32x4.splat(lr), ev = f32x4.splat(eps);
    const mu = f32x4.splat(momentum);
    if (n >= 4) do {
      const pv = v128.load(at(p, i));
      const gh = gradV(v128.load(at(g, i)), pv, l1v, l2v, sv, cv);
      const s = f32x4.add(f32x4.mul(rv, v128.load(at(ms, i))), f32x4.mul(crv, f32x4.mul(gh, gh)));
      v128.store(at(ms, i), s);
      let d = s;
      if (centered) {
        const a = f32x4.add(f32x4.mul(rv, v128.load(at(mg, i))), f32x4.mul(crv, gh));
        v128.store(at(mg, i), a);
        d = f32x4.sub(s, f32x4.mul(a, a));
      }
      let inc = f32x4.div(f32x4.mul(lrv, gh), f32x4.sqrt(f32x4.add(d, ev)));
      if (useMomentum) {
        inc = f32x4.add(f32x4.mul(mu, v128.load(at(mom, i))), inc);
        v128.store(at(mom, i), inc);
      }
      v128.store(at(p, i), f32x4.sub(pv, inc));
      i += 4;
    } while (i + 4 <= n);
  }
  for (; i < n; i++) {
    const pv = load<f32>(at(p, i));
    const gh = grad(load<f32>(at(g, i)), pv, l1, l2x2, gradScale, clip);
    const s = rho * load<f32>(at(ms, i)) + c * (gh * gh);
    store<f32>(at(ms, i), s);
    let d = s;
    if (centered) {
      const a = rho * load<f32>(at(mg, i)) + c * gh;
      store<f32>(at(mg, i), a);
      d = s - a * a;
    }
    let inc = (lr * gh) / sqrt<f32>(d + eps);
    if (useMomentum) {
      inc = momentum * load<f32>(at(mom, i)) + inc;
      store<f32>(at(mom, i), inc);
    }
    store<f32>(at(p, i), pv - inc);
  }
}

export function rmsprop(
  n: i32, p: usize, g: usize, ms: usize, mom: usize, mg: usize, lr: f32, rho: f32, momentum: f32, eps: f32,
  centered: i32, gradScale: f32, l1: f32, l2: f32, clipValue: f32,
): void {
  if (centered != 0) {
    if (momentum > 0) rmspropBody(n, p, g, ms, mom, mg, lr, rho, momentum, eps, gradScale, l1, l2, clipValue, true, true);
    else rmspropBody(n, p, g, ms, mom, mg, lr, rho, momentum, eps, gradScale, l1, l2, clipValue, true, false);
  } else {
    if (momentum > 0) rmspropBody(n, p, g, ms, mom, mg, lr, rho, momentum, eps, gradScale, l1, l2, clipValue, false, true);
    else rmspropBody(n, p, g, ms, mom, mg, lr, rho, momentum, eps, gradScale, l1, l2, clipValue, false, false);
  }
}

export function adagrad(
  n: i32, p: usize, g: usize, acc: usize, lr: f32, eps: f32, gradScale: f32, l1: f32, l2: f32, clipValue: f32,
): void {
  const l2x2 = l2 * 2, clip = clipLimit(clipValue);
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const l1v = f32x4.splat(l1), l2v = f32x4.splat(l2x2), sv = f32x4.splat(gradScale), cv = f32x4.splat(clip);
    const lrv = f32x4.splat(lr), ev = f32x4.splat(eps);
    if (n >= 4) do {
      const pv = v128.load(at(p, i));
      const gh = gradV(v128.load(at(g, i)), pv, l1v, l2v, sv, cv);
      const a = f32x4.add(v128.load(at(acc, i)), f32x4.mul(gh, gh));
      v128.store(at(acc, i), a);
      v128.store(at(p, i), f32x4.sub(pv, f32x4.div(f32x4.mul(lrv, gh), f32x4.sqrt(f32x4.add(a, ev)))));
      i += 4;
    } while (i + 4 <= n);
  }
  for (; i < n; i++) {
    const pv = load<f32>(at(p, i));
    const gh = grad(load<f32>(at(g, i)), pv, l1, l2x2, gradScale, clip);
    const a = load<f32>(at(acc, i)) + gh * gh;
    store<f32>(at(acc, i), a);
    store<f32>(at(p, i), pv - (lr * gh) / sqrt<f32>(a + eps));
  }
}
