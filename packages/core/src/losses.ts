import { NeuriteError } from "@neurite/kernels";
import { toTensor, type TensorInput } from "./create.js";
import { engine } from "./engine.js";
import { fmt } from "./shape.js";
import type { Tensor } from "./tensor.js";
import { mul } from "./ops/binary.js";
import { record } from "./ops/op.js";
import { cast } from "./ops/layout.js";

type Arg = Tensor | TensorInput;

/** Options every loss takes. */
export interface LossOptions {
  /** Per-sample weights, one per row; the result is Σ wᵢℓᵢ / rows (Keras's sum over batch size). */
  sampleWeight?: Arg;
}
/** Options of the cross-entropy losses. */
export interface CrossentropyOptions extends LossOptions {
  /** yPred holds logits rather than probabilities (fused, numerically stable). */
  fromLogits?: boolean;
}

/** Keras's epsilon for clipping probabilities. */
export const EPSILON = 1e-7;

type FusedKernel = (m: number, n: number, pred: number, labels: number, w: number, dpred: number, scale: number) => number;

/**
 * One fused loss op: the kernel returns Σ wᵢℓᵢ and, when a tape records, the
 * gradient w.r.t. the predictions in the same pass.
 */
function fused(name: string, yTrueIn: Arg, yPredIn: Arg, opts: LossOptions, sparse: boolean, kernel: (k: Tensor) => FusedKernel): Tensor {
  const yPred = toTensor(yPredIn, name);
  if (yPred.dtype !== "float32") throw new NeuriteError("DTYPE", `${name}: yPred must be float32, got ${yPred.dtype}`);
  if (yPred.rank === 0) throw new NeuriteError("SHAPE_MISMATCH", `${name}: yPred must have rank ≥ 1, got a scalar`);
  const n = yPred.rank === 1 && !sparse ? 1 : yPred.shape[yPred.rank - 1]!;
  const m = n === 0 ? 0 : yPred.size / n;
  if (m === 0) throw new NeuriteError("SHAPE_MISMATCH", `${name}: yPred ${fmt(yPred.shape)} is empty`);
  const temps: Tensor[] = [];
  const labels = prepareLabels(name, yTrueIn, yPred, m, n, sparse, temps);
  const w = opts.sampleWeight === undefined ? undefined : toTensor(opts.sampleWeight, name);
  if (w && opts.sampleWeight !== w) temps.push(w);
  if (w && (w.size !== m || w.dtype !== "float32")) {
    throw new NeuriteError("SHAPE_MISMATCH", `${name}: sampleWeight must be float32 with one value per sample (${m}), got ${w.dtype} ${fmt(w.shape)}`);
  }
  const watching = engine.recording && engine.tapes.some((t) => t.watches([yPred]));
  const grad = watching ? engine.empty(yPred.shape, "float32", `${name} grad`) : undefined;
  const total = kernel(yPred)(m, n, yPred.ptr, labels.ptr, w ? w.ptr : 0, grad ? grad.ptr : 0, 1 / m);
  const loss = toTensor(total / m, name);
  if (grad) {
    record(name, [yPred], loss, [grad], (dy) => [mul(grad, dy)]);
    grad.dispose();
  }
  for (const t of temps) t.dispose();
  if (yPred !== yPredIn) yPred.dispose();
  return loss;
}

function prepareLabels(name: string, yTrueIn: Arg, yPred: Tensor, m: number, n: number, sparse: boolean, temps: Tensor[]): Tensor {
  let yTrue = toTensor(yTrueIn, name, sparse ? "int32" : "float32");
  if (yTrue !== yTrueIn) temps.push(yTrue);
  if (sparse) {
    if (yTrue.size !== m) {
      throw new NeuriteError("SHAPE_MISMATCH", `${name}: yTrue ${fmt(yTrue.shape)} must hold one class index per row of yPred ${fmt(yPred.shape)} (${m})`);
    }
    if (yTrue.dtype === "float32") {
      const v = yTrue.data();
      if (!v.every((x) => Number.isInteger(x))) throw new NeuriteError("DTYPE", `${name}: class indices must be integers`);
      yTrue = cast(yTrue, "int32");
      temps.push(yTrue);
    }
    const ids = yTrue.data();
    for (let i = 0; i < ids.length; i++) {
      if (ids[i]! < 0 || ids[i]! >= n) {
        throw new NeuriteError("BAD_ARGUMENT", `${name}: label ${ids[i]} at row ${i} is out of range for ${n} classes`);
      }
    }
    return yTrue;
  }
  // Same shape, except that a trailing axis of 1 may be missing on either side (Keras squeezes it): [n] vs [n, 1].
  const core = (s: readonly number[]) => {
    const out = [...s];
    while (out.length > 0 && out[out.length - 1] === 1) out.pop();
    return out.join(",");
  };
  if (yTrue.size !== yPred.size || core(yTrue.shape) !== core(yPred.shape)) {
    throw new NeuriteError("SHAPE_MISMATCH", `${name}: yTrue ${fmt(yTrue.shape)} and yPred ${fmt(yPred.shape)} must have the same shape`);
  }
  if (yTrue.dtype !== "float32") {
    yTrue = cast(yTrue, "float32");
    temps.push(yTrue);
  }
  return yTrue;
}

