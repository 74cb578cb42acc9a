import { Binary, NeuriteError } from "@neurite/kernels";
import { toTensor, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import { broadcastShapes, broadcastStrides, shapesEqual } from "../shape.js";
import type { Tensor } from "../tensor.js";
import { record } from "./op.js";
import { sumTo } from "./broadcast.js";
import { greater, greaterEqual, less, lessEqual } from "./compare.js";
import { log, neg, square } from "./unary.js";

/** An op argument: a tensor, or anything tensor() accepts. */
export type Arg = Tensor | TensorInput;

/** Runs a binary kernel with NumPy broadcasting; float32 in and out. */
/** @internal */
export function binaryKernel(name: string, op: number, a: Tensor, b: Tensor): Tensor {
  if (a.dtype !== "float32" || b.dtype !== "float32") {
    throw new NeuriteError("DTYPE", `${name}: expected float32 tensors, got ${a.dtype} and ${b.dtype} (cast int32 tensors first)`);
  }
  const shape = broadcastShapes(name, a.shape, b.shape);
  const y = engine.empty(shape, "float32", name);
  const be = y.backend;
  if (shapesEqual(a.shape, b.shape)) {
    be.k.binary(op, y.size, a.ptr, b.ptr, y.ptr);
  } else if (y.size > 0) {
    const [s, sa, sb] = be.ints(shape, broadcastStrides(a.shape, shape), broadcastStrides(b.shape, shape));
    be.k.binaryBroadcast(op, shape.length, s!, sa!, sb!, a.ptr, b.ptr, y.ptr);
  }
  return y;
}

/** Applies a binary kernel to op arguments, freeing tensors it made from plain numbers. */
/** @internal */
export function applyBinary(name: string, code: number, aIn: Arg, bIn: Arg, then?: (a: Tensor, b: Tensor, y: Tensor) => void): Tensor {
  const a = toTensor(aIn, name);
  const b = toTensor(bIn, name);
  const y = binaryKernel(name, code, a, b);
  then?.(a, b, y);
  if (a !== aIn) a.dispose();
  if (b !== bIn) b.dispose();
  return y;
}

/**
 * Defines a differentiable binary op. `grad` runs inside the tape's tidy scope,
 * so it may create temporaries freely; the tape sums broadcast gradients back
 * to each input's shape.
 */
function defineBinary(
  name: string,
  code: number,
  grad: (dy: Tensor, a: Tensor, b: Tensor, y: Tensor, needs: readonly boolean[]) => [Tensor | null, Tensor | null],
): (a: Arg, b: Arg) => Tensor {
  return (aIn, bIn) =>
    applyBinary(name, code, aIn, bIn, (a, b, y) =>
      record(name, [a, b], y, [a, b, y], (dy, needs) => {
        const [da, db] = grad(dy, a, b, y, needs);
        return [da && sumTo(da, a.shape), db && sumTo(db, b.shape)];
      }),
    );
}

/** a + b, elementwise with broadcasting. */
export const add = defineBinary("add", Binary.add, (dy, _a, _b, _y, needs) => [needs[0] ? dy : null, needs[1] ? dy : null]);

/** a − b, elementwise with broadcasting. */
export const sub = defineBinary("sub", Binary.sub, (dy, _a, _b, _y, needs) => [needs[0] ? dy : null, needs[1] ? neg(dy) : null]);

/** a · b, elementwise with broadcasting. */
export const mul = defineBinary("mul", Binary.mul, (dy, a, b, _y, needs) => [
  needs[0] ? mul(dy, b) : null,
  needs[1] ? mul(dy, a) : null,
]);

/** a / b, elementwise with broadcasting. */
export const div = defineBinary("div", Binary.div, (dy, a, b, _y, needs) => [
  needs[0] ? div(dy, b) : null,
  needs[1] ? neg(div(mul(dy, a), square(b))) : null,
]);

/** aᵇ, elementwise with broadcasting. */
export const pow = defineBinary("pow", Binary.pow, (dy, a, b, y, needs) => [
  // d/da a^b = b·a^(b−1), written without dividing by a so a = 0 works.
  needs[0] ? mul(dy, mul(b, pow(a, sub(b, 1)))) : null,
  // d/db a^b = a^b·ln a, taken as 0 where a ≤ 0 (as TF does).
  needs[1] ? mul(dy, mul(y, mul(greater(a, 0), log(maximum(a, 1e-30))))) : null,
]);

/** The larger of a and b, elementwise with broadcasting. */
export const maximum = defineBinary("maximum", Binary.maximum, (dy, a, b, _y, needs) => [
  needs[0] ? mul(dy, greaterEqual(a, b)) : null,
  needs[1] ? mul(dy, less(a, b)) : null,
]);

/** The smaller of a and b, elementwise with broadcasting. */
export const minimum = defineBinary("minimum", Binary.minimum, (dy, a, b, _y, needs) => [
  needs[0] ? mul(dy, lessEqual(a, b)) : null,
  needs[1] ? mul(dy, greater(a, b)) : null,
]);

/** (a − b)², elementwise with broadcasting. */
export const squaredDifference = defineBinary("squaredDifference", Binary.squaredDifference, (dy, a, b, _y, needs) => {
  const d = mul(mul(sub(a, b), 2), dy);
  return [needs[0] ? d : null, needs[1] ? neg(d) : null];
});
