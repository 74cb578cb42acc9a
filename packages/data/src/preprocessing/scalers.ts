/**
 * Column scalers with scikit-learn's semantics. Both are per-column affine
 * maps y = x·mul + add, fitted in float64; NaNs are ignored when fitting and
 * passed through by transform, as scikit-learn does.
 */
import { type Matrix, type MatrixLike, type Same, checkColumns, fromMatrix, toMatrix } from './matrix.js';

/** The JSON form of a fitted (or unfitted) preprocessor: Keras-style className + config, plus fitted state. */
export interface PreprocessorJSON {
  className: string;
  config: Record<string, unknown>;
  state: Record<string, unknown> | null;
}

abstract class AffineScaler {
  protected mul?: Float64Array;
  protected add?: Float64Array;
  /** Class name for messages (constructor.name does not survive minification). */
  protected abstract readonly kind: string;

  protected abstract fitMatrix(m: Matrix): void;
  abstract toJSON(): PreprocessorJSON;

  /** Learns the per-column statistics of `x`. */
  fit(x: MatrixLike): this {
    this.fitMatrix(toMatrix(x, `${this.kind}.fit`));
    return this;
  }

  /** Scales `x`; returns the same kind of container (RawArray → float32 RawArray). */
  transform<X extends MatrixLike>(x: X): Same<X> {
    return this.apply(x, false);
  }

  /** `fit(x)` then `transform(x)`. */
  fitTransform<X extends MatrixLike>(x: X): Same<X> {
    return this.fit(x).transform(x);
  }

  /** Undoes `transform`. */
  inverseTransform<X extends MatrixLike>(x: X): Same<X> {
    return this.apply(x, true);
  }

  protected apply<X extends MatrixLike>(x: X, inverse: boolean): Same<X> {
    const op = `${this.kind}.${inverse ? 'inverseTransform' : 'transform'}`;
    const m = toMatrix(x, op);
    const cols = checkColumns(m, this.mul?.length, op);
    const mul = this.mul!;
    const add = this.add!;
    const d = m.data;
    for (let i = 0; i < d.length; i++) {
      const j = i % cols;
      d[i] = inverse ? (d[i]! - add[j]!) / mul[j]! : d[i]! * mul[j]! + add[j]!;
    }
    this.postTransform(d, cols, inverse);
    return fromMatrix(x, m);
  }

  protected postTransform(_data: Float64Array, _cols: number, _inverse: boolean): void {}
}

/** Per-column count, min, max, mean and population variance, skipping NaNs. */
function columnStats(m: Matrix) {
  const { rows, cols, data } = m;
  const count = new Float64Array(cols);
  const mean = new Float64Array(cols);
  const m2 = new Float64Array(cols);
  const min = new Float64Array(cols).fill(Infinity);
  const max = new Float64Array(cols).fill(-Infinity);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = data[i * cols + j]!;
      if (Number.isNaN(v)) continue;
      // Welford's update: stable for large offsets.
      const c = ++count[j]!;
      const delta = v - mean[j]!;
      mean[j]! += delta / c;
      m2[j]! += delta * (v - mean[j]!);
      if (v < min[j]!) min[j] = v;
      if (v > max[j]!) max[j] = v;
    }
  }
  const variance = m2.map((s, j) => (count[j]! > 0 ? s / count[j]! : NaN));
  return { count, mean, variance, min, max };
}

/** A scale of zero (a constant column) becomes 1, as in scikit-learn's `_handle_zeros_in_scale`. */
function nonZero(s: number): number {
  return s === 0 || !Number.isFinite(s) ? 1 : s;
}

export interface StandardScalerOptions {
  withMean?: boolean;
  withStd?: boolean;
}

/** Standardises columns to zero mean and unit (population) variance; constant columns get scale 1. */
export class StandardScaler extends AffineScaler {
  protected readonly kind = 'StandardScaler';
  readonly withMean: boolean;
  readonly withStd: boolean;
  mean?: number[];
  variance?: number[];
  scale?: number[];
  nSamplesSeen?: number[];

  constructor(options: StandardScalerOptions = {}) {
    super();
    this.withMean = options.withMean ?? true;
    this.withStd = options.withStd ?? true;
  }

