import type { LossKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";

/** Sizes, predictions, optional weights and gradient, and a finite scale: what every loss shares. */
function common(
  c: CheckContext, m: number, n: number, names: readonly [string, string], pred: number, weights: number, dpred: number,
  scale: number,
): void {
  c.size("m", m);
  c.size("n", n);
  c.floats(names[0], pred, m * n);
  c.optFloats("weights", weights, m);
  c.optFloats(names[1], dpred, m * n);
  c.finite("scale", scale);
}

const LOGITS = ["logits", "dlogits"] as const;
const PROBS = ["probs", "dprobs"] as const;
const PRED = ["pred", "dpred"] as const;

/** One-hot f32 [m, n] or sparse i32 [m] class ids, each in [0, n) (the kernel would read outside the row). */
function labels(c: CheckContext, m: number, n: number, ptr: number, sparse: number): void {
  c.oneOf("sparse", sparse, [0, 1]);
  if (!sparse) {
    c.floats("labels", ptr, m * n);
    return;
  }
  c.ints("labels", ptr, m);
  if (m === 0) return;
  const ids = new Int32Array(c.target.memory.buffer, ptr, m);
  for (let i = 0; i < m; i++) {
    if (ids[i]! < 0 || ids[i]! >= n) c.fail(`labels[${i}] = ${ids[i]} is not a class index in [0, ${n})`);
  }
}

function epsilon(c: CheckContext, eps: number): void {
  c.finite("eps", eps);
  if (eps < 0 || eps >= 0.5) c.fail(`eps must be in [0, 0.5), got ${eps}`);
}

export const lossChecks: CheckTable<LossKernels> = {
  softmaxCrossEntropy(c, m, n, logits, y, sparse, weights, dlogits, scale) {
    common(c, m, n, LOGITS, logits, weights, dlogits, scale);
    labels(c, m, n, y, sparse);
  },
  sigmoidCrossEntropy(c, m, n, logits, y, weights, dlogits, scale) {
    common(c, m, n, LOGITS, logits, weights, dlogits, scale);
    c.floats("labels", y, m * n);
  },
  categoricalCrossEntropy(c, m, n, probs, y, sparse, weights, dprobs, scale, eps) {
    common(c, m, n, PROBS, probs, weights, dprobs, scale);
    labels(c, m, n, y, sparse);
    epsilon(c, eps);
  },
  binaryCrossEntropy(c, m, n, probs, y, weights, dprobs, scale, eps) {
    common(c, m, n, PROBS, probs, weights, dprobs, scale);
    c.floats("labels", y, m * n);
    epsilon(c, eps);
  },
  meanSquaredError(c, m, n, pred, target, weights, dpred, scale) {
    common(c, m, n, PRED, pred, weights, dpred, scale);
    c.floats("target", target, m * n);
  },
  meanAbsoluteError(c, m, n, pred, target, weights, dpred, scale) {
    common(c, m, n, PRED, pred, weights, dpred, scale);
    c.floats("target", target, m * n);
  },
  huber(c, m, n, pred, target, weights, dpred, scale, delta) {
    common(c, m, n, PRED, pred, weights, dpred, scale);
    c.floats("target", target, m * n);
    c.finite("delta", delta);
    if (delta <= 0) c.fail(`delta must be > 0, got ${delta}`);
  },
};
