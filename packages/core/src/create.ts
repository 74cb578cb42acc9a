import { NeuriteError } from "@neurite/kernels";
import { engine } from "./engine.js";
import { keyFor } from "./random.js";
import { flatten, fmt, sizeOf, type Shape } from "./shape.js";
import { Tensor, type DType, type NestedArray, type TypedArray } from "./tensor.js";

/** Values tensor() accepts: a number, a (nested) array, or a typed array. */
export type TensorInput = number | NestedArray | readonly number[] | TypedArray | readonly (readonly number[])[] | boolean[];

function write(t: Tensor, values: ArrayLike<number>): void {
  if (t.dtype === "int32") t.backend.mod.writeInts(t.ptr, values);
  else t.backend.mod.writeFloats(t.ptr, values);
}

/** A tensor from a number, a (nested) array or a typed array; float32 unless the data is an Int32Array or dtype says so. */
export function tensor(values: TensorInput | Tensor, shape?: Shape, dtype?: DType): Tensor {
  if (values instanceof Tensor) return values;
  let flat: ArrayLike<number>;
  let inferred: number[];
  if (ArrayBuffer.isView(values) && !(values instanceof DataView)) {
    flat = values as unknown as ArrayLike<number>;
    inferred = [flat.length];
    dtype ??= values instanceof Int32Array ? "int32" : "float32";
  } else {
    const f = flatten(values, "tensor");
    flat = f.flat;
    inferred = f.shape;
  }
  dtype ??= "float32";
  if (dtype !== "float32" && dtype !== "int32") {
    throw new NeuriteError("DTYPE", `tensor: dtype must be "float32" or "int32", got "${String(dtype)}"`);
  }
  const finalShape = shape ?? inferred;
  if (sizeOf(finalShape) !== flat.length) {
    throw new NeuriteError(
      "SHAPE_MISMATCH",
      `tensor: ${flat.length} values cannot have shape ${fmt(finalShape)} (${sizeOf(finalShape)} elements)`,
    );
  }
  const t = engine.empty(finalShape, dtype, "tensor");
  write(t, dtype === "int32" ? Int32Array.from(flat as ArrayLike<number>, checkInt) : flat);
  return t;
}

function checkInt(v: number, i: number): number {
  if (!Number.isInteger(v)) throw new NeuriteError("DTYPE", `tensor: int32 data must be integers, element ${i} is ${v}`);
  return v;
}

/** A rank-0 tensor. */
export function scalar(value: number, dtype: DType = "float32"): Tensor {
  return tensor([value], [], dtype);
}

/** A tensor of `shape` with every element `value`. */
export function fill(shape: Shape, value: number, dtype: DType = "float32"): Tensor {
  const t = engine.empty(shape, dtype, "fill");
  if (dtype === "int32") t.backend.k.fillI32(t.size, value, t.ptr);
  else t.backend.k.fill(t.size, value, t.ptr);
  return t;
}

/** A tensor of zeros. */
export function zeros(shape: Shape, dtype: DType = "float32"): Tensor {
  return fill(shape, 0, dtype);
}

/** A tensor of ones. */
export function ones(shape: Shape, dtype: DType = "float32"): Tensor {
  return fill(shape, 1, dtype);
}

/** Zeros with t's shape and dtype. */
export function zerosLike(t: Tensor): Tensor {
  return zeros(t.shape, t.dtype);
}

/** Ones with t's shape and dtype. */
export function onesLike(t: Tensor): Tensor {
  return ones(t.shape, t.dtype);
}

/** Refuses parameters that would silently fill a tensor with NaN. */
function finiteParams(op: string, params: Record<string, number>): void {
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new NeuriteError("BAD_ARGUMENT", `${op}: ${k} must be a finite number, got ${v}`);
  }
  if ((params.stddev ?? 0) < 0) throw new NeuriteError("BAD_ARGUMENT", `${op}: stddev must be ≥ 0, got ${params.stddev}`);
}

/** Uniform in [minval, maxval), from the seeded counter-based generator. */
export function randomUniform(shape: Shape, minval = 0, maxval = 1, seed?: number): Tensor {
  finiteParams("randomUniform", { minval, maxval });
  const t = engine.empty(shape, "float32", "randomUniform");
  t.backend.k.randomUniform(t.size, t.ptr, keyFor(seed, "randomUniform"), 0, minval, maxval);
  return t;
}

/** Normally distributed values (mean, stddev), from the seeded counter-based generator. */
export function randomNormal(shape: Shape, mean = 0, stddev = 1, seed?: number): Tensor {
  finiteParams("randomNormal", { mean, stddev });
  const t = engine.empty(shape, "float32", "randomNormal");
  t.backend.k.randomNormal(t.size, t.ptr, keyFor(seed, "randomNormal"), 0, mean, stddev);
  return t;
}

/** Normal values redrawn until within two standard deviations of the mean. */
export function truncatedNormal(shape: Shape, mean = 0, stddev = 1, seed?: number): Tensor {
  finiteParams("truncatedNormal", { mean, stddev });
  const t = engine.empty(shape, "float32", "truncatedNormal");
  t.backend.k.truncatedNormal(t.size, t.ptr, keyFor(seed, "truncatedNormal"), 0, mean, stddev);
  return t;
}

/** A tensor from an op argument: tensors pass through, numbers and arrays become new float32 tensors. */
export function toTensor(x: Tensor | TensorInput, op: string, dtype?: DType): Tensor {
  if (x instanceof Tensor) {
    if (x.isDisposed) throw new NeuriteError("DISPOSED", `${op}: an input tensor (#${x.id}, shape ${fmt(x.shape)}) was disposed`);
    return x;
  }
  if (x === null || x === undefined) throw new NeuriteError("BAD_ARGUMENT", `${op}: expected a tensor, got ${String(x)}`);
  return tensor(x, undefined, dtype);
}
