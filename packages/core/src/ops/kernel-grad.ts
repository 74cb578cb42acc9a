import { NeuriteError } from "@neurite/kernels";
import { engine } from "../engine.js";
import type { Tensor } from "../tensor.js";

/**
 * Marks a backward computed by a dedicated kernel rather than by ops: it is
 * not itself differentiable, so an outer tape watching it gets a clear error
 * instead of silently wrong second-order gradients.
 */
export function kernelGrad(name: string, inputs: readonly Tensor[], fn: () => Tensor): Tensor {
  if (engine.recording && engine.tapes.some((t) => t.watches(inputs))) {
    throw new NeuriteError("UNSUPPORTED", `second-order gradients through ${name} are not supported (its backward is a fused kernel)`);
  }
  return fn();
}
