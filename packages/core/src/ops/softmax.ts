import { NeuriteError } from "@neurite/kernels";
import { toTensor, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import { normAxis } from "../shape.js";
import type { Tensor } from "../tensor.js";
import { kernelGrad } from "./kernel-grad.js";
import { record } from "./op.js";

type Arg = Tensor | TensorInput;

function rowwise(name: "softmax" | "logSoftmax", xIn: Arg, axis: number): Tensor {
  const x = toTensor(xIn, name);
  if (x.dtype !== "float32") throw new NeuriteError("DTYPE", `${name}: expected a float32 tensor, got ${x.dtype}`);
  if (x.rank === 0) throw new NeuriteError("SHAPE_MISMATCH", `${name}: needs a tensor of rank ≥ 1, got a scalar`);
  if (normAxis(name, axis, x.rank) !== x.rank - 1) {
    throw new NeuriteError("UNSUPPORTED", `${name}: only the last axis is supported (got axis ${axis} for rank ${x.rank}); transpose first`);
  }
  const n = x.shape[x.rank - 1]!;
  const m = n === 0 ? 0 : x.size / n;
  const y = engine.empty(x.shape, "float32", name);
  const k = y.backend.k;
  if (name === "softmax") k.softmax(m, n, x.ptr, y.ptr);
  else k.logSoftmax(m, n, x.ptr, y.ptr);
  record(name, [x], y, [y], (dy) => [
    kernelGrad(name, [y, dy], () => {
      const dx = engine.empty(x.shape, "float32", `${name} grad`);
      if (name === "softmax") k.softmaxBackward(m, n, y.ptr, dy.ptr, dx.ptr);
      else k.logSoftmaxBackward(m, n, y.ptr, dy.ptr, dx.ptr);
      return dx;
    }),
  ]);
  if (x !== xIn) x.dispose();
  return y;
}

/** Softmax along the last axis, max-subtracted for stability. */
export const softmax = (x: Arg, axis = -1) => rowwise("softmax", x, axis);
/** log(softmax(x)) along the last axis, computed stably. */
export const logSoftmax = (x: Arg, axis = -1) => rowwise("logSoftmax", x, axis);
