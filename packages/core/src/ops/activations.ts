import { Activation, NeuriteError, type ActivationName } from "@neurite/kernels";
import { toTensor, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import type { Tensor } from "../tensor.js";
import { kernelGrad } from "./kernel-grad.js";
import { record } from "./op.js";

type Arg = Tensor | TensorInput;

/** Applies an activation kernel; backward uses the matching kernel with x and y. */
export function activate(name: ActivationName, xIn: Arg, alpha = 0): Tensor {
  const kind = Activation[name];
  if (kind === undefined) throw new NeuriteError("BAD_ARGUMENT", `unknown activation "${String(name)}"`);
  const x = toTensor(xIn, name);
  if (x.dtype !== "float32") throw new NeuriteError("DTYPE", `${name}: expected a float32 tensor, got ${x.dtype}`);
  const y = engine.empty(x.shape, "float32", name);
  y.backend.k.activation(kind, x.size, alpha, x.ptr, y.ptr);
  record(name, [x], y, [x, y], (dy) => [
    kernelGrad(name, [x, y, dy], () => {
      const dx = engine.empty(x.shape, "float32", `${name} grad`);
      dx.backend.k.activationBackward(kind, x.size, alpha, x.ptr, y.ptr, dy.ptr, dx.ptr);
      return dx;
    }),
  ]);
  if (x !== xIn) x.dispose();
  return y;
}

/** max(0, x). */
export const relu = (x: Arg) => activate("relu", x);
/** Keras's default slope is 0.3 for the LeakyReLU layer and 0.2 for the function; TF.js uses 0.2. */
export const leakyRelu = (x: Arg, alpha = 0.2) => activate("leakyRelu", x, alpha);
/** x for x > 0, else α(eˣ − 1). */
export const elu = (x: Arg, alpha = 1) => activate("elu", x, alpha);
/** Scaled ELU with the self-normalizing constants of Klambauer et al. */
export const selu = (x: Arg) => activate("selu", x);
/** 1 / (1 + e⁻ˣ). */
export const sigmoid = (x: Arg) => activate("sigmoid", x);
/** Hyperbolic tangent. */
export const tanh = (x: Arg) => activate("tanh", x);
/** Exact GELU (erf), Keras's `approximate=False`; pass approximate for the tanh form. */
export const gelu = (x: Arg, approximate = false) => activate(approximate ? "geluTanh" : "gelu", x);
/** ln(1 + eˣ). */
export const softplus = (x: Arg) => activate("softplus", x);
/** x / (1 + |x|). */
export const softsign = (x: Arg) => activate("softsign", x);
/** x · sigmoid(x). */
export const swish = (x: Arg) => activate("swish", x);
/** Alias of swish. */
export const silu = swish;
/** min(max(0, x), 6). */
export const relu6 = (x: Arg) => activate("relu6", x);
/** Piecewise-linear sigmoid: relu6(x + 3) / 6, as Keras 3. */
export const hardSigmoid = (x: Arg) => activate("hardSigmoid", x);
