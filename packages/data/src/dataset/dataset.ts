/**
 * A lazy, re-iterable, async pipeline in the manner of tf.data. A Dataset is
 * a recipe: every `for await` (or `Symbol.asyncIterator` call) runs it again
 * from the sources, and elements are pulled one at a time on demand.
 * Iterating twice gives the same elements in the same order, unless a
 * shuffle was created with `reshuffleEachIteration: true`.
 *
 * Elements are plain values: RawArrays, numbers, strings, or tuples/objects
 * of them. The tensor wrappers convert leaves at the edge.
 */
import { NeuriteError } from '@neurite/core';
import { iterationSeed, seedOrDerive } from '../random.js';
import {
  batchGen, concatGen, filterGen, mapGen, prefetchGen, repeatGen, shuffleGen, skipGen, takeGen, zipGen,
} from './ops.js';
import { type GeneratorSource, itemsSource, openGenerator, slicesSource } from './sources.js';
import type { Batched, Slice, Sliceable } from './structure.js';

/** `cardinality()` of a dataset that never ends (tf.data.INFINITE_CARDINALITY). */
export const INFINITE_CARDINALITY = -1;
/** `cardinality()` when the length cannot be known without iterating (tf.data.UNKNOWN_CARDINALITY). */
export const UNKNOWN_CARDINALITY = -2;

const INF = INFINITE_CARDINALITY;
const UNK = UNKNOWN_CARDINALITY;

/** Options of shuffle(). */
export interface ShuffleOptions {
  /** Seed of this shuffle; without it one is drawn from the global seed stream (`setDefaultSeed`). */
  seed?: number;
  /**
   * Draw a new order on every iteration (iteration k uses a sub-seed of `seed`, so epochs are still
   * reproducible). Default false, so that iterating twice gives the same data; tf.data defaults to true.
   */
  reshuffleEachIteration?: boolean;
}

/** A lazy, re-iterable, async pipeline of elements of type T (see the module comment). */
export class Dataset<T> implements AsyncIterable<T> {
  /** Wraps an iterator factory; `open` is called once per iteration. Prefer the static constructors. */
  constructor(private readonly open: () => AsyncIterator<T>, private readonly size: number = UNK) {}

  /**
   * A dataset of the slices along axis 0 of RawArrays, number arrays, or tuples/objects of them. A nested
   * number array is one array (`[[1, 2], [3, 4]]` is a 2×2 matrix); several arrays go in as RawArrays or an object.
   */
  static fromSlices<const S extends Sliceable>(data: S): Dataset<Slice<S>> {
    const { open, size } = slicesSource(data);
    return new Dataset(open as () => AsyncIterator<Slice<S>>, size);
  }

  /** Alias of `fromSlices` (tf.data's `fromTensorSlices` over plain arrays). */
  static fromArrays<const S extends Sliceable>(data: S): Dataset<Slice<S>> {
    return Dataset.fromSlices(data);
  }

  /** A dataset of the given elements, each used as is (tf.data.array). */
  static fromItems<T>(items: Iterable<T>): Dataset<T> {
    const list = [...items];
    return new Dataset(itemsSource(list), list.length);
  }

  /** A dataset whose elements come from a (sync or async) generator function, called anew for each iteration. */
  static fromGenerator<T>(fn: GeneratorSource<T>): Dataset<T> {
    return new Dataset(() => openGenerator(fn));
  }

  /** Pairs up elements of several datasets (a tuple or an object of datasets); ends with the shortest. */
  static zip<const D extends readonly Dataset<unknown>[] | { readonly [key: string]: Dataset<unknown> }>(
    datasets: D,
  ): Dataset<{ -readonly [K in keyof D]: D[K] extends Dataset<infer E> ? E : never }> {
    const keys = Object.keys(datasets);
    const list = keys.map((k) => (datasets as Record<string, Dataset<unknown>>)[k]!);
    const asTuple = Array.isArray(datasets);
    const sizes = list.map((d) => d.size);
    const finite = sizes.filter((s) => s >= 0);
    const size = sizes.includes(UNK) ? UNK : finite.length ? Math.min(...finite) : list.length ? INF : 0;
    const open = () => mapGen(zipGen(list), (vals) => (asTuple ? vals : Object.fromEntries(keys.map((k, i) => [k, vals[i]]))));
    return new Dataset(open as () => AsyncIterator<never>, size);
  }

