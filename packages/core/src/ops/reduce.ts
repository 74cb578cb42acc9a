import { ArgReduce, NeuriteError, Reduce } from "@neurite/kernels";
import { toTensor, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import { normAxes, normAxis, sizeOf } from "../shape.js";
import type { Tensor } from "../tensor.js";
import { broadcastTo } from "./broadcast.js";
import { equal } from "./compare.js";
import { div, mul } from "./binary.js";
import { record } from "./op.js";
import { reshape } from "./layout.js";

type Arg = Tensor | TensorInput;
type Axis = number | readonly number[];

/** Groups sorted axes into runs of consecutive axes: each run is one kernel call. */
function runs(axes: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const a of axes) {
    const last = out[out.length - 1];
    if (last && last[1] === a) last[1] = a + 1;
    else out.push([a, a + 1]);
  }
  return out;
}

/** Reduces `axes` of x (sorted, unique) with one kernel op; returns the reduced tensor without kept dims. */
function reduceRaw(name: string, op: number, x: Tensor, axes: number[]): Tensor {
  let cur = x;
  let shape = [...x.shape];
  // Last run first, so earlier axis numbers stay valid.
  for (const [from, to] of runs(axes).reverse()) {
    const outer = sizeOf(shape.slice(0, from));
    const len = sizeOf(shape.slice(from, to));
    const inner = sizeOf(shape.slice(to));
    if (len === 0 && (op === Reduce.max || op === Reduce.min)) {
      throw new NeuriteError("SHAPE_MISMATCH", `${name}: cannot reduce an empty axis (shape [${x.shape}])`);
    }
    shape = [...shape.slice(0, from), ...shape.slice(to)];
    const y = engine.empty(shape, "float32", name);
    y.backend.k.reduce(op, outer, len, inner, cur.ptr, y.ptr);
    if (cur !== x) cur.dispose();
    cur = y;
  }
  return cur === x ? copyOf(x) : cur;
}

function copyOf(x: Tensor): Tensor {
  const y = engine.empty(x.shape, x.dtype, "copy");
  engine.copyData(x, y);
  return y;
}

function keptShape(shape: readonly number[], axes: number[]): number[] {
  return shape.map((d, i) => (axes.includes(i) ? 1 : d));
}

function defineReduce(name: string, op: number) {
  return (xIn: Arg, axis?: Axis, keepDims = false): Tensor => {
    const x = toTensor(xIn, name);
    if (x.dtype !== "float32") throw new NeuriteError("DTYPE", `${name}: expected a float32 tensor, got ${x.dtype}`);
    const axes = normAxes(name, axis, x.rank);
    const kept = keptShape(x.shape, axes);
    const raw = reduceRaw(name, op, x, axes);
    const y = keepDims ? engine.tidy(() => reshape(raw, kept)) : raw;
    if (y !== raw) raw.dispose();
    record(name, [x], y, [x, y], (dy) => {
      const g = broadcastTo(reshape(dy, kept), x.shape);
      if (op === Reduce.sum) return [g];
      if (op === Reduce.mean) return [div(g, sizeOf(x.shape) / Math.max(sizeOf(kept), 1))];
      if (op === Reduce.prod) return [div(mul(g, broadcastTo(reshape(y, kept), x.shape)), x)];
      // max/min: the gradient flows to every element equal to the extreme, as in TF.
      return [mul(g, equal(x, broadcastTo(reshape(y, kept), x.shape)))];
    });
    if (x !== xIn) x.dispose();
    return y;
  };
}

/** Sum over `axis` (a number, a list, or all axes when omitted); `keepDims` keeps them as size 1. */
export const sum = defineReduce("sum", Reduce.sum);
/** Mean over `axis` (a number, a list, or all axes when omitted); `keepDims` keeps them as size 1. */
export const mean = defineReduce("mean", Reduce.mean);
/** Maximum over `axis` (a number, a list, or all axes when omitted); `keepDims` keeps them as size 1. */
export const max = defineReduce("max", Reduce.max);
/** Minimum over `axis` (a number, a list, or all axes when omitted); `keepDims` keeps them as size 1. */
export const min = defineReduce("min", Reduce.min);
/** Product over `axis` (a number, a list, or all axes when omitted); `keepDims` keeps them as size 1. */
export const prod = defineReduce("prod", Reduce.prod);

function defineArg(name: string, op: number) {
  return (xIn: Arg, axis = -1): Tensor => {
    const x = toTensor(xIn, name);
    if (x.dtype !== "float32") throw new NeuriteError("DTYPE", `${name}: expected a float32 tensor, got ${x.dtype}`);
    const ax = normAxis(name, axis, x.rank);
    const len = x.shape[ax] ?? 1;
    if (len === 0) throw new NeuriteError("SHAPE_MISMATCH", `${name}: axis ${axis} of shape [${x.shape}] is empty`);
    const y = engine.empty([...x.shape.slice(0, ax), ...x.shape.slice(ax + 1)], "int32", name);
    y.backend.k.argReduce(op, sizeOf(x.shape.slice(0, ax)), len, sizeOf(x.shape.slice(ax + 1)), x.ptr, y.ptr);
    if (x !== xIn) x.dispose();
    return y;
  };
}

/** Index of the largest value along `axis` (default: the last), first on ties; int32. */
export const argmax = defineArg("argmax", ArgReduce.argmax);
/** Index of the smallest value along `axis` (default: the last), first on ties; int32. */
export const argmin = defineArg("argmin", ArgReduce.argmin);
