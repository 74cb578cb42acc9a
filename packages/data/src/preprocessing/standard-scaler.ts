/** scikit-learn's StandardScaler. */
import { AffineScaler, type PreprocessorJSON, columnStats, nonZero, num } from './affine.js';
import type { Matrix } from './matrix.js';

/** Options of StandardScaler (scikit-learn's). */
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

  /** The scaler's settings and fitted state, for preprocessorFromJSON(). */
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

/** A StandardScaler (scikit-learn's StandardScaler). */
export function standardScaler(options?: StandardScalerOptions): StandardScaler {
  return new StandardScaler(options);
}
