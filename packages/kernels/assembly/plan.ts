// The compiled training step: a plan is an i32 program in memory, and one
// runPlan call replays it for many steps, so a whole chunk of an epoch costs
// one JS↔wasm crossing. Layout and opcodes: ABI.md, "plan.ts" (src/plan.ts
// holds the same numbers for TypeScript).
import { biasAdd } from "./dense";
import { reduce } from "./reduce";
import { logSoftmax, logSoftmaxBackward, softmax, softmaxBackward } from "./activations";
import { dropout, dropoutBackward } from "./random";
import {
  binaryCrossEntropy, categoricalCrossEntropy, huber, meanAbsoluteError, meanSquaredError, sigmoidCrossEntropy,
  softmaxCrossEntropy,
} from "./losses";
// The threaded wrappers: plain calls in the simd and scalar builds, split across workers in simd-threads.
import {
  gatherRowsMT as gatherRows, sgemmMT as sgemm, activationMT as activation, activationBackwardMT as activationBackward,
  sgdMT as sgd, sgdMomentumMT as sgdMomentum, adamMT as adam, rmspropMT as rmsprop, adagradMT as adagrad,
} from "./threads";

// Header words.
const H_STEPS = 2, H_LRS = 3, H_KEYS = 4, H_KEYS_PER_STEP = 5, H_LOSSES = 6, H_METRICS = 7, H_METRIC_COUNT = 8;
const HEADER = 9;

const GATHER = 1, SGEMM = 2, BIAS_ADD = 3, BIAS_GRAD = 4, ACTIVATION = 5, ACTIVATION_BACKWARD = 6;
const SOFTMAX = 7, SOFTMAX_BACKWARD = 8, LOG_SOFTMAX = 9, LOG_SOFTMAX_BACKWARD = 10, DROPOUT = 11, DROPOUT_BACKWARD = 12;
const LOSS = 13, METRIC = 14, SGD = 15, SGD_MOMENTUM = 16, ADAM = 17, RMSPROP = 18, ADAGRAD = 19, PENALTY = 20;
const SET_LR = 21;

const SOFTMAX_CE = 0, SOFTMAX_CE_SPARSE = 1, SIGMOID_CE = 2, CATEGORICAL_CE = 3, CATEGORICAL_CE_SPARSE = 4;
const BINARY_CE = 5, MSE = 6, MAE = 7, HUBER = 8;

const BINARY_ACCURACY = 0, CATEGORICAL_ACCURACY = 1, SPARSE_ACCURACY = 2, PRECISION = 3, RECALL = 4, METRIC_MSE = 5, METRIC_MAE = 6;

/** Operand i (0-based) of the op at word `pc`. */
@inline function w(plan: usize, pc: i32, i: i32): i32 {
  return load<i32>(plan + (<usize>(pc + 1 + i) << 2));
}
@inline function p(plan: usize, pc: i32, i: i32): usize {
  return <usize>w(plan, pc, i);
}
@inline function f(plan: usize, pc: i32, i: i32): f32 {
  return load<f32>(plan + (<usize>(pc + 1 + i) << 2));
}
@inline function d(plan: usize, pc: i32, i: i32): f64 {
  return load<f64>(plan + (<usize>(pc + 1 + i) << 2));
}

/** Index of the row maximum, first on ties, NaN ignored unless first (the host metrics' rule). */
function argmaxRow(n: i32, x: usize): i32 {
  let best = 0;
  let bv = load<f32>(x);
  for (let j = 1; j < n; j++) {
    const v = load<f32>(x + (<usize>j << 2));
    if (v > bv) {
      best = j;
      bv = v;
    }
  }
  return best;
}

/** Adds (numerator, denominator) of one metric over a batch to the accumulator pair at `acc`. */
function metric(kind: i32, m: i32, n: i32, pred: usize, labels: usize, acc: usize): void {
  let num: f64 = 0;
  let den: f64 = 0;
  if (kind == CATEGORICAL_ACCURACY || kind == SPARSE_ACCURACY) {
    for (let r = 0; r < m; r++) {
      const row = pred + (<usize>(r * n) << 2);
      const truth = kind == SPARSE_ACCURACY ? load<i32>(labels + (<usize>r << 2)) : argmaxRow(n, labels + (<usize>(r * n) << 2));
      if (truth == argmaxRow(n, row)) num += 1;
    }
    den = m;
  } else {
    const count = m * n;
    for (let i = 0; i < count; i++) {
      const yp = <f64>load<f32>(pred + (<usize>i << 2)), yt = <f64>load<f32>(labels + (<usize>i << 2));
      if (kind == BINARY_ACCURACY) {
        if ((yp > 0.5) == (yt > 0.5)) num += 1;
        den += 1;
      } else if (kind == PRECISION) {
        if (yp > 0.5) {
          den += 1;
          if (yt > 0.5) num += 1;
        }
      } else if (kind == RECALL) {
        if (yt > 0.5) {
          den += 1;
          if (yp > 0.5) num += 1;
        }
      } else {
        const e = yp - yt;
        num += kind == METRIC_MSE ? e * e : Math.abs(e);
        den += 1;
      }
    }
  }
  store<f64>(acc, load<f64>(acc) + num);
  store<f64>(acc, load<f64>(acc, 8) + den, 8);
}