  /** Runs the pipeline anew and yields its elements. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.open();
  }

  /** The number of elements if known, else INFINITE_CARDINALITY or UNKNOWN_CARDINALITY. */
  cardinality(): number {
    return this.size;
  }

  /** Applies `fn` (sync or async) to each element, lazily. */
  map<U>(fn: (x: T) => U | Promise<U>): Dataset<U> {
    return new Dataset(() => mapGen(this, fn), this.size);
  }

  /** Keeps the elements for which `pred` (sync or async) holds. */
  filter(pred: (x: T) => boolean | Promise<boolean>): Dataset<T> {
    return new Dataset(() => filterGen(this, pred), this.size === 0 ? 0 : UNK);
  }

  /** Shuffles with a buffer of `bufferSize` elements (a full permutation when ≥ the length). */
  shuffle(bufferSize: number, options: ShuffleOptions = {}): Dataset<T> {
    checkCount(bufferSize, 'shuffle', 1);
    const seed = seedOrDerive(options.seed, 'shuffle');
    const reshuffle = options.reshuffleEachIteration ?? false;
    let epoch = 0;
    return new Dataset(() => {
      const k = epoch++;
      return shuffleGen(this, bufferSize, reshuffle ? iterationSeed(seed, k) : seed);
    }, this.size);
  }

  /** Stacks runs of `size` elements into batches with a leading batch axis; the last may be smaller. */
  batch(size: number, options: { dropRemainder?: boolean } = {}): Dataset<Batched<T>> {
    checkCount(size, 'batch', 1);
    const drop = options.dropRemainder ?? false;
    const n = this.size;
    const out = n < 0 ? n : drop ? Math.floor(n / size) : Math.ceil(n / size);
    return new Dataset(() => batchGen(this, size, drop) as AsyncIterator<Batched<T>>, out);
  }

  /** The first `count` elements (all when count < 0). */
  take(count: number): Dataset<T> {
    checkInteger(count, 'take');
    const n = this.size;
    const out = count < 0 ? n : n === INF ? count : n === UNK ? (count === 0 ? 0 : UNK) : Math.min(n, count);
    return new Dataset(() => takeGen(this, count), out);
  }

  /** Everything after the first `count` elements (nothing when count < 0). */
  skip(count: number): Dataset<T> {
    checkInteger(count, 'skip');
    const n = this.size;
    const out = n === INF ? (count < 0 ? 0 : INF) : n === UNK ? UNK : count < 0 ? 0 : Math.max(0, n - count);
    return new Dataset(() => skipGen(this, count), out);
  }

  /** Repeats the dataset `count` times, or forever when count is omitted or negative. */
  repeat(count = -1): Dataset<T> {
    checkInteger(count, 'repeat');
    const n = this.size;
    const out = n === 0 || count === 0 ? 0 : n === UNK ? UNK : n === INF || count < 0 ? INF : n * count;
    return new Dataset(() => repeatGen(this, count), out);
  }

  /** Pulls up to `bufferSize` elements ahead of the consumer; order is preserved. */
  prefetch(bufferSize: number): Dataset<T> {
    checkCount(bufferSize, 'prefetch', 1);
    return new Dataset(() => prefetchGen(this, bufferSize), this.size);
  }

  /** This dataset's elements followed by `other`'s. */
  concatenate(other: Dataset<T>): Dataset<T> {
    const [a, b] = [this.size, other.size];
    const out = a === INF || b === INF ? INF : a === UNK || b === UNK ? UNK : a + b;
    return new Dataset(() => concatGen(this, other), out);
  }

  /** Collects every element into an array (refuses an infinite dataset). */
  async toArray(): Promise<T[]> {
    if (this.size === INF) throw new NeuriteError('BAD_ARGUMENT', 'toArray: the dataset is infinite');
    const out: T[] = [];
    for await (const x of this) out.push(x);
    return out;
  }

  /** Calls `fn` (sync or async) on each element in order. */
  async forEachAsync(fn: (x: T) => void | Promise<void>): Promise<void> {
    for await (const x of this) {
      const r = fn(x);
      if (r) await r;
    }
  }
}

function checkInteger(n: number, op: string): void {
  if (!Number.isInteger(n)) throw new NeuriteError('BAD_ARGUMENT', `${op}: expected an integer, got ${n}`);
}

function checkCount(n: number, op: string, min: number): void {
  checkInteger(n, op);
  if (n < min) throw new NeuriteError('BAD_ARGUMENT', `${op}: expected an integer ≥ ${min}, got ${n}`);
}
