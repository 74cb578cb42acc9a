/** scikit-learn's train_test_split, seeded with this package's PRNG. */
import { NeuriteError } from '@neurite/core';
import { type RawArray, gather, isRawArray } from '../raw.js';
import { type Rng, permutation, rng, seedOrDerive, shuffleInPlace } from '../random.js';

/** Anything with rows along its first axis: a RawArray or a plain array (of numbers, strings, rows…). */
export type Splittable = RawArray | readonly unknown[];

type Out<A> = A extends RawArray ? RawArray : A extends readonly (infer E)[] ? E[] : never;

/** `[aTrain, aTest, bTrain, bTest, …]` for inputs `[a, b, …]`. */
export type SplitResult<A extends readonly unknown[]> = A extends readonly [infer H, ...infer R]
  ? [Out<H>, Out<H>, ...SplitResult<R>]
  : Out<A[number]>[];

/** Options of trainTestSplit (scikit-learn's train_test_split). */
export interface SplitOptions {
  /** Fraction (0, 1) or row count of the test set; default 0.25 (the complement of trainSize when that is given). */
  testSize?: number;
  /** Fraction (0, 1) or row count of the train set; default: the rest. */
  trainSize?: number;
  /** Seed of the shuffle; without it one is drawn from the global seed stream. */
  seed?: number;
  /** Shuffle before splitting (default true); false takes the leading rows as train. */
  shuffle?: boolean;
  /** Class labels to keep class proportions equal in both parts. */
  stratify?: RawArray | ArrayLike<string | number>;
}

function lengthOf(a: Splittable): number {
  return isRawArray(a) ? a.shape[0] ?? 0 : a.length;
}

function rows(a: Splittable, idx: Int32Array): unknown {
  return isRawArray(a) ? gather(a, idx) : Array.from(idx, (i) => a[i]);
}

/** Train and test sizes, following scikit-learn's `_validate_shuffle_split`. */
function splitSizes(n: number, o: SplitOptions): [number, number] {
  const size = (v: number, round: (x: number) => number, name: string): number => {
    if (v > 0 && v < 1) return round(v * n);
    if (Number.isInteger(v) && v >= 1 && v <= n) return v;
    throw new NeuriteError('BAD_ARGUMENT', `trainTestSplit: ${name}=${v} must be a fraction in (0, 1) or a count in [1, ${n}]`);
  };
  const test = o.testSize !== undefined ? size(o.testSize, Math.ceil, 'testSize') : undefined;
  const train = o.trainSize !== undefined ? size(o.trainSize, Math.floor, 'trainSize') : undefined;
  const nTest = test ?? (train !== undefined ? n - train : Math.ceil(0.25 * n));
  const nTrain = train ?? n - nTest;
  if (nTrain <= 0 || nTest <= 0 || nTrain + nTest > n) {
    throw new NeuriteError('BAD_ARGUMENT', `trainTestSplit: cannot split ${n} rows into ${nTrain} train and ${nTest} test rows`);
  }
  return [nTrain, nTest];
}

/** Splits `draws` over classes in proportion to `counts` (largest remainders, random ties), like `_approximate_mode`. */
function apportion(counts: number[], draws: number, r: Rng): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const exact = counts.map((c) => (c / total) * draws);
  const out = exact.map(Math.floor);
  const order = counts.map((_, i) => i);
  shuffleInPlace(order, r);
  order.sort((a, b) => (exact[b]! - out[b]!) - (exact[a]! - out[a]!));
  let left = draws - out.reduce((a, b) => a + b, 0);
  for (const i of order) {
    if (left === 0) break;
    if (out[i]! < counts[i]!) {
      out[i]!++;
      left--;
    }
  }
  return out;
}

function stratifiedIndices(labels: unknown[], nTrain: number, nTest: number, r: Rng): [Int32Array, Int32Array] {
  const byClass = new Map<unknown, number[]>();
  labels.forEach((l, i) => (byClass.get(l) ?? byClass.set(l, []).get(l)!).push(i));
  const groups = [...byClass.values()];
  const counts = groups.map((g) => g.length);
  if (Math.min(...counts) < 2) throw new NeuriteError('BAD_ARGUMENT', 'trainTestSplit: the least populated class has only 1 member; cannot stratify');
  if (nTrain < groups.length || nTest < groups.length) {
    throw new NeuriteError('BAD_ARGUMENT', `trainTestSplit: train and test sizes must be at least the number of classes (${groups.length})`);
  }
  const trainPer = apportion(counts, nTrain, r);
  const testPer = apportion(counts.map((c, i) => c - trainPer[i]!), nTest, r);
  const train: number[] = [];
  const test: number[] = [];
  groups.forEach((g, k) => {
    shuffleInPlace(g, r);
    train.push(...g.slice(0, trainPer[k]));
    test.push(...g.slice(trainPer[k], trainPer[k]! + testPer[k]!));
  });
  shuffleInPlace(train, r);
  shuffleInPlace(test, r);
  return [Int32Array.from(train), Int32Array.from(test)];
}

/** Splits arrays into random train and test subsets (scikit-learn's train_test_split): `[aTrain, aTest, bTrain, bTest, …]`. */
export function trainTestSplit<const A extends readonly Splittable[]>(arrays: A, options: SplitOptions = {}): SplitResult<A> {
  if (arrays.length === 0) throw new NeuriteError('BAD_ARGUMENT', 'trainTestSplit: give at least one array');
  const n = lengthOf(arrays[0]!);
  arrays.forEach((a, k) => {
    if (lengthOf(a) !== n) throw new NeuriteError('SHAPE_MISMATCH', `trainTestSplit: array ${k} has ${lengthOf(a)} rows, expected ${n}`);
  });
  const [nTrain, nTest] = splitSizes(n, options);
  let train: Int32Array;
  let test: Int32Array;
  if (options.shuffle === false) {
    if (options.stratify) throw new NeuriteError('BAD_ARGUMENT', 'trainTestSplit: stratify requires shuffle');
    train = Int32Array.from({ length: nTrain }, (_, i) => i);
    test = Int32Array.from({ length: nTest }, (_, i) => nTrain + i);
  } else {
    const r = rng(seedOrDerive(options.seed, 'trainTestSplit'));
    if (options.stratify) {
      const labels = isRawArray(options.stratify) ? Array.from(options.stratify.data) : Array.from(options.stratify);
      if (labels.length !== n) throw new NeuriteError('SHAPE_MISMATCH', `trainTestSplit: stratify has ${labels.length} labels, expected ${n}`);
      [train, test] = stratifiedIndices(labels, nTrain, nTest, r);
    } else {
      const p = permutation(n, r);
      test = p.slice(0, nTest);
      train = p.slice(nTest, nTest + nTrain);
    }
  }
  return arrays.flatMap((a) => [rows(a, train), rows(a, test)]) as SplitResult<A>;
}
