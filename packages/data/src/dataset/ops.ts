/**
 * The pipeline stages as async generators over an upstream iterable. Each
 * pulls only what it needs, so a `take(3)` downstream stops the whole chain
 * after three elements; breaking out of a `for await` closes every stage.
 */
import { rng } from '../random.js';
import { stackElements } from './structure.js';

/** Applies `fn` to each element. */
export async function* mapGen<T, U>(src: AsyncIterable<T>, fn: (x: T) => U | Promise<U>): AsyncGenerator<U> {
  for await (const x of src) yield await fn(x);
}

/** Keeps the elements for which `pred` holds. */
export async function* filterGen<T>(src: AsyncIterable<T>, pred: (x: T) => boolean | Promise<boolean>): AsyncGenerator<T> {
  for await (const x of src) if (await pred(x)) yield x;
}

/** The first `n` elements (all of them when n < 0); never pulls element n+1. */
export async function* takeGen<T>(src: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  if (n === 0) return;
  let i = 0;
  for await (const x of src) {
    yield x;
    if (n > 0 && ++i >= n) return;
  }
}

/** Drops the first `n` elements (all of them when n < 0). */
export async function* skipGen<T>(src: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  let i = 0;
  for await (const x of src) {
    if (n < 0 || i++ < n) continue;
    yield x;
  }
}

/** Iterates `src` `count` times (forever when count < 0); an empty source ends the repetition. */
export async function* repeatGen<T>(src: AsyncIterable<T>, count: number): AsyncGenerator<T> {
  for (let k = 0; count < 0 || k < count; k++) {
    let any = false;
    for await (const x of src) {
      any = true;
      yield x;
    }
    if (!any) return;
  }
}

/** `a`'s elements, then `b`'s. */
export async function* concatGen<T>(a: AsyncIterable<T>, b: AsyncIterable<T>): AsyncGenerator<T> {
  yield* a;
  yield* b;
}

/**
 * tf.data's buffer shuffle: fill a buffer of `size`, then repeatedly emit a
 * uniformly chosen buffered element and refill its slot from upstream. With
 * `size` ≥ the dataset length this is a uniform permutation.
 */
export async function* shuffleGen<T>(src: AsyncIterable<T>, size: number, seed: number): AsyncGenerator<T> {
  const r = rng(seed);
  const it = src[Symbol.asyncIterator]();
  const buf: T[] = [];
  let done = false;
  try {
    while (!done && buf.length < size) {
      const res = await it.next();
      if (res.done) done = true;
      else buf.push(res.value);
    }
    while (buf.length > 0) {
      const i = r.int(buf.length);
      const out = buf[i]!;
      yield out;
      const res = done ? undefined : await it.next();
      if (res && !res.done) {
        buf[i] = res.value;
      } else {
        done = true;
        buf[i] = buf[buf.length - 1]!;
        buf.pop();
      }
    }
  } finally {
    if (!done) await it.return?.();
  }
}

/**
 * The order in which `shuffle(bufferSize, {seed})` emits the elements of an n-element dataset, as indices:
 * the same draws as shuffleGen, without a dataset. Lets a training loop that gathers batches by index
 * (the compiled step) reproduce a shuffled pipeline exactly.
 */
export function shuffleOrder(n: number, bufferSize: number, seed: number): Int32Array {
  const r = rng(seed);
  const out = new Int32Array(n);
  const buf: number[] = [];
  let next = 0;
  while (next < n && buf.length < bufferSize) buf.push(next++);
  for (let k = 0; buf.length > 0; k++) {
    const i = r.int(buf.length);
    out[k] = buf[i]!;
    if (next < n) {
      buf[i] = next++;
    } else {
      buf[i] = buf[buf.length - 1]!;
      buf.pop();
    }
  }
  return out;
}

/** Groups consecutive elements into batches of `size`, stacking leaves. */
export async function* batchGen<T>(src: AsyncIterable<T>, size: number, dropRemainder: boolean): AsyncGenerator<unknown> {
  let group: T[] = [];
  for await (const x of src) {
    group.push(x);
    if (group.length === size) {
      yield stackElements(group);
      group = [];
    }
  }
  if (group.length > 0 && !dropRemainder) yield stackElements(group);
}

/**
 * Keeps up to `n` upstream pulls in flight ahead of the consumer and hands
 * results out in order. Upstream stages run concurrently with the consumer's
 * work whenever they await (I/O, fetch, timers).
 */
export async function* prefetchGen<T>(src: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  const it = src[Symbol.asyncIterator]();
  const pending: Promise<IteratorResult<T>>[] = [];
  let exhausted = false;
  const pull = (): void => {
    const p = it.next();
    // Handled later, in order; this only stops an early rejection being reported as unhandled.
    p.catch(() => undefined);
    pending.push(p);
  };
  try {
    for (;;) {
      while (!exhausted && pending.length < n) pull();
      const res = await pending.shift()!;
      if (res.done) {
        exhausted = true;
        return;
      }
      yield res.value;
    }
  } finally {
    if (!exhausted) await it.return?.();
  }
}

/** Steps several iterables together; stops at the shortest. */
export async function* zipGen(srcs: readonly AsyncIterable<unknown>[]): AsyncGenerator<unknown[]> {
  const its = srcs.map((s) => s[Symbol.asyncIterator]());
  try {
    for (;;) {
      const results = await Promise.all(its.map((it) => it.next()));
      if (results.some((r) => r.done)) return;
      yield results.map((r) => r.value);
    }
  } finally {
    await Promise.all(its.map((it) => it.return?.()));
  }
}