  protected fitMatrix(m: Matrix): void {
    const s = columnStats(m);
    this.setState(Array.from(s.mean), Array.from(s.variance), Array.from(s.count));
  }

  private setState(mean: number[], variance: number[], count: number[]): void {
    this.mean = mean;
    this.variance = variance;
    this.nSamplesSeen = count;
    this.scale = variance.map((v) => (this.withStd ? nonZero(Math.sqrt(v)) : 1));
    this.mul = Float64Array.from(this.scale, (s) => 1 / s);
    this.add = Float64Array.from(mean, (mu, j) => (this.withMean ? -mu * this.mul![j]! : 0));
  }

  toJSON(): PreprocessorJSON {
    return {
      className: 'StandardScaler',
      config: { withMean: this.withMean, withStd: this.withStd },
      state: this.mean ? { mean: this.mean, variance: this.variance, nSamplesSeen: this.nSamplesSeen } : null,
    };
  }

  /** Rebuilds a scaler from `toJSON()` output. */
  static fromJSON(json: PreprocessorJSON): StandardScaler {
    const s = new StandardScaler(json.config as StandardScalerOptions);
    const st = json.state as { mean: number[]; variance: number[]; nSamplesSeen: number[] } | null;
    if (st) s.setState(st.mean.map(num), st.variance.map(num), st.nSamplesSeen);
    return s;
  }
}

export interface MinMaxScalerOptions {
  featureRange?: [number, number];
  /** Clip transformed values into featureRange (scikit-learn's `clip`). */
  clip?: boolean;
}

/** Scales each column linearly so its fitted min and max map to `featureRange` (default [0, 1]). */
export class MinMaxScaler extends AffineScaler {
  protected readonly kind = 'MinMaxScaler';
  readonly featureRange: [number, number];
  readonly clip: boolean;
  dataMin?: number[];
  dataMax?: number[];

  constructor(options: MinMaxScalerOptions = {}) {
    super();
    this.featureRange = options.featureRange ?? [0, 1];
    this.clip = options.clip ?? false;
    if (!(this.featureRange[0] < this.featureRange[1])) {
      throw new RangeError(`MinMaxScaler: featureRange must be increasing, got [${this.featureRange}]`);
    }
  }

  protected fitMatrix(m: Matrix): void {
    const s = columnStats(m);
    this.setState(Array.from(s.min), Array.from(s.max));
  }

  private setState(dataMin: number[], dataMax: number[]): void {
    const [a, b] = this.featureRange;
    this.dataMin = dataMin;
    this.dataMax = dataMax;
    this.mul = Float64Array.from(dataMin, (lo, j) => (b - a) / nonZero(dataMax[j]! - lo));
    this.add = Float64Array.from(dataMin, (lo, j) => a - lo * this.mul![j]!);
  }

  protected override postTransform(data: Float64Array, _cols: number, inverse: boolean): void {
    if (!this.clip || inverse) return;
    const [a, b] = this.featureRange;
    for (let i = 0; i < data.length; i++) data[i] = Math.min(b, Math.max(a, data[i]!));
  }

  toJSON(): PreprocessorJSON {
    return {
      className: 'MinMaxScaler',
      config: { featureRange: this.featureRange, clip: this.clip },
      state: this.dataMin ? { dataMin: this.dataMin, dataMax: this.dataMax } : null,
    };
  }

  /** Rebuilds a scaler from `toJSON()` output. */
  static fromJSON(json: PreprocessorJSON): MinMaxScaler {
    const s = new MinMaxScaler(json.config as MinMaxScalerOptions);
    const st = json.state as { dataMin: number[]; dataMax: number[] } | null;
    if (st) s.setState(st.dataMin.map(num), st.dataMax.map(num));
    return s;
  }
}

/** JSON turns NaN into null; read it back as NaN. */
function num(v: number | null): number {
  return v === null ? NaN : v;
}

/** A StandardScaler (scikit-learn's StandardScaler). */
export function standardScaler(options?: StandardScalerOptions): StandardScaler {
  return new StandardScaler(options);
}

/** A MinMaxScaler (scikit-learn's MinMaxScaler). */
export function minMaxScaler(options?: MinMaxScalerOptions): MinMaxScaler {
  return new MinMaxScaler(options);
}