const k = (t: Tensor) => t.backend.k;

/** Mean of (yTrue − yPred)² (Keras's MeanSquaredError). */
export function meanSquaredError(yTrue: Arg, yPred: Arg, opts: LossOptions = {}): Tensor {
  return fused("meanSquaredError", yTrue, yPred, opts, false, (t) => k(t).meanSquaredError.bind(k(t)));
}

/** Mean of |yTrue − yPred| (Keras's MeanAbsoluteError). */
export function meanAbsoluteError(yTrue: Arg, yPred: Arg, opts: LossOptions = {}): Tensor {
  return fused("meanAbsoluteError", yTrue, yPred, opts, false, (t) => k(t).meanAbsoluteError.bind(k(t)));
}

/** Huber loss: quadratic within `delta` (default 1) of the target, linear beyond. */
export function huber(yTrue: Arg, yPred: Arg, opts: LossOptions & { delta?: number } = {}): Tensor {
  const delta = opts.delta ?? 1;
  if (!(delta > 0)) throw new NeuriteError("BAD_ARGUMENT", `huber: delta must be > 0, got ${delta}`);
  return fused("huber", yTrue, yPred, opts, false, (t) => (m, n, p, l, w, d, s) => k(t).huber(m, n, p, l, w, d, s, delta));
}

/** Binary cross-entropy of 0/1 targets and probabilities (or logits with fromLogits). */
export function binaryCrossentropy(yTrue: Arg, yPred: Arg, opts: CrossentropyOptions = {}): Tensor {
  return fused("binaryCrossentropy", yTrue, yPred, opts, false, (t) =>
    opts.fromLogits
      ? k(t).sigmoidCrossEntropy.bind(k(t))
      : (m, n, p, l, w, d, s) => k(t).binaryCrossEntropy(m, n, p, l, w, d, s, EPSILON),
  );
}

/** Cross-entropy of one-hot targets and class probabilities (or logits with fromLogits). */
export function categoricalCrossentropy(yTrue: Arg, yPred: Arg, opts: CrossentropyOptions = {}): Tensor {
  return fused("categoricalCrossentropy", yTrue, yPred, opts, false, (t) =>
    opts.fromLogits
      ? (m, n, p, l, w, d, s) => k(t).softmaxCrossEntropy(m, n, p, l, 0, w, d, s)
      : (m, n, p, l, w, d, s) => k(t).categoricalCrossEntropy(m, n, p, l, 0, w, d, s, EPSILON),
  );
}

/** Cross-entropy of int32 class ids and class probabilities (or logits with fromLogits). */
export function sparseCategoricalCrossentropy(yTrue: Arg, yPred: Arg, opts: CrossentropyOptions = {}): Tensor {
  return fused("sparseCategoricalCrossentropy", yTrue, yPred, opts, true, (t) =>
    opts.fromLogits
      ? (m, n, p, l, w, d, s) => k(t).softmaxCrossEntropy(m, n, p, l, 1, w, d, s)
      : (m, n, p, l, w, d, s) => k(t).categoricalCrossEntropy(m, n, p, l, 1, w, d, s, EPSILON),
  );
}

/** Keras's names and aliases, for compile({loss: "..."}). */
export const lossesByName = {
  meanSquaredError, mse: meanSquaredError, meanAbsoluteError, mae: meanAbsoluteError, huber,
  binaryCrossentropy, categoricalCrossentropy, sparseCategoricalCrossentropy,
} as const;
