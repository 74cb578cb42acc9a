/**
 * RawArray: a typed array with a shape, the tensor-free currency of this
 * package. Tensor wrappers convert at the edge (`tensor(raw.data, raw.shape,
 * raw.dtype)`), so nothing here needs a backend.
 */
import { NeuriteError } from '@neurite/core';

/** Element types of a RawArray. */
export type DType = 'float32' | 'int32';

/** A dense array without tensors: flat typed data, a shape and a dtype. */
export interface RawArray {
  data: Float32Array | Int32Array;
  shape: number[];
  dtype: DType;
}

/** A number or an arbitrarily nested array of numbers (a "tensor-like"). */
export type NestedNumbers = number | NestedNumbers[];

/** Number of elements of a shape. */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** True for objects that look like a RawArray. */
export function isRawArray(x: unknown): x is RawArray {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<RawArray>;
  return (r.data instanceof Float32Array || r.data instanceof Int32Array) && Array.isArray(r.shape)
    && (r.dtype === 'float32' || r.dtype === 'int32');
}

/** Allocates a zero-filled RawArray. */
export function zeros(shape: readonly number[], dtype: DType = 'float32'): RawArray {
  const n = sizeOf(shape);
  return { data: dtype === 'int32' ? new Int32Array(n) : new Float32Array(n), shape: [...shape], dtype };
}

/** Builds a RawArray from a typed array or nested numbers; the shape is inferred unless given. */
export function raw(values: NestedNumbers | ArrayLike<number>, shape?: readonly number[], dtype?: DType): RawArray {
  const dt: DType = dtype ?? (values instanceof Int32Array ? 'int32' : 'float32');
  if (ArrayBuffer.isView(values) || (typeof values === 'object' && !Array.isArray(values))) {
    const flat = values as ArrayLike<number>;
    const s = shape ? [...shape] : [flat.length];
    if (sizeOf(s) !== flat.length) throw new NeuriteError('SHAPE_MISMATCH', `raw: shape [${s}] does not hold ${flat.length} values`);
    const out = zeros(s, dt);
    out.data.set(flat);
    return out;
  }
  const inferred = inferShape(values);
  if (shape && sizeOf(shape) !== sizeOf(inferred)) {
    throw new NeuriteError('SHAPE_MISMATCH', `raw: shape [${shape}] does not match the data's shape [${inferred}]`);
  }
  const out = zeros(shape ?? inferred, dt);
  let i = 0;
  const fill = (v: NestedNumbers): void => {
    if (typeof v === 'number') out.data[i++] = v;
    else for (const e of v) fill(e);
  };
  fill(values);
  return out;
}

/** The shape of a nested number array; throws on ragged input. */
export function inferShape(values: NestedNumbers): number[] {
  const shape: number[] = [];
  let v: NestedNumbers = values;
  while (Array.isArray(v)) {
    shape.push(v.length);
    if (v.length === 0) break;
    v = v[0]!;
  }
  const check = (x: NestedNumbers, depth: number): void => {
    if (depth === shape.length) {
      if (typeof x !== 'number') throw new NeuriteError('DTYPE', 'raw: expected a number, got ' + describe(x));
      return;
    }
    if (!Array.isArray(x) || x.length !== shape[depth]) {
      throw new NeuriteError('SHAPE_MISMATCH', `raw: ragged nested array (expected length ${shape[depth]} at depth ${depth})`);
    }
    for (const e of x) check(e, depth + 1);
  };
  check(values, 0);
  return shape;
}

function describe(x: unknown): string {
  return Array.isArray(x) ? 'an array' : typeof x;
}

/** Row `i` of a RawArray along axis 0, as a copy (a scalar has shape []). */
export function row(a: RawArray, i: number): RawArray {
  const rowShape = a.shape.slice(1);
  const len = sizeOf(rowShape);
  return { data: a.data.slice(i * len, (i + 1) * len), shape: rowShape, dtype: a.dtype };
}

/** Rows of `a` at `indices` along axis 0, as a new RawArray. */
export function gather(a: RawArray, indices: ArrayLike<number>): RawArray {
  const len = sizeOf(a.shape.slice(1));
  const out = zeros([indices.length, ...a.shape.slice(1)], a.dtype);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    out.data.set(a.data.subarray(i * len, (i + 1) * len), k * len);
  }
  return out;
}

/** Stacks equally shaped RawArrays into one with a new leading axis. */
export function stack(items: readonly RawArray[]): RawArray {
  if (items.length === 0) throw new NeuriteError('BAD_ARGUMENT', 'stack: nothing to stack');
  const first = items[0]!;
  const len = first.data.length;
  const out = zeros([items.length, ...first.shape], first.dtype);
  items.forEach((it, k) => {
    if (it.dtype !== first.dtype || !sameShape(it.shape, first.shape)) {
      throw new NeuriteError('SHAPE_MISMATCH', `stack: element ${k} is ${it.dtype} [${it.shape}], expected ${first.dtype} [${first.shape}]`);
    }
    out.data.set(it.data, k * len);
  });
  return out;
}

/** Nested number arrays of a RawArray (a number for a scalar). */
export function toNested(a: RawArray): NestedNumbers {
  if (a.shape.length === 0) return a.data[0]!;
  const build = (offset: number, depth: number): NestedNumbers[] => {
    const n = a.shape[depth]!;
    const stride = sizeOf(a.shape.slice(depth + 1));
    const out: NestedNumbers[] = [];
    for (let i = 0; i < n; i++) {
      out.push(depth === a.shape.length - 1 ? a.data[offset + i]! : build(offset + i * stride, depth + 1));
    }
    return out;
  };
  return build(0, 0);
}

/** Shape equality. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