/** l1·Σ|w| + l2·Σw², f64 throughout. */
function penalty(n: i32, x: usize, l1: f32, l2: f32): f64 {
  let a: f64 = 0;
  let s: f64 = 0;
  for (let i = 0; i < n; i++) {
    const v = <f64>load<f32>(x + (<usize>i << 2));
    a += Math.abs(v);
    s += v * v;
  }
  return <f64>l1 * a + <f64>l2 * s;
}

/** Σ w·ℓ of one fused loss op (see ABI.md losses.ts), with scale = 1/m. */
function loss(kind: i32, m: i32, n: i32, pred: usize, labels: usize, weights: usize, dpred: usize, param: f32): f64 {
  const scale = <f32>(1.0 / <f64>m);
  switch (kind) {
    case SOFTMAX_CE: return softmaxCrossEntropy(m, n, pred, labels, 0, weights, dpred, scale);
    case SOFTMAX_CE_SPARSE: return softmaxCrossEntropy(m, n, pred, labels, 1, weights, dpred, scale);
    case SIGMOID_CE: return sigmoidCrossEntropy(m, n, pred, labels, weights, dpred, scale);
    case CATEGORICAL_CE: return categoricalCrossEntropy(m, n, pred, labels, 0, weights, dpred, scale, param);
    case CATEGORICAL_CE_SPARSE: return categoricalCrossEntropy(m, n, pred, labels, 1, weights, dpred, scale, param);
    case BINARY_CE: return binaryCrossEntropy(m, n, pred, labels, weights, dpred, scale, param);
    case MSE: return meanSquaredError(m, n, pred, labels, weights, dpred, scale);
    case MAE: return meanAbsoluteError(m, n, pred, labels, weights, dpred, scale);
    default: return huber(m, n, pred, labels, weights, dpred, scale, param);
  }
}

/** Operand words of each opcode (index = opcode); must match src/plan.ts. */
const WIDTH: StaticArray<i32> = [0, 8, 13, 5, 4, 5, 7, 4, 5, 4, 5, 6, 4, 8, 6, 6, 9, 14, 13, 8, 4, 3];

