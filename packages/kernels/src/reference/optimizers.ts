import type { OptimizerKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// Keras 3 update rules, one element at a time, in float64 (ABI.md, optimizers.ts).
// see: https://github.com/keras-team/keras/tree/master/keras/src/optimizers

/** Scalar arguments are f32 in the ABI; round them as the wasm boundary does. */
const f32 = Math.fround;

/** g + l1·sign(p) + 2·l2·p: the gradient of the loss plus the L1/L2 penalties. */
function regularised(g: number, p: number, l1: number, l2: number): number {
  return g + f32(l1) * Math.sign(p) + 2 * f32(l2) * p;
}

/** The effective gradient ĝ: scaled (clipNorm), then clamped to ±clipValue when clipValue > 0. */
function effective(g: number, p: number, gradScale: number, l1: number, l2: number, clipValue: number): number {
  const r = f32(gradScale) * regularised(g, p, l1, l2);
  const c = f32(clipValue);
  return c > 0 ? Math.min(Math.max(r, -c), c) : r;
}

export function optimizerReference(v: RefViews): OptimizerKernels {
  return {
    regGradSumSquares(n, p, g, l1, l2) {
      const F = v.refresh().F;
      let s = 0;
      for (let i = 0; i < n; i++) s += regularised(F[v.f(g, i)]!, F[v.f(p, i)]!, l1, l2) ** 2;
      return s;
    },
    sgd(n, p, g, lr, gradScale, l1, l2, clipValue) {
      const F = v.refresh().F;
      for (let i = 0; i < n; i++) {
        const gh = effective(F[v.f(g, i)]!, F[v.f(p, i)]!, gradScale, l1, l2, clipValue);
        F[v.f(p, i)] = F[v.f(p, i)]! - f32(lr) * gh;
      }
    },
    sgdMomentum(n, p, g, vel, lr, momentum, nesterov, gradScale, l1, l2, clipValue) {
      const F = v.refresh().F;
      const mu = f32(momentum);
      for (let i = 0; i < n; i++) {
        const step = f32(lr) * effective(F[v.f(g, i)]!, F[v.f(p, i)]!, gradScale, l1, l2, clipValue);
        const vNew = mu * F[v.f(vel, i)]! - step;
        F[v.f(vel, i)] = vNew;
        F[v.f(p, i)] = F[v.f(p, i)]! + (nesterov ? mu * vNew - step : vNew);
      }
    },
    adam(n, p, g, m, vs, lr, beta1, beta2, eps, beta1Power, beta2Power, weightDecay, gradScale, l1, l2, clipValue) {
      const F = v.refresh().F;
      const b1 = f32(beta1), b2 = f32(beta2);
      const alpha = (f32(lr) * Math.sqrt(1 - f32(beta2Power))) / (1 - f32(beta1Power));
      const decay = f32(weightDecay) > 0 ? f32(lr) * f32(weightDecay) : 0;
      for (let i = 0; i < n; i++) {
        const p0 = F[v.f(p, i)]!;
        const gh = effective(F[v.f(g, i)]!, p0, gradScale, l1, l2, clipValue);
        const mNew = F[v.f(m, i)]! + (gh - F[v.f(m, i)]!) * (1 - b1);
        const vNew = F[v.f(vs, i)]! + (gh * gh - F[v.f(vs, i)]!) * (1 - b2);
        F[v.f(m, i)] = mNew;
        F[v.f(vs, i)] = vNew;
        F[v.f(p, i)] = p0 - decay * p0 - (alpha * mNew) / (Math.sqrt(vNew) + f32(eps));
      }
    },
    rmsprop(n, p, g, ms, mom, mg, lr, rho, momentum, eps, centered, gradScale, l1, l2, clipValue) {
      const F = v.refresh().F;
      const r = f32(rho), mu = f32(momentum);
      for (let i = 0; i < n; i++) {
        const gh = effective(F[v.f(g, i)]!, F[v.f(p, i)]!, gradScale, l1, l2, clipValue);
        const s = r * F[v.f(ms, i)]! + (1 - r) * gh * gh;
        F[v.f(ms, i)] = s;
        let denominator = s;
        if (centered) {
          const a = r * F[v.f(mg, i)]! + (1 - r) * gh;
          F[v.f(mg, i)] = a;
          denominator = s - a * a;
        }
        let inc = (f32(lr) * gh) / Math.sqrt(denominator + f32(eps));
        if (mu > 0) {
          inc = mu * F[v.f(mom, i)]! + inc;
          F[v.f(mom, i)] = inc;
        }
        F[v.f(p, i)] = F[v.f(p, i)]! - inc;
      }
    },
    adagrad(n, p, g, acc, lr, eps, gradScale, l1, l2, clipValue) {
      const F = v.refresh().F;
      for (let i = 0; i < n; i++) {
        const gh = effective(F[v.f(g, i)]!, F[v.f(p, i)]!, gradScale, l1, l2, clipValue);
        const a = F[v.f(acc, i)]! + gh * gh;
        F[v.f(acc, i)] = a;
        F[v.f(p, i)] = F[v.f(p, i)]! - (f32(lr) * gh) / Math.sqrt(a + f32(eps));
      }
    },
  };
}
