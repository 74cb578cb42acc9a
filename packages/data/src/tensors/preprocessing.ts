import * as nt from '@neurite/core';
import type { AffineScaler } from '../preprocessing/affine.js';
import { LabelEncoder } from '../preprocessing/encoders.js';
import type { MatrixLike } from '../preprocessing/matrix.js';
import { MinMaxScaler, type MinMaxScalerOptions } from '../preprocessing/min-max-scaler.js';
import { type SplitOptions, trainTestSplit as rawSplit } from '../preprocessing/split.js';
import { StandardScaler, type StandardScalerOptions } from '../preprocessing/standard-scaler.js';
import type { RawArray } from '../raw.js';
import { toRawTree } from './convert.js';

type In = nt.Tensor | MatrixLike;

const asRaw = (x: In): MatrixLike => (x instanceof nt.Tensor ? (toRawTree(x) as RawArray) : x);
const back = (x: In, r: unknown): never => (x instanceof nt.Tensor ? nt.tensor((r as RawArray).data, (r as RawArray).shape) : r) as never;

/**
 * A column scaler that also takes tensors (returning tensors); its fitted
 * state still serialises to JSON through toJSON()/preprocessorFromJSON.
 */
export interface TensorScaler<S extends AffineScaler> {
  readonly scaler: S;
  /** Learns the per-column statistics of x. */
  fit(x: In): TensorScaler<S>;
  /** Scales x (a tensor gives a tensor). */
  transform<X extends In>(x: X): X extends nt.Tensor ? nt.Tensor : ReturnType<S['transform']>;
  /** fit(x) then transform(x). */
  fitTransform<X extends In>(x: X): X extends nt.Tensor ? nt.Tensor : ReturnType<S['transform']>;
  /** Undoes transform. */
  inverseTransform<X extends In>(x: X): X extends nt.Tensor ? nt.Tensor : ReturnType<S['transform']>;
  /** The fitted state, for preprocessorFromJSON(). */
  toJSON(): ReturnType<S['toJSON']>;
}

function wrap<S extends AffineScaler>(scaler: S): TensorScaler<S> {
  const w: TensorScaler<S> = {
    scaler,
    fit: (x) => {
      scaler.fit(asRaw(x));
      return w;
    },
    transform: (x) => back(x, scaler.transform(asRaw(x))),
    fitTransform: (x) => back(x, scaler.fitTransform(asRaw(x))),
    inverseTransform: (x) => back(x, scaler.inverseTransform(asRaw(x))),
    toJSON: () => scaler.toJSON() as ReturnType<S['toJSON']>,
  };
  return w;
}

/** Zero mean, unit variance per column (scikit-learn's StandardScaler), for tensors or arrays. */
export const standardScaler = (o?: StandardScalerOptions) => wrap(new StandardScaler(o));
/** Columns scaled to a range (scikit-learn's MinMaxScaler), for tensors or arrays. */
export const minMaxScaler = (o?: MinMaxScalerOptions) => wrap(new MinMaxScaler(o));
/** Labels (strings or numbers) to ids 0..k-1 and back. */
export const labelEncoder = () => new LabelEncoder();

/** scikit-learn's train_test_split over tensors (or arrays): [aTrain, aTest, bTrain, bTest, …]. */
export function trainTestSplit(arrays: readonly (nt.Tensor | RawArray | readonly unknown[])[], options: SplitOptions & { stratify?: nt.Tensor | RawArray | ArrayLike<number | string> } = {}): nt.Tensor[] {
  const strat = options.stratify instanceof nt.Tensor ? (toRawTree(options.stratify) as RawArray) : options.stratify;
  const parts = rawSplit(arrays.map((a) => (a instanceof nt.Tensor ? toRawTree(a) : a)) as never, { ...options, stratify: strat as never }) as unknown[];
  return parts.map((p, i) => (arrays[Math.floor(i / 2)] instanceof nt.Tensor ? nt.tensor((p as RawArray).data, (p as RawArray).shape, (p as RawArray).dtype) : p)) as nt.Tensor[];
}
