import { NeuriteError } from "@neurite/kernels";
import { toTensor, zeros, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import { broadcastShapes, sizeOf } from "../shape.js";
import type { Tensor } from "../tensor.js";
import { broadcastTo, sumTo } from "./broadcast.js";
import { record } from "./op.js";

type Arg = Tensor | TensorInput;

function indexTensor(op: string, idx: Tensor | readonly number[] | Int32Array, bound: number): Tensor {
  const t = toTensor(idx as Arg, op, "int32");
  if (t.dtype !== "int32") throw new NeuriteError("DTYPE", `${op}: indices must be int32, got ${t.dtype}`);
  const values = t.data();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 0 || v >= bound) {
      throw new NeuriteError("BAD_ARGUMENT", `${op}: index ${v} at position ${i} is out of range [0, ${bound})`);
    }
  }
  return t;
}

/** Rows of x (along axis 0) picked by integer indices. */
export function gather(xIn: Arg, indices: Tensor | readonly number[] | Int32Array): Tensor {
  const x = toTensor(xIn, "gather");
  if (x.rank === 0) throw new NeuriteError("SHAPE_MISMATCH", "gather: cannot gather rows of a scalar");
  const idx = indexTensor("gather", indices, x.shape[0]!);
  const rowLen = sizeOf(x.shape.slice(1));
  const y = engine.empty([...idx.shape, ...x.shape.slice(1)], x.dtype, "gather");
  if (y.size > 0) {
    if (x.dtype === "int32") y.backend.k.gatherRowsI32(idx.size, rowLen, x.ptr, idx.ptr, y.ptr);
    else y.backend.k.gatherRows(idx.size, rowLen, x.ptr, idx.ptr, y.ptr);
  }
  record("gather", [x], y, [idx], (dy) => {
    const dx = zeros(x.shape);
    if (dy.size > 0) dx.backend.k.scatterAddRows(idx.size, rowLen, dy.ptr, idx.ptr, dx.ptr);
    return [dx];
  });
  if (idx !== indices) idx.dispose();
  if (x !== xIn) x.dispose();
  return y;
}

/** One row of `depth` per index: `on` at the index, `off` elsewhere (out-of-range indices give all `off`). */
export function oneHot(indices: Tensor | readonly number[] | Int32Array, depth: number, onValue = 1, offValue = 0): Tensor {
  if (!Number.isInteger(depth) || depth < 1) throw new NeuriteError("BAD_ARGUMENT", `oneHot: depth must be a positive integer, got ${depth}`);
  const idx = toTensor(indices as Arg, "oneHot", "int32");
  if (idx.dtype !== "int32") throw new NeuriteError("DTYPE", `oneHot: indices must be int32, got ${idx.dtype}`);
  const y = engine.empty([...idx.shape, depth], "float32", "oneHot");
  y.backend.k.oneHot(idx.size, depth, idx.ptr, onValue, offValue, y.ptr);
  if (idx !== indices) idx.dispose();
  return y;
}

/** Elementwise choice: a where cond ≠ 0, else b; all three broadcast together. */
export function where(condIn: Arg, aIn: Arg, bIn: Arg): Tensor {
  const cond = toTensor(condIn, "where");
  const a = toTensor(aIn, "where");
  const b = toTensor(bIn, "where");
  if (cond.dtype !== "float32" || a.dtype !== "float32" || b.dtype !== "float32") {
    throw new NeuriteError("DTYPE", `where: expected float32 tensors, got ${cond.dtype}, ${a.dtype}, ${b.dtype}`);
  }
  const shape = broadcastShapes("where", broadcastShapes("where", cond.shape, a.shape), b.shape);
  const y = engine.tidy(() => {
    const [c2, a2, b2] = [cond, a, b].map((t) => (t.shape.join() === shape.join() ? t : broadcastTo(t, shape))) as [Tensor, Tensor, Tensor];
    const out = engine.empty(shape, "float32", "where");
    out.backend.k.select(out.size, c2.ptr, a2.ptr, b2.ptr, out.ptr);
    return out;
  });
  record("where", [a, b], y, [cond], (dy, needs) => {
    const zero = zeros(dy.shape);
    const mask = cond.shape.join() === shape.join() ? cond : broadcastTo(cond, shape);
    const pick = (first: Tensor, second: Tensor) => {
      const out = engine.empty(dy.shape, "float32", "where grad");
      out.backend.k.select(out.size, mask.ptr, first.ptr, second.ptr, out.ptr);
      return out;
    };
    return [needs[0] ? sumTo(pick(dy, zero), a.shape) : null, needs[1] ? sumTo(pick(zero, dy), b.shape) : null];
  });
  for (const [t, inp] of [[cond, condIn], [a, aIn], [b, bIn]] as const) if (t !== inp) t.dispose();
  return y;
}
