import * as nt from '@neurite/core';
import { Dataset, type ShuffleOptions } from '../dataset/dataset.js';
import type { GeneratorSource } from '../dataset/sources.js';
import { disposeTree, toRawTree, toTensorTree } from './convert.js';

/**
 * The user-facing dataset (`nt.data`): elements are tensors (or tuples/objects
 * of tensors). Inside, the pipeline shuffles and batches host arrays and makes
 * tensors only when an element is handed out; whoever takes an element owns
 * its tensors (fitDataset disposes each batch after its step).
 */
export class TensorDataset<T = nt.Tensor> implements AsyncIterable<T> {
  /** @internal */
  constructor(readonly raw: Dataset<unknown>) {}

  /** Runs the pipeline anew; each element's tensors belong to the caller. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const r of this.raw) yield toTensorTree(r) as T;
  }

  /** The number of elements if known (see the Dataset constants for infinite and unknown). */
  cardinality(): number {
    return this.raw.cardinality();
  }

  /** Applies fn to each element's tensors; the tensors fn creates are freed once the result is copied. */
  map<U>(fn: (x: T) => U): TensorDataset<U> {
    return new TensorDataset(this.raw.map((r) => nt.tidy(() => toRawTree(fn(toTensorTree(r) as T)))));
  }

  /** Keeps the elements for which pred is true. */
  filter(pred: (x: T) => boolean): TensorDataset<T> {
    return new TensorDataset(this.raw.filter((r) => nt.tidy(() => pred(toTensorTree(r) as T))));
  }

  /** Shuffles through a buffer of `bufferSize` elements, seeded by `seed` or nt.setSeed; the same order on every pass unless `reshuffleEachIteration`. */
  shuffle(bufferSize: number, options?: ShuffleOptions): TensorDataset<T> {
    return new TensorDataset(this.raw.shuffle(bufferSize, options));
  }

  /** Stacks consecutive elements into batches of `size` (the last may be smaller unless dropRemainder). */
  batch(size: number, options?: { dropRemainder?: boolean }): TensorDataset<T> {
    return new TensorDataset(this.raw.batch(size, options));
  }

  /** The first `count` elements. */
  take(count: number): TensorDataset<T> {
    return new TensorDataset(this.raw.take(count));
  }

  /** All but the first `count` elements. */
  skip(count: number): TensorDataset<T> {
    return new TensorDataset(this.raw.skip(count));
  }

  /** Repeats the dataset `count` times (forever without it). */
  repeat(count?: number): TensorDataset<T> {
    return new TensorDataset(this.raw.repeat(count));
  }

  /** Prepares up to `bufferSize` elements ahead of the consumer. */
  prefetch(bufferSize: number): TensorDataset<T> {
    return new TensorDataset(this.raw.prefetch(bufferSize));
  }

  /** This dataset's elements, then other's. */
  concatenate(other: TensorDataset<T>): TensorDataset<T> {
    return new TensorDataset(this.raw.concatenate(other.raw));
  }

  /** Every element, as tensors (the caller owns them). */
  async toArray(): Promise<T[]> {
    return (await this.raw.toArray()).map((r) => toTensorTree(r) as T);
  }

  /** Calls fn on each element and frees its tensors afterwards. */
  async forEachAsync(fn: (x: T) => void | Promise<void>): Promise<void> {
    for await (const x of this) {
      try {
        await fn(x);
      } finally {
        disposeTree(x);
      }
    }
  }
}

/** Slices tensors (or arrays, or a tuple/object of them) along their first axis. */
export function fromTensorSlices<const S>(x: S): TensorDataset<S extends readonly unknown[] ? nt.Tensor[] : S extends nt.Tensor ? nt.Tensor : Record<string, nt.Tensor>> {
  return new TensorDataset(Dataset.fromSlices(toRawTree(x) as never) as Dataset<unknown>);
}

/** Alias of fromTensorSlices for plain arrays. */
export const fromArrays = fromTensorSlices;

/** A dataset from a (sync or async) generator function, re-run on each iteration; yield tensors or arrays. */
export function fromGenerator<T>(fn: GeneratorSource<T>): TensorDataset<T> {
  return new TensorDataset(Dataset.fromGenerator(fn).map((x) => toRawTree(x)));
}

/** Zips datasets element-wise into tuples (or objects); ends with the shortest. */
export function zip(datasets: readonly TensorDataset<unknown>[]): TensorDataset<unknown[]> {
  return new TensorDataset(Dataset.zip(datasets.map((d) => d.raw)) as Dataset<unknown>);
}
