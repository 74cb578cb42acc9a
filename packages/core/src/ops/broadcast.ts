import { NeuriteError } from "@neurite/kernels";
import { engine } from "../engine.js";
import { broadcastShapes, broadcastStrides, fmt, shapesEqual, type Shape } from "../shape.js";
import type { Tensor } from "../tensor.js";
import { record } from "./op.js";

/** Sums x over the axes along which `shape` was broadcast to x's shape (the gradient of broadcasting). */
export function sumTo(x: Tensor, shape: Shape): Tensor {
  if (shapesEqual(x.shape, shape)) return x;
  const y = engine.empty(shape, "float32", "sumTo");
  const be = y.backend;
  be.k.fill(y.size, 0, y.ptr);
  if (x.size > 0) {
    const [s, ys] = be.ints(x.shape, broadcastStrides(shape, x.shape));
    be.k.sumToShape(x.shape.length, s!, ys!, x.ptr, y.ptr);
  }
  record("sumTo", [x], y, [], (dy) => [broadcastTo(dy, x.shape)]);
  return y;
}

/** Repeats x along size-1 (or missing leading) axes to `shape`, NumPy-style. */
export function broadcastTo(x: Tensor, shape: Shape): Tensor {
  const out = broadcastShapes("broadcastTo", x.shape, shape);
  if (!shapesEqual(out, shape)) {
    throw new NeuriteError("SHAPE_MISMATCH", `broadcastTo: ${fmt(x.shape)} cannot be broadcast to ${fmt(shape)}`);
  }
  const y = engine.empty(shape, x.dtype, "broadcastTo");
  if (y.size > 0) {
    const be = y.backend;
    const [s, xs] = be.ints(shape, broadcastStrides(x.shape, shape));
    if (x.dtype === "int32") be.k.stridedCopyI32(shape.length, s!, xs!, x.ptr, y.ptr);
    else be.k.stridedCopy(shape.length, s!, xs!, x.ptr, y.ptr);
  }
  record("broadcastTo", [x], y, [], (dy) => [sumTo(dy, x.shape)]);
  return y;
}
