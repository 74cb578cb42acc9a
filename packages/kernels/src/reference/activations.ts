import { Activation, type ActivationKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// see: Klambauer et al. 2017, "Self-Normalizing Neural Networks", eq. (14).
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const GELU_TANH_K = 0.044715;
// Inputs beyond ±1e30 act as ±inf would in the limit; clamping keeps products
// like x·σ(x) or x·φ(x) from turning into −inf·0 = NaN. Forward values only
// need the lower end (+inf·1 is fine); derivatives and softsign need both.
const BIG = 1e30;

const clampBig = (x: number): number => Math.max(-BIG, Math.min(BIG, x));
const floorBig = (x: number): number => Math.max(-BIG, x);
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * erfc in float64 (relative error ~1e-14 where it matters for gelu's tails).
 * |x| < 3: erf = 2/√π·e^{−x²}·Σ (2x²)^k·x/(1·3·…·(2k+1)), a series of positive
 * terms; beyond: Laplace's continued fraction e^{−x²}/√π · 1/(x + ½/(x + 1/(x + …))).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  let r: number;
  if (a < 3) {
    let term = a;
    let sum = a;
    for (let k = 1; term > 1e-17 * sum; k++) {
      term *= (2 * a * a) / (2 * k + 1);
      sum += term;
    }
    r = 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-a * a) * sum;
  } else {
    let t = a;
    for (let k = 60; k >= 1; k--) t = a + k / 2 / t;
    r = Math.exp(-a * a) / (Math.sqrt(Math.PI) * t);
  }
  return x >= 0 ? r : 2 - r;
}

/** The published formulas, evaluated in float64. */
function forward(kind: number, x: number, alpha: number): number {
  switch (kind) {
    case Activation.relu: return Math.max(x, 0);
    case Activation.leakyRelu: return x > 0 ? x : alpha * x;
    case Activation.elu: return x > 0 ? x : alpha * Math.expm1(x);
    case Activation.sigmoid: return sigmoid(x);
    case Activation.tanh: return Math.tanh(x);
    case Activation.gelu: {
      const c = floorBig(x);
      return 0.5 * c * erfc(-c / Math.SQRT2);
    }
    case Activation.softplus: return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    case Activation.softsign: {
      const c = clampBig(x);
      return c / (1 + Math.abs(c));
    }
    case Activation.selu: return SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x));
    case Activation.swish: {
      const c = floorBig(x);
      return c * sigmoid(c);
    }
    case Activation.relu6: return Math.min(Math.max(x, 0), 6);
    case Activation.hardSigmoid: return Math.min(Math.max(x + 3, 0), 6) / 6;
    case Activation.geluTanh: {
      const c = floorBig(x);
      return 0.5 * c * (1 + Math.tanh(SQRT_2_OVER_PI * (c + GELU_TANH_K * c * c * c)));
    }
    case Activation.exponential: return Math.exp(x);
    default: return x;
  }
}

/**
 * dy·f'(x), from x alone (the kernels may use y; this stays independent).
 * Kinks take TensorFlow's choices: relu/relu6 0 at 0 (and 6), leakyRelu and
 * elu the left slope at 0, hardSigmoid 0 at ±3.
 */
