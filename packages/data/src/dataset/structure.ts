/**
 * Element structures: a leaf (RawArray or number) or a tuple/object of
 * structures. Slicing (fromSlices) and batching walk them the same way, so the
 * tensor wrappers only ever have to convert leaves.
 */
import { NeuriteError } from '@neurite/core';
import { type NestedNumbers, type RawArray, isRawArray, raw, row, stack, zeros } from '../raw.js';

/** What `fromSlices` accepts: RawArrays, typed arrays, nested number arrays, or tuples/objects of them. */
export type Sliceable =
  | RawArray | Float32Array | Int32Array | readonly NestedNumbers[]
  | readonly Sliceable[] | { readonly [key: string]: Sliceable };

/** The element type of `fromSlices(S)`: every leaf becomes a RawArray with the first axis removed. */
export type Slice<S> = S extends RawArray | Float32Array | Int32Array ? RawArray
  : S extends readonly NestedNumbers[] ? RawArray
  : S extends readonly unknown[] ? { -readonly [K in keyof S]: Slice<S[K]> }
  : S extends object ? { -readonly [K in keyof S]: Slice<S[K]> }
  : never;

/** The element type after `batch()`: leaves (RawArray or number) become RawArrays with a leading batch axis. */
export type Batched<T> = T extends RawArray | number ? RawArray
  : T extends readonly unknown[] ? { -readonly [K in keyof T]: Batched<T[K]> }
  : T extends object ? { -readonly [K in keyof T]: Batched<T[K]> }
  : never;

type Tree = RawArray | Tree[] | { [key: string]: Tree };

/** True when `x` is a number or a (possibly nested) array holding only numbers. */
function isNumeric(x: unknown): x is NestedNumbers {
  if (typeof x === 'number') return true;
  return Array.isArray(x) && x.every(isNumeric);
}

/** Converts every leaf of a slice source to a RawArray. */
export function toTree(s: unknown): Tree {
  if (isRawArray(s)) return s;
  if (s instanceof Float32Array || s instanceof Int32Array) return raw(s);
  if (Array.isArray(s)) {
    if (s.length > 0 && isNumeric(s)) return raw(s);
    if (s.length === 0) return raw([]);
    return s.map(toTree);
  }
  if (typeof s === 'object' && s !== null) {
    return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, toTree(v)]));
  }
  throw new NeuriteError('BAD_ARGUMENT', `fromSlices: cannot slice ${typeof s}; give RawArrays, number arrays, or tuples/objects of them`);
}

/** Leaves of a tree, depth first. */
function leaves(t: Tree, out: RawArray[] = []): RawArray[] {
  if (isRawArray(t)) out.push(t);
  else if (Array.isArray(t)) t.forEach((c) => leaves(c, out));
  else Object.values(t).forEach((c) => leaves(c, out));
  return out;
}

/** The common first-axis length of all leaves; throws if they disagree or a leaf is a scalar. */
export function sliceCount(t: Tree): number {
  const ls = leaves(t);
  if (ls.length === 0) throw new NeuriteError('BAD_ARGUMENT', 'fromSlices: no arrays to slice');
  let n = -1;
  for (const l of ls) {
    if (l.shape.length === 0) throw new NeuriteError('SHAPE_MISMATCH', 'fromSlices: cannot slice a scalar');
    if (n >= 0 && l.shape[0] !== n) {
      throw new NeuriteError('SHAPE_MISMATCH', `fromSlices: arrays differ in their first dimension (${n} vs ${l.shape[0]})`);
    }
    n = l.shape[0]!;
  }
  return n;
}

/** The i-th slice along axis 0 of every leaf. */
export function sliceAt(t: Tree, i: number): unknown {
  if (isRawArray(t)) return row(t, i);
  if (Array.isArray(t)) return t.map((c) => sliceAt(c, i));
  return Object.fromEntries(Object.entries(t).map(([k, c]) => [k, sliceAt(c, i)]));
}

/** Stacks a list of equally structured elements leaf by leaf. */
export function stackElements(items: readonly unknown[]): unknown {
  const first = items[0];
  if (isRawArray(first)) return stack(items as RawArray[]);
  if (typeof first === 'number') {
    const out = zeros([items.length]);
    items.forEach((v, i) => (out.data[i] = v as number));
    return out;
  }
  if (Array.isArray(first)) {
    return first.map((_, k) => stackElements(items.map((it) => fieldOf(it, k))));
  }
  if (typeof first === 'object' && first !== null) {
    return Object.fromEntries(Object.keys(first).map((k) => [k, stackElements(items.map((it) => fieldOf(it, k)))]));
  }
  throw new NeuriteError('DTYPE', `batch: cannot batch elements of type ${typeof first}; map them to numbers or RawArrays first`);
}

function fieldOf(item: unknown, key: string | number): unknown {
  const v = (item as Record<string | number, unknown>)?.[key];
  if (v === undefined) throw new NeuriteError('SHAPE_MISMATCH', `batch: elements differ in structure (missing field ${String(key)})`);
  return v;
}
