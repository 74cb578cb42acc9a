/** Shared shapes and helpers of the built-in datasets. */
import { trainTestSplit } from '../preprocessing/split.js';
import { type RawArray, zeros } from '../raw.js';
import { type Rng, permutation } from '../random.js';

/** Features and targets: x [n, features] float32, y [n] (int32 class ids or float32 targets). */
export interface LabeledData {
  x: RawArray;
  y: RawArray;
}

/** A fixed train/test split of a dataset. */
export interface SplitData {
  train: LabeledData;
  test: LabeledData;
}

/** The `{testSplit, seed, stratify}` option of the built-in datasets. */
export interface SplitOption {
  /** Fraction of rows held out as the test set; when given the result is `{train, test}`. */
  testSplit?: number;
  /** Seed of the split (default 0, so the split is the same everywhere). */
  seed?: number;
  /** Keep class proportions in both parts (default true). */
  stratify?: boolean;
}

/** Applies the `{testSplit, seed, stratify}` option: the data itself, or a seeded (stratified) split of it. */
export function maybeSplit(data: LabeledData, o: SplitOption): LabeledData | SplitData {
  if (o.testSplit === undefined) return data;
  const stratify = o.stratify ?? true;
  const [xTrain, xTest, yTrain, yTest] = trainTestSplit([data.x, data.y], {
    testSize: o.testSplit,
    seed: o.seed ?? 0,
    stratify: stratify ? data.y : undefined,
  });
  return { train: { x: xTrain, y: yTrain }, test: { x: xTest, y: yTest } };
}

/** Packs generated points into RawArrays, in an order shuffled by `r` (generators emit class by class). */
export function packPoints(points: readonly [number, number, number][], r: Rng, labels: 'int32' | 'float32'): LabeledData {
  const n = points.length;
  const x = zeros([n, 2]);
  const y = zeros([n], labels);
  const order = permutation(n, r);
  for (let i = 0; i < n; i++) {
    const [px, py, label] = points[order[i]!]!;
    x.data[2 * i] = px;
    x.data[2 * i + 1] = py;
    y.data[i] = label;
  }
  return { x, y };
}

/** Splits `n` into `k` near-equal class sizes (the first classes get the extra points). */
export function classSizes(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, j) => Math.floor(n / k) + (j < n % k ? 1 : 0));
}