function backward(kind: number, x: number, dy: number, alpha: number): number {
  switch (kind) {
    case Activation.relu: return x > 0 ? dy : 0;
    case Activation.leakyRelu: return dy * (x > 0 ? 1 : alpha);
    case Activation.elu: return dy * (x > 0 ? 1 : alpha * Math.exp(x));
    case Activation.sigmoid: {
      const s = sigmoid(x);
      return dy * s * (1 - s);
    }
    case Activation.tanh: {
      const t = Math.tanh(x);
      return dy * (1 - t * t);
    }
    case Activation.gelu: {
      const c = clampBig(x);
      return dy * (0.5 * erfc(-c / Math.SQRT2) + (c * Math.exp(-0.5 * c * c)) / Math.sqrt(2 * Math.PI));
    }
    case Activation.softplus: return dy * sigmoid(x);
    case Activation.softsign: {
      const d = 1 + Math.abs(x);
      return dy / (d * d);
    }
    case Activation.selu: return dy * (x > 0 ? SELU_SCALE : SELU_SCALE * SELU_ALPHA * Math.exp(x));
    case Activation.swish: {
      const c = clampBig(x);
      const s = sigmoid(c);
      return dy * s * (1 + c * (1 - s));
    }
    case Activation.relu6: return x > 0 && x < 6 ? dy : 0;
    case Activation.hardSigmoid: return x > -3 && x < 3 ? dy / 6 : 0;
    case Activation.geluTanh: {
      const c = clampBig(x);
      const t = Math.tanh(SQRT_2_OVER_PI * (c + GELU_TANH_K * c * c * c));
      const du = SQRT_2_OVER_PI * (1 + 3 * GELU_TANH_K * c * c);
      return dy * (0.5 * (1 + t) + 0.5 * c * (1 - t * t) * du);
    }
    case Activation.exponential: return dy * Math.exp(x);
    default: return dy;
  }
}

export function activationReference(v: RefViews): ActivationKernels {
  /** Row r of an m×n float matrix, copied out so outputs may alias inputs. */
  const row = (p: number, r: number, n: number): number[] => {
    const out = new Array<number>(n);
    for (let j = 0; j < n; j++) out[j] = v.F[v.f(p, r * n + j)]!;
    return out;
  };

  return {
    activation(kind, n, alpha, x, y) {
      v.refresh();
      for (let i = 0; i < n; i++) v.F[v.f(y, i)] = forward(kind, v.F[v.f(x, i)]!, alpha);
    },
    activationBackward(kind, n, alpha, x, _y, dy, dx) {
      v.refresh();
      for (let i = 0; i < n; i++) v.F[v.f(dx, i)] = backward(kind, v.F[v.f(x, i)]!, v.F[v.f(dy, i)]!, alpha);
    },
    softmax(m, n, x, y) {
      v.refresh();
      for (let r = 0; r < m; r++) {
        const xs = row(x, r, n);
        const mx = xs.reduce((a, b) => Math.max(a, b), -Infinity);
        const e = xs.map((xi) => Math.exp(xi - mx));
        const sum = e.reduce((s, ei) => s + ei, 0);
        for (let j = 0; j < n; j++) v.F[v.f(y, r * n + j)] = e[j]! / sum;
      }
    },
    softmaxBackward(m, n, y, dy, dx) {
      v.refresh();
      for (let r = 0; r < m; r++) {
        const ys = row(y, r, n);
        const ds = row(dy, r, n);
        const dot = ys.reduce((s, yi, j) => s + yi * ds[j]!, 0);
        for (let j = 0; j < n; j++) v.F[v.f(dx, r * n + j)] = ys[j]! * (ds[j]! - dot);
      }
    },
    logSoftmax(m, n, x, y) {
      v.refresh();
      for (let r = 0; r < m; r++) {
        const xs = row(x, r, n);
        const mx = xs.reduce((a, b) => Math.max(a, b), -Infinity);
        const lse = Math.log(xs.reduce((s, xi) => s + Math.exp(xi - mx), 0));
        for (let j = 0; j < n; j++) v.F[v.f(y, r * n + j)] = xs[j]! - mx - lse;
      }
    },
    logSoftmaxBackward(m, n, y, dy, dx) {
      v.refresh();
      for (let r = 0; r < m; r++) {
        const ys = row(y, r, n);
        const ds = row(dy, r, n);
        const sum = ds.reduce((s, d) => s + d, 0);
        for (let j = 0; j < n; j++) v.F[v.f(dx, r * n + j)] = ds[j]! - Math.exp(ys[j]!) * sum;
      }
    },
  };
}
