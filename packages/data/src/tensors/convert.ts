import * as nt from '@neurite/core';
import { type RawArray, isRawArray } from '../raw.js';

/** A structure of tensors (one, a tuple, or an object), mirrored by raw arrays inside pipelines. */
export type TensorTree = nt.Tensor | readonly TensorTree[] | { readonly [key: string]: TensorTree };

/** Host copies of every tensor leaf: pipelines shuffle and batch plain arrays, never backend memory. */
export function toRawTree(x: unknown): unknown {
  if (x instanceof nt.Tensor) return { data: x.data(), shape: [...x.shape], dtype: x.dtype } satisfies RawArray;
  if (isRawArray(x)) return x;
  if (Array.isArray(x)) return x.map(toRawTree);
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, toRawTree(v)]));
  return x;
}

/** New tensors for every raw leaf (numbers become scalars). */
export function toTensorTree(x: unknown): unknown {
  if (isRawArray(x)) return nt.tensor(x.data, x.shape, x.dtype);
  if (typeof x === 'number') return nt.scalar(x);
  if (Array.isArray(x)) return x.map(toTensorTree);
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, toTensorTree(v)]));
  return x;
}

/** Disposes every tensor leaf of a structure. */
export function disposeTree(x: unknown): void {
  if (x instanceof nt.Tensor) x.dispose();
  else if (Array.isArray(x)) x.forEach(disposeTree);
  else if (x !== null && typeof x === 'object') Object.values(x).forEach(disposeTree);
}
