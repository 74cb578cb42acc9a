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

/** −x, elementwise. */
export const neg = (x: Arg) => applyUnary("neg", Unary.neg, x);
/** |x|, elementwise. */
export const abs = (x: Arg) => applyUnary("abs", Unary.abs, x);
/** x², elementwise. */
export const square = (x: Arg) => applyUnary("square", Unary.square, x);
/** √x, elementwise. */
export const sqrt = (x: Arg) => applyUnary("sqrt", Unary.sqrt, x);
/** 1/√x, elementwise. */
export const rsqrt = (x: Arg) => applyUnary("rsqrt", Unary.rsqrt, x);
/** eˣ, elementwise. */
export const exp = (x: Arg) => applyUnary("exp", Unary.exp, x);
/** Natural logarithm, elementwise. */
export const log = (x: Arg) => applyUnary("log", Unary.log, x);
/** ln(1 + x), accurate for small x. */
export const log1p = (x: Arg) => applyUnary("log1p", Unary.log1p, x);
/** eˣ − 1, accurate for small x. */
export const expm1 = (x: Arg) => applyUnary("expm1", Unary.expm1, x);
/** 1/x, elementwise. */
export const reciprocal = (x: Arg) => applyUnary("reciprocal", Unary.reciprocal, x);
/** Sine, elementwise. */
export const sin = (x: Arg) => applyUnary("sin", Unary.sin, x);
/** Cosine, elementwise. */
export const cos = (x: Arg) => applyUnary("cos", Unary.cos, x);
/** −1, 0 or 1 by the sign of x; a constant for autodiff. */
export const sign = (x: Arg) => applyUnary("sign", Unary.sign, x, 0, 0, false);
/** Rounds down; a constant for autodiff. */
export const floor = (x: Arg) => applyUnary("floor", Unary.floor, x, 0, 0, false);
/** Rounds half to even; a constant for autodiff. */
export const round = (x: Arg) => applyUnary("round", Unary.round, x, 0, 0, false);
/** 1 where x > 0, else 0 (Heaviside); a constant for autodiff. */
export const step = (x: Arg) => applyUnary("step", Unary.step, x, 0, 0, false);

/** Clamps to [min, max]; the gradient passes where min ≤ x ≤ max. */
export function clipByValue(x: Arg, min: number, max: number): Tensor {
  if (!(min <= max)) throw new NeuriteError("BAD_ARGUMENT", `clipByValue: min (${min}) must be ≤ max (${max})`);
  return applyUnary("clipByValue", Unary.clip, x, min, max);
}

/** Alias of clipByValue. */
export const clip = clipByValue;

/** x + c and x·c for a number c (cheaper than broadcasting a scalar tensor). */
export const addScalar = (x: Arg, c: number) => applyUnary("addScalar", Unary.addScalar, x, c);
/** x·c for a number c. */
export const mulScalar = (x: Arg, c: number) => applyUnary("mulScalar", Unary.mulScalar, x, c);
/** xᶜ for a number c. */
export const powScalar = (x: Arg, c: number) => applyUnary("powScalar", Unary.powScalar, x, c);
