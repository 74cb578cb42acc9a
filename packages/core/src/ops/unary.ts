import { NeuriteError, Unary } from "@neurite/kernels";
import { toTensor, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import type { Tensor } from "../tensor.js";
import { kernelGrad } from "./kernel-grad.js";
import { record } from "./op.js";

type Arg = Tensor | TensorInput;

/** y = op(x) by the unary kernel, with dx = dy·op'(x) by its backward kernel. */
function applyUnary(name: string, code: number, xIn: Arg, alpha = 0, beta = 0, differentiable = true): Tensor {
  const x = toTensor(xIn, name);
  if (x.dtype !== "float32") throw new NeuriteError("DTYPE", `${name}: expected a float32 tensor, got ${x.dtype}`);
  const y = engine.empty(x.shape, "float32", name);
  y.backend.k.unary(code, x.size, alpha, beta, x.ptr, y.ptr);
  if (differentiable) {
    record(name, [x], y, [x, y], (dy) => [
      kernelGrad(name, [x, y, dy], () => {
        const dx = engine.empty(x.shape, "float32", `${name} grad`);
        dx.backend.k.unaryBackward(code, x.size, alpha, beta, x.ptr, y.ptr, dy.ptr, dx.ptr);
        return dx;
      }),
    ]);
  }
  if (x !== xIn) x.dispose();
  return y;
}

export const neg = (x: Arg) => applyUnary("neg", Unary.neg, x);
export const abs = (x: Arg) => applyUnary("abs", Unary.abs, x);
export const square = (x: Arg) => applyUnary("square", Unary.square, x);
export const sqrt = (x: Arg) => applyUnary("sqrt", Unary.sqrt, x);
export const rsqrt = (x: Arg) => applyUnary("rsqrt", Unary.rsqrt, x);
export const exp = (x: Arg) => applyUnary("exp", Unary.exp, x);
export const log = (x: Arg) => applyUnary("log", Unary.log, x);
export const log1p = (x: Arg) => applyUnary("log1p", Unary.log1p, x);
export const expm1 = (x: Arg) => applyUnary("expm1", Unary.expm1, x);
export const reciprocal = (x: Arg) => applyUnary("reciprocal", Unary.reciprocal, x);
export const sin = (x: Arg) => applyUnary("sin", Unary.sin, x);
export const cos = (x: Arg) => applyUnary("cos", Unary.cos, x);
export const sign = (x: Arg) => applyUnary("sign", Unary.sign, x, 0, 0, false);
export const floor = (x: Arg) => applyUnary("floor", Unary.floor, x, 0, 0, false);
export const round = (x: Arg) => applyUnary("round", Unary.round, x, 0, 0, false);
export const step = (x: Arg) => applyUnary("step", Unary.step, x, 0, 0, false);

/** Clamps to [min, max]; the gradient passes where min ≤ x ≤ max. */
export function clipByValue(x: Arg, min: number, max: number): Tensor {
  if (!(min <= max)) throw new NeuriteError("BAD_ARGUMENT", `clipByValue: min (${min}) must be ≤ max (${max})`);
  return applyUnary("clipByValue", Unary.clip, x, min, max);
}

export const clip = clipByValue;

/** x + c and x·c for a number c (cheaper than broadcasting a scalar tensor). */
export const addScalar = (x: Arg, c: number) => applyUnary("addScalar", Unary.addScalar, x, c);
export const mulScalar = (x: Arg, c: number) => applyUnary("mulScalar", Unary.mulScalar, x, c);
export const powScalar = (x: Arg, c: number) => applyUnary("powScalar", Unary.powScalar, x, c);
