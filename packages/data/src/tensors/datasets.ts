import * as nt from '@neurite/core';
import { NeuriteError } from '@neurite/core';
import { csvDataset } from '../csv/csv.js';
import type { CsvOptions } from '../csv/schema.js';
import type { CsvSource } from '../csv/sources.js';
import type { LabeledData, SplitData, SplitOption } from '../datasets/common.js';
import { digits as rawDigits } from '../datasets/digits.js';
import { iris as rawIris } from '../datasets/iris.js';
import { type PlaygroundName, type PlaygroundOptions, blobs as rawBlobs, playground as rawPlayground, spiralK as rawSpiralK } from '../datasets/playground.js';
import type { RawArray } from '../raw.js';
import { TensorDataset } from './dataset.js';

/** Features and labels as tensors. */
export interface TensorData {
  x: nt.Tensor;
  y: nt.Tensor;
}
/** A train/test split of TensorData. */
export interface TensorSplit {
  train: TensorData;
  test: TensorData;
}

const t = (a: RawArray) => nt.tensor(a.data, a.shape, a.dtype);
const pair = (d: LabeledData): TensorData => ({ x: t(d.x), y: t(d.y) });
const split = (d: LabeledData | SplitData): TensorData | TensorSplit => ('train' in d ? { train: pair(d.train), test: pair(d.test) } : pair(d));

/** The 10,000 MNIST digits: x float32 [10000, 784] in [0, 1], y int32 [10000]; `{testSplit, seed}` → {train, test}. */
export async function digits(): Promise<TensorData>;
export async function digits(o: SplitOption & { testSplit: number }): Promise<TensorSplit>;
export async function digits(o: SplitOption = {}): Promise<TensorData | TensorSplit> {
  return split(await rawDigits(o));
}

/** Fisher's iris: x [150, 4], y int32 class ids (setosa, versicolor, virginica). */
export function iris(): TensorData & { classNames: string[]; featureNames: string[] };
export function iris(o: SplitOption & { testSplit: number }): TensorSplit & { classNames: string[]; featureNames: string[] };
export function iris(o: SplitOption = {}): (TensorData | TensorSplit) & { classNames: string[]; featureNames: string[] } {
  const d = rawIris(o);
  return { ...split(d), classNames: d.classNames, featureNames: d.featureNames };
}

/** TensorFlow Playground's 2-D sets (circle, xor, gauss, spiral; plane, multiGauss) as tensors. */
export const playground = (name: PlaygroundName, o?: PlaygroundOptions): TensorData => pair(rawPlayground(name, o));
/** k Gaussian blobs with int32 labels 0..k-1. */
export const blobs = (o?: PlaygroundOptions): TensorData => pair(rawBlobs(o));
/** k interleaved spirals with int32 labels 0..k-1. */
export const spiralK = (o?: PlaygroundOptions): TensorData => pair(rawSpiralK(o));

/**
 * CSV rows as a dataset of `{xs, ys}` float32 vectors (features and labels in
 * column order), streamed; text columns need readCsv's encoding instead.
 */
export function csv(source: CsvSource, options: CsvOptions & { label: string | string[] }): TensorDataset<{ xs: nt.Tensor; ys: nt.Tensor }> {
  const vec = (row: Record<string, number | string>, where: string): RawArray => {
    const values = Object.entries(row).map(([k, v]) => {
      if (typeof v !== 'number') throw new NeuriteError('DTYPE', `csv: column "${k}" (${where}) holds text ("${v}"); use readCsv, which encodes text columns`);
      return v;
    });
    return { data: Float32Array.from(values), shape: [values.length], dtype: 'float32' };
  };
  return new TensorDataset(csvDataset(source, options).map(({ xs, ys }) => ({ xs: vec(xs, 'features'), ys: vec(ys, 'labels') })));
}
