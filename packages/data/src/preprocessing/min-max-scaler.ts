/** scikit-learn's MinMaxScaler. */
import { NeuriteError } from '@neurite/core';
import { AffineScaler, type PreprocessorJSON, columnStats, nonZero, num } from './affine.js';
import type { Matrix } from './matrix.js';

/** Options of MinMaxScaler (scikit-learn's). */
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
      throw new NeuriteError('BAD_ARGUMENT', `MinMaxScaler: featureRange must be increasing, got [${this.featureRange}]`);
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

  /** The scaler's settings and fitted state, for preprocessorFromJSON(). */
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

/** A MinMaxScaler (scikit-learn's MinMaxScaler). */
export function minMaxScaler(options?: MinMaxScalerOptions): MinMaxScaler {
  return new MinMaxScaler(options);
}
