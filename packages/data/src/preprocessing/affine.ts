/**
 * The base of the column scalers: per-column affine maps y = x·mul + add,
 * fitted in float64. NaNs are ignored when fitting and passed through by
 * transform, as scikit-learn does.
 */
import { type Matrix, type MatrixLike, type Same, checkColumns, fromMatrix, toMatrix } from './matrix.js';

/** The JSON form of a fitted (or unfitted) preprocessor: Keras-style className + config, plus fitted state. */
export interface PreprocessorJSON {
  className: string;
  config: Record<string, unknown>;
  state: Record<string, unknown> | null;
}

export abstract class AffineScaler {
  protected mul?: Float64Array;
  protected add?: Float64Array;
  /** Class name for messages (constructor.name does not survive minification). */
  protected abstract readonly kind: string;

  protected abstract fitMatrix(m: Matrix): void;
  /** The scaler's settings and fitted state, for preprocessorFromJSON(). */
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
export function columnStats(m: Matrix) {
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
export function nonZero(s: number): number {
  return s === 0 || !Number.isFinite(s) ? 1 : s;
}

/** JSON turns NaN into null; read it back as NaN. */
export function num(v: number | null): number {
  return v === null ? NaN : v;
}
