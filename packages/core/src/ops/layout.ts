import { NeuriteError } from "@neurite/kernels";
import { toTensor, zeros, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import { fmt, normAxis, sizeOf, stridesOf } from "../shape.js";
import type { DType, Tensor } from "../tensor.js";
import { record } from "./op.js";

type Arg = Tensor | TensorInput;

/** Same data, new shape (a view: no copy). One axis may be -1. */
export function reshape(xIn: Arg, shape: readonly number[]): Tensor {
  const x = toTensor(xIn, "reshape");
  const out = [...shape];
  const free = out.indexOf(-1);
  if (free >= 0) {
    const rest = sizeOf(out.filter((_, i) => i !== free));
    if (rest === 0 || x.size % rest !== 0) {
      throw new NeuriteError("SHAPE_MISMATCH", `reshape: cannot infer -1 in ${fmt(shape)} for ${x.size} elements`);
    }
    out[free] = x.size / rest;
  }
  if (out.some((d) => !Number.isInteger(d) || d < 0) || sizeOf(out) !== x.size) {
    throw new NeuriteError("SHAPE_MISMATCH", `reshape: ${fmt(x.shape)} (${x.size} elements) cannot become ${fmt(shape)}`);
  }
  const y = engine.view(x, out);
  record("reshape", [x], y, [], (dy) => [reshape(dy, x.shape)]);
  if (x !== xIn) x.dispose();
  return y;
}

/** A copy with its own memory. */
export function clone(xIn: Arg): Tensor {
  const x = toTensor(xIn, "clone");
  const y = engine.empty(x.shape, x.dtype, "clone");
  engine.copyData(x, y);
  record("clone", [x], y, [], (dy) => [clone(dy)]);
  return y;
}

function strided(name: string, x: Tensor, shape: number[], strides: number[], offset: number): Tensor {
  const y = engine.empty(shape, x.dtype, name);
  if (y.size === 0) return y;
  const be = y.backend;
  const [s, st] = be.ints(shape, strides);
  const bytes = x.dtype === "int32" ? 4 : be.floatBytes;
  if (x.dtype === "int32") be.k.stridedCopyI32(shape.length, s!, st!, x.ptr + offset * bytes, y.ptr);
  else be.k.stridedCopy(shape.length, s!, st!, x.ptr + offset * bytes, y.ptr);
  return y;
}

/** Permutes axes (default: reverses them). */
export function transpose(xIn: Arg, perm?: readonly number[]): Tensor {
  const x = toTensor(xIn, "transpose");
  const p = perm ? perm.map((a) => normAxis("transpose", a, x.rank)) : x.shape.map((_, i) => x.rank - 1 - i);
  if (p.length !== x.rank || new Set(p).size !== p.length) {
    throw new NeuriteError("BAD_ARGUMENT", `transpose: perm [${perm}] is not a permutation of the ${x.rank} axes of ${fmt(x.shape)}`);
  }
  const st = stridesOf(x.shape);
  const y = strided("transpose", x, p.map((a) => x.shape[a]!), p.map((a) => st[a]!), 0);
  const inverse = p.map((_, i) => p.indexOf(i));
  record("transpose", [x], y, [], (dy) => [transpose(dy, inverse)]);
  if (x !== xIn) x.dispose();
  return y;
}

/** The block starting at `begin` with extent `size` (-1: to the end) along each axis. */
export function slice(xIn: Arg, begin: number | readonly number[], size?: number | readonly number[]): Tensor {
  const x = toTensor(xIn, "slice");
  const b = typeof begin === "number" ? [begin] : [...begin];
  const sz = size === undefined ? [] : typeof size === "number" ? [size] : [...size];
  const start = x.shape.map((_, i) => b[i] ?? 0);
  const ext = x.shape.map((d, i) => (sz[i] === undefined || sz[i] === -1 ? d - start[i]! : sz[i]!));
  x.shape.forEach((d, i) => {
    if (!Number.isInteger(start[i]) || !Number.isInteger(ext[i]) || start[i]! < 0 || ext[i]! < 0 || start[i]! + ext[i]! > d) {
      throw new NeuriteError("BAD_ARGUMENT", `slice: begin [${b}] size [${sz}] is out of bounds for shape ${fmt(x.shape)} (axis ${i})`);
    }
  });
  const st = stridesOf(x.shape);
  const offset = start.reduce((acc, s, i) => acc + s * st[i]!, 0);
  const y = strided("slice", x, ext, st, offset);
  record("slice", [x], y, [], (dy) => [pad(dy, x.shape, start)]);
  if (x !== xIn) x.dispose();
  return y;
}

/** Zeros of `shape` with x placed at `start` (the gradient of slice). */
function pad(x: Tensor, shape: readonly number[], start: readonly number[]): Tensor {
  const y = zeros(shape, x.dtype);
  if (x.size === 0) return y;
  if (shape.length === 0) {
    engine.copyData(x, y);
    return y;
  }
  const be = y.backend;
  const bytes = be.floatBytes;
  const rank = shape.length;
  const cols = x.shape[rank - 1]!;
  const yst = stridesOf(shape);
  const xst = stridesOf(x.shape);
  // Copy the innermost two axes as one 2-D block per index of the leading axes.
  const rows = rank >= 2 ? x.shape[rank - 2]! : 1;
  const lead = x.shape.slice(0, Math.max(rank - 2, 0));
  const count = sizeOf(lead);
  for (let i = 0; i < count; i++) {
    let rem = i;
    let xo = 0;
    let yo = 0;
    for (let a = lead.length - 1; a >= 0; a--) {
      const idx = rem % lead[a]!;
      rem = Math.floor(rem / lead[a]!);
      xo += idx * xst[a]!;
      yo += (idx + start[a]!) * yst[a]!;
    }
    if (rank >= 2) yo += start[rank - 2]! * yst[rank - 2]!;
    yo += start[rank - 1]!;
    be.k.copy2d(rows, cols, x.ptr + xo * bytes, cols, y.ptr + yo * bytes, rank >= 2 ? yst[rank - 2]! : cols);
  }
  record("pad", [x], y, [], (dy) => [slice(dy, start, x.shape)]);
  return y;
}

/** Joins tensors along an existing axis. */
export function concat(tensors: readonly Tensor[], axis = 0): Tensor {
  if (tensors.length === 0) throw new NeuriteError("BAD_ARGUMENT", "concat: needs at least one tensor");
  const first = tensors[0]!;
  const ax = normAxis("concat", axis, first.rank);
  for (const t of tensors) {
    if (t.rank !== first.rank || t.dtype !== first.dtype || t.shape.some((d, i) => i !== ax && d !== first.shape[i])) {
      throw new NeuriteError(
        "SHAPE_MISMATCH",
        `concat: shapes ${tensors.map((u) => fmt(u.shape)).join(", ")} differ outside axis ${ax} (or dtypes differ)`,
      );
    }
  }
  const shape = [...first.shape];
  shape[ax] = tensors.reduce((acc, t) => acc + t.shape[ax]!, 0);
  const y = engine.empty(shape, first.dtype, "concat");
  const be = y.backend;
  const bytes = first.dtype === "int32" ? 4 : be.floatBytes;
  const rows = sizeOf(shape.slice(0, ax));
  const ldy = sizeOf(shape.slice(ax));
  let at = 0;
  for (const t of tensors) {
    const cols = sizeOf(t.shape.slice(ax));
    if (cols > 0 && rows > 0) {
      if (t.dtype === "int32") be.k.copy2dI32(rows, cols, t.ptr, cols, y.ptr + at * bytes, ldy);
      else be.k.copy2d(rows, cols, t.ptr, cols, y.ptr + at * bytes, ldy);
    }
    at += cols;
  }
  record("concat", tensors, y, [], (dy) => {
    let begin = 0;
    return tensors.map((t) => {
      const start = shape.map((_, i) => (i === ax ? begin : 0));
      begin += t.shape[ax]!;
      return slice(dy, start, t.shape);
    });
  });
  return y;
}

/** Stacks same-shape tensors along a new axis. */
export function stack(tensors: readonly Tensor[], axis = 0): Tensor {
  if (tensors.length === 0) throw new NeuriteError("BAD_ARGUMENT", "stack: needs at least one tensor");
  return engine.tidy(() => concat(tensors.map((t) => expandDims(t, axis)), axis));
}

/** Inserts an axis of size 1 at `axis`. */
export function expandDims(xIn: Arg, axis = 0): Tensor {
  const x = toTensor(xIn, "expandDims");
  const ax = normAxis("expandDims", axis, x.rank + 1);
  return reshape(x, [...x.shape.slice(0, ax), 1, ...x.shape.slice(ax)]);
}

/** Drops size-1 axes (all of them, or those listed). */
export function squeeze(xIn: Arg, axis?: readonly number[]): Tensor {
  const x = toTensor(xIn, "squeeze");
  const axes = axis ? axis.map((a) => normAxis("squeeze", a, x.rank)) : x.shape.flatMap((d, i) => (d === 1 ? [i] : []));
  for (const a of axes) {
    if (x.shape[a] !== 1) throw new NeuriteError("SHAPE_MISMATCH", `squeeze: axis ${a} of ${fmt(x.shape)} is not 1`);
  }
  return reshape(x, x.shape.filter((_, i) => !axes.includes(i)));
}

/** Flattens all but the first axis. */
export function flatten2d(xIn: Arg): Tensor {
  const x = toTensor(xIn, "flatten");
  return reshape(x, [x.shape[0] ?? 1, x.rank <= 1 ? 1 : sizeOf(x.shape.slice(1))]);
}

/** Converts between float32 and int32 (float → int truncates toward zero). */
export function cast(xIn: Arg, dtype: DType): Tensor {
  const x = toTensor(xIn, "cast");
  if (dtype !== "float32" && dtype !== "int32") throw new NeuriteError("DTYPE", `cast: unknown dtype "${String(dtype)}"`);
  if (x.dtype === dtype) return clone(x);
  const y = engine.empty(x.shape, dtype, "cast");
  if (dtype === "float32") y.backend.k.castI32ToF32(x.size, x.ptr, y.ptr);
  else y.backend.k.castF32ToI32(x.size, x.ptr, y.ptr);
  return y;
}
