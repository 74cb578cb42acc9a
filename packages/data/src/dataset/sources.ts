/** Iterator factories behind Dataset's static constructors (no Dataset import, to avoid a cycle). */
import { NeuriteError } from '@neurite/core';
import { sliceAt, sliceCount, toTree } from './structure.js';

/** What `fromGenerator` accepts: a (sync or async) generator function, or any function returning an iterable. */
export type GeneratorSource<T> = () => Iterator<T> | AsyncIterator<T> | Iterable<T> | AsyncIterable<T>;

/** Opens a fresh async iterator from a generator source. */
export function openGenerator<T>(fn: GeneratorSource<T>): AsyncIterator<T> {
  const made = fn();
  if (isAsyncIterable<T>(made)) return made[Symbol.asyncIterator]();
  if (isIterable<T>(made)) return syncToAsync(made[Symbol.iterator]());
  if (typeof (made as AsyncIterator<T>)?.next === 'function') return wrapIterator(made as Iterator<T> | AsyncIterator<T>);
  throw new NeuriteError('BAD_ARGUMENT', 'fromGenerator: the function must return an iterator or iterable');
}

function isAsyncIterable<T>(x: unknown): x is AsyncIterable<T> {
  return typeof (x as AsyncIterable<T>)?.[Symbol.asyncIterator] === 'function';
}

function isIterable<T>(x: unknown): x is Iterable<T> {
  return typeof (x as Iterable<T>)?.[Symbol.iterator] === 'function';
}

async function* syncToAsync<T>(it: Iterator<T>): AsyncGenerator<T> {
  try {
    for (let r = it.next(); !r.done; r = it.next()) yield r.value;
  } finally {
    it.return?.();
  }
}

async function* wrapIterator<T>(it: Iterator<T> | AsyncIterator<T>): AsyncGenerator<T> {
  for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
}

/** An iterator factory over a fixed list of elements. */
export function itemsSource<T>(items: readonly T[]): () => AsyncIterator<T> {
  return async function* () {
    yield* items;
  };
}

/** An iterator factory over the slices along axis 0 of `data`, and their count. */
export function slicesSource(data: unknown): { open: () => AsyncIterator<unknown>; size: number } {
  const tree = toTree(data);
  const n = sliceCount(tree);
  return {
    size: n,
    open: async function* () {
      for (let i = 0; i < n; i++) yield sliceAt(tree, i);
    },
  };
}
