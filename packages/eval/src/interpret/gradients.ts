import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Model } from "@neurite/layers";
import { argmaxRows } from "../common/tensors.js";

/** Options of saliency. */
export interface SaliencyOptions {
  /** The output column to explain: one for all rows, or one per row. Default: each row's highest output (column 0 for a single output). */
  classIndex?: number | readonly number[];
}

/** Options of integratedGradients. */
export interface IntegratedGradientsOptions extends SaliencyOptions {
  /** The reference input, same shape as x (default zeros). */
  baseline?: nt.Tensor;
  /** Points on the path from baseline to x (midpoint rule; default 50). */
  steps?: number;
}

function check(fn: string, model: Model, x: nt.Tensor): void {
  if (!(model instanceof Model)) throw new NeuriteError("BAD_ARGUMENT", `${fn}: expects a Model`);
  if (!(x instanceof nt.Tensor) || x.rank < 2) throw new NeuriteError("BAD_ARGUMENT", `${fn}: x must be a tensor with a batch axis`);
}

/** A constant [rows, outputs] mask picking each row's explained output. */
function outputMask(fn: string, model: Model, x: nt.Tensor, classIndex: SaliencyOptions["classIndex"]): nt.Tensor {
  const out = model.predict(x);
  try {
    const rows = x.shape[0]!;
    const k = out.size / rows;
    let picks: number[];
    if (classIndex === undefined) picks = k === 1 ? new Array<number>(rows).fill(0) : argmaxRows(out.data(), rows, k);
    else picks = typeof classIndex === "number" ? new Array<number>(rows).fill(classIndex) : [...classIndex];
    if (picks.length !== rows || picks.some((c) => !Number.isInteger(c) || c < 0 || c >= k)) {
      throw new NeuriteError("BAD_ARGUMENT", `${fn}: classIndex must be an output column in [0, ${k}) (one, or one per row)`);
    }
    return nt.oneHot(Int32Array.from(picks), k);
  } finally {
    out.dispose();
  }
}

/** d(sum of the masked outputs)/d(input) at x; rows are independent in inference mode, so this is per-row. */
function inputGradient(model: Model, x: nt.Tensor, mask: nt.Tensor): nt.Tensor {
  const tape = new nt.GradientTape();
  tape.watch(x);
  const target = tape.run(() => nt.sum(nt.mul(nt.reshape(model.apply(x, { training: false }), mask.shape), mask)));
  return tape.gradient(target, [x])[0]!;
}

/** |∂ output / ∂ input| per input value (Simonyan et al.'s saliency map); same shape as x. */
export function saliency(model: Model, x: nt.Tensor, options: SaliencyOptions = {}): nt.Tensor {
  check("saliency", model, x);
  return nt.tidy(() => nt.abs(inputGradient(model, x, outputMask("saliency", model, x, options.classIndex))));
}

/**
 * Integrated gradients (Sundararajan et al., 2017): (x − baseline) times the mean
 * gradient along the straight path; the attributions of a row sum to about
 * output(x) − output(baseline).
 */
export function integratedGradients(model: Model, x: nt.Tensor, options: IntegratedGradientsOptions = {}): nt.Tensor {
  check("integratedGradients", model, x);
  const steps = options.steps ?? 50;
  if (!Number.isInteger(steps) || steps < 1) throw new NeuriteError("BAD_ARGUMENT", `integratedGradients: steps must be a positive integer, got ${steps}`);
  if (options.baseline && options.baseline.shape.join() !== x.shape.join()) {
    throw new NeuriteError("SHAPE_MISMATCH", `integratedGradients: baseline [${options.baseline.shape}] must have x's shape [${x.shape}]`);
  }
  return nt.tidy(() => {
    const mask = outputMask("integratedGradients", model, x, options.classIndex);
    const base = options.baseline ?? nt.zerosLike(x);
    const delta = nt.sub(x, base);
    let total = nt.zerosLike(x);
    for (let s = 0; s < steps; s++) {
      const next = nt.tidy(() => nt.add(total, inputGradient(model, nt.add(base, nt.mul(delta, (s + 0.5) / steps)), mask)));
      total.dispose();
      total = next;
    }
    return nt.mul(delta, nt.div(total, steps));
  });
}
