import { NeuriteError } from "@neurite/kernels";
import { toTensor, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import { keyFor } from "../random.js";
import type { Tensor } from "../tensor.js";
import { kernelGrad } from "./kernel-grad.js";
import { record } from "./op.js";

/**
 * Inverted dropout: zeroes each element with probability `rate` and scales
 * the rest by 1/(1−rate). The mask comes from the counter-based generator,
 * so a given seed gives the same mask on every backend.
 */
export function dropout(xIn: Tensor | TensorInput, rate: number, seed?: number): Tensor {
  if (!(rate >= 0 && rate < 1)) throw new NeuriteError("BAD_ARGUMENT", `dropout: rate must be in [0, 1), got ${rate}`);
  const x = toTensor(xIn, "dropout");
  if (x.dtype !== "float32") throw new NeuriteError("DTYPE", `dropout: expected a float32 tensor, got ${x.dtype}`);
  const y = engine.empty(x.shape, "float32", "dropout");
  const mask = engine.empty(x.shape, "float32", "dropout mask");
  y.backend.k.dropout(x.size, x.ptr, y.ptr, mask.ptr, rate, keyFor(seed, "dropout"), 0);
  record("dropout", [x], y, [mask], (dy) => [
    kernelGrad("dropout", [dy], () => {
      const dx = engine.empty(x.shape, "float32", "dropout grad");
      dx.backend.k.dropoutBackward(x.size, dy.ptr, mask.ptr, dx.ptr);
      return dx;
    }),
  ]);
  mask.dispose();
  if (x !== xIn) x.dispose();
  return y;
}