/** Runs one step of the plan body: batch `b` of the epoch, slot `s` of this call's per-step arrays. */
function step(plan: usize, b: i32, s: i32, stepT: i32, stepLr: f32, lossAt: usize): void {
  let lr = stepLr, t = stepT;
  const end = HEADER + load<i32>(plan, 4);
  const keys = <usize>load<i32>(plan, H_KEYS << 2) + (<usize>(s * load<i32>(plan, H_KEYS_PER_STEP << 2)) << 2);
  let pc = HEADER;
  while (pc < end) {
    const op = load<i32>(plan + (<usize>pc << 2));
    switch (op) {
      case GATHER: {
        const idx = p(plan, pc, 3) + (<usize>(b * w(plan, pc, 4)) << 2);
        gatherRows(w(plan, pc, 5), w(plan, pc, 2), p(plan, pc, 0), idx, p(plan, pc, 6));
        break;
      }
      case SGEMM:
        sgemm(w(plan, pc, 0), w(plan, pc, 1), w(plan, pc, 2), w(plan, pc, 3), w(plan, pc, 4), f(plan, pc, 5),
          p(plan, pc, 6), w(plan, pc, 7), p(plan, pc, 8), w(plan, pc, 9), f(plan, pc, 10), p(plan, pc, 11), w(plan, pc, 12));
        break;
      case BIAS_ADD: biasAdd(w(plan, pc, 0), w(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4)); break;
      // Column sums in f64, exactly as the eager path's broadcast gradient (reduce.ts).
      case BIAS_GRAD: reduce(0, 1, w(plan, pc, 0), w(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3)); break;
      case ACTIVATION: activation(w(plan, pc, 0), w(plan, pc, 1), f(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4)); break;
      case ACTIVATION_BACKWARD:
        activationBackward(w(plan, pc, 0), w(plan, pc, 1), f(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4), p(plan, pc, 5), p(plan, pc, 6));
        break;
      case SOFTMAX: softmax(w(plan, pc, 0), w(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3)); break;
      case SOFTMAX_BACKWARD: softmaxBackward(w(plan, pc, 0), w(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4)); break;
      case LOG_SOFTMAX: logSoftmax(w(plan, pc, 0), w(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3)); break;
      case LOG_SOFTMAX_BACKWARD: logSoftmaxBackward(w(plan, pc, 0), w(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4)); break;
      case DROPOUT: {
        const key = load<u32>(keys + (<usize>w(plan, pc, 5) << 2));
        dropout(w(plan, pc, 0), p(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3), f(plan, pc, 4), key, 0);
        break;
      }
      case DROPOUT_BACKWARD: dropoutBackward(w(plan, pc, 0), p(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3)); break;
      case LOSS: {
        const m = w(plan, pc, 1);
        const total = loss(w(plan, pc, 0), m, w(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4), p(plan, pc, 5), p(plan, pc, 6), f(plan, pc, 7));
        // The eager step reports the mean as a float32 scalar.
        store<f64>(lossAt, load<f64>(lossAt) + <f64><f32>(total / <f64>m));
        break;
      }
      case METRIC: {
        const acc = <usize>load<i32>(plan, H_METRICS << 2) + (<usize>w(plan, pc, 5) << 4);
        metric(w(plan, pc, 0), w(plan, pc, 1), w(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4), acc);
        break;
      }
      case SGD: sgd(w(plan, pc, 0), p(plan, pc, 1), p(plan, pc, 2), lr, 1, f(plan, pc, 3), f(plan, pc, 4), f(plan, pc, 5)); break;
      case SGD_MOMENTUM:
        sgdMomentum(w(plan, pc, 0), p(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3), lr, f(plan, pc, 4), w(plan, pc, 5), 1,
          f(plan, pc, 6), f(plan, pc, 7), f(plan, pc, 8));
        break;
      case ADAM: {
        // Powers in f64 from the f64 betas, as the eager optimizer computes them.
        const beta1 = d(plan, pc, 5), beta2 = d(plan, pc, 7), next = <f64>(t + 1);
        adam(w(plan, pc, 0), p(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4), lr, <f32>beta1, <f32>beta2,
          f(plan, pc, 9), <f32>Math.pow(beta1, next), <f32>Math.pow(beta2, next), f(plan, pc, 10), 1,
          f(plan, pc, 11), f(plan, pc, 12), f(plan, pc, 13));
        break;
      }
      case RMSPROP:
        rmsprop(w(plan, pc, 0), p(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3), p(plan, pc, 4), p(plan, pc, 5), lr,
          f(plan, pc, 6), f(plan, pc, 7), f(plan, pc, 8), w(plan, pc, 9), 1, f(plan, pc, 10), f(plan, pc, 11), f(plan, pc, 12));
        break;
      case ADAGRAD:
        adagrad(w(plan, pc, 0), p(plan, pc, 1), p(plan, pc, 2), p(plan, pc, 3), lr, f(plan, pc, 4), 1, f(plan, pc, 5), f(plan, pc, 6), f(plan, pc, 7));
        break;
      // The updates that follow use group g of G's rate (lrs holds G per step: a MultiOptimizer's groups) and
      // step count, `lag` steps behind the plan's (a group that was frozen for a while).
      case SET_LR:
        lr = load<f32>(<usize>load<i32>(plan, H_LRS << 2) + (<usize>(s * w(plan, pc, 1) + w(plan, pc, 0)) << 2));
        t = stepT - w(plan, pc, 2);
        break;
      case PENALTY:
        store<f64>(lossAt, load<f64>(lossAt) + penalty(w(plan, pc, 0), p(plan, pc, 1), f(plan, pc, 2), f(plan, pc, 3)));
        break;
      default: unreachable();
    }
    pc += 1 + unchecked(WIDTH[op]);
  }
}

/**
 * Runs batches [first, first + count) of the epoch: step s uses lrs[s],
 * keys[s·keysPerStep …], writes losses[s] and adds to the metric pairs
 * (zeroed first). Advances the plan's step counter; returns its new value.
 */
export function runPlan(plan: usize, first: i32, count: i32): i32 {
  const lrs = <usize>load<i32>(plan, H_LRS << 2), losses = <usize>load<i32>(plan, H_LOSSES << 2);
  memory.fill(<usize>load<i32>(plan, H_METRICS << 2), 0, <usize>load<i32>(plan, H_METRIC_COUNT << 2) << 4);
  let t = load<i32>(plan, H_STEPS << 2);
  for (let s = 0; s < count; s++) {
    const lossAt = losses + (<usize>s << 3);
    store<f64>(lossAt, 0);
    step(plan, first + s, s, t, load<f32>(lrs + (<usize>s << 2)), lossAt);
    t++;
  }
  store<i32>(plan, t, H_STEPS << 2);
  return t;
}
