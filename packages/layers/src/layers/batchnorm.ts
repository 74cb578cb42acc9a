import * as nt from "@neurite/core";
import { NeuriteError, type Initializer } from "@neurite/core";
import { Layer, requireArgs, type CallArgs, type LayerArgs } from "../layer.js";
import { serializeInitializer } from "./serialize.js";

/** Arguments of BatchNormalization, as Keras's (camelCased). */
export interface BatchNormalizationArgs extends LayerArgs {
  axis?: number;
  momentum?: number;
  epsilon?: number;
  center?: boolean;
  scale?: boolean;
  betaInitializer?: string | Initializer;
  gammaInitializer?: string | Initializer;
  movingMeanInitializer?: string | Initializer;
  movingVarianceInitializer?: string | Initializer;
}

/**
 * Normalises the last axis with batch statistics while training (and updates
 * moving averages, Keras's momentum 0.99), with the moving ones at inference.
 */
export class BatchNormalization extends Layer {
  static readonly className = "BatchNormalization";
  readonly momentum: number;
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
  private readonly inits: Record<"beta" | "gamma" | "movingMean" | "movingVariance", Initializer>;
  gamma?: nt.Variable;
  beta?: nt.Variable;
  movingMean?: nt.Variable;
  movingVariance?: nt.Variable;

  constructor(args: BatchNormalizationArgs = {}) {
    super(requireArgs("batchNormalization", args, "momentum?, epsilon?, ..."));
    if (args.axis !== undefined && args.axis !== -1) {
      throw new NeuriteError("UNSUPPORTED", `batchNormalization: only axis -1 (features last) is supported, got ${args.axis}`);
    }
    this.momentum = args.momentum ?? 0.99;
    this.epsilon = args.epsilon ?? 1e-3;
    if (!(this.momentum >= 0 && this.momentum <= 1)) throw new NeuriteError("BAD_ARGUMENT", `batchNormalization: momentum must be in [0, 1], got ${this.momentum}`);
    if (!(this.epsilon > 0) || !Number.isFinite(this.epsilon)) throw new NeuriteError("BAD_ARGUMENT", `batchNormalization: epsilon must be a finite number > 0, got ${this.epsilon}`);
    this.center = args.center ?? true;
    this.scale = args.scale ?? true;
    const get = nt.initializers.getInitializer;
    this.inits = {
      beta: get(args.betaInitializer ?? "zeros"),
      gamma: get(args.gammaInitializer ?? "ones"),
      movingMean: get(args.movingMeanInitializer ?? "zeros"),
      movingVariance: get(args.movingVarianceInitializer ?? "ones"),
    };
  }

  override build(inputShape: (number | null)[]): void {
    const d = inputShape[inputShape.length - 1];
    if (!d) throw new NeuriteError("SHAPE_MISMATCH", `${this.name}: the last input axis must be known, got [${inputShape}]`);
    if (this.scale) this.gamma = this.addWeight("gamma", [d], this.inits.gamma);
    if (this.center) this.beta = this.addWeight("beta", [d], this.inits.beta);
    this.movingMean = this.addWeight("moving_mean", [d], this.inits.movingMean, { trainable: false });
    this.movingVariance = this.addWeight("moving_variance", [d], this.inits.movingVariance, { trainable: false });
    this.built = true;
  }

  call(x: nt.Tensor, args: CallArgs = {}): nt.Tensor {
    return nt.tidy(() => {
      const axes = x.shape.slice(0, -1).map((_, i) => i);
      let mean: nt.Tensor = this.movingMean!;
      let variance: nt.Tensor = this.movingVariance!;
      if (args.training) {
        mean = nt.mean(x, axes);
        variance = nt.mean(nt.square(nt.sub(x, mean)), axes);
        const m = this.momentum;
        this.movingMean!.assign(nt.add(nt.mul(this.movingMean!, m), nt.mul(mean, 1 - m)));
        this.movingVariance!.assign(nt.add(nt.mul(this.movingVariance!, m), nt.mul(variance, 1 - m)));
      }
      let y = nt.div(nt.sub(x, mean), nt.sqrt(nt.addScalar(variance, this.epsilon)));
      if (this.gamma) y = nt.mul(y, this.gamma);
      if (this.beta) y = nt.add(y, this.beta);
      return y;
    });
  }

  override getConfig() {
    return {
      ...super.getConfig(), axis: -1, momentum: this.momentum, epsilon: this.epsilon, center: this.center, scale: this.scale,
      beta_initializer: serializeInitializer(this.inits.beta), gamma_initializer: serializeInitializer(this.inits.gamma),
      moving_mean_initializer: serializeInitializer(this.inits.movingMean),
      moving_variance_initializer: serializeInitializer(this.inits.movingVariance),
      beta_regularizer: null, gamma_regularizer: null, beta_constraint: null, gamma_constraint: null,
    };
  }
}
