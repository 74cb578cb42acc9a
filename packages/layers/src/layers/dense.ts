import * as nt from "@neurite/core";
import { NeuriteError, type Initializer } from "@neurite/core";
import { activationFn, normalizeActivation, serializeActivation, type ActivationId } from "../activations.js";
import { Layer, requireArgs, type CallArgs, type LayerArgs } from "../layer.js";
import { notifyDenseTap } from "../privacy-hooks.js";
import { getRegularizer, type Regularizer, type RegularizerId } from "../regularizers.js";
import { serializeInitializer } from "./serialize.js";

/** Arguments of Dense, as Keras's (camelCased). */
export interface DenseArgs extends LayerArgs {
  units: number;
  activation?: string | null;
  useBias?: boolean;
  kernelInitializer?: string | Initializer;
  biasInitializer?: string | Initializer;
  kernelRegularizer?: RegularizerId;
  biasRegularizer?: RegularizerId;
  activityRegularizer?: RegularizerId;
}

/** y = activation(x·W + b) over the last axis. */
export class Dense extends Layer {
  static readonly className = "Dense";
  readonly units: number;
  readonly activation: ActivationId;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  readonly kernelRegularizer?: Regularizer;
  readonly biasRegularizer?: Regularizer;
  readonly activityRegularizer?: Regularizer;
  kernel?: nt.Variable;
  bias?: nt.Variable;

  constructor(args: DenseArgs) {
    super(requireArgs("dense", args, "units, activation?, ..."));
    if (!Number.isInteger(args.units) || args.units <= 0) {
      throw new NeuriteError("BAD_ARGUMENT", `dense: units must be a positive integer, got ${args.units}`);
    }
    this.units = args.units;
    this.activation = normalizeActivation(args.activation);
    this.useBias = args.useBias ?? true;
    this.kernelInitializer = nt.initializers.getInitializer(args.kernelInitializer ?? "glorotUniform");
    this.biasInitializer = nt.initializers.getInitializer(args.biasInitializer ?? "zeros");
    this.kernelRegularizer = getRegularizer(args.kernelRegularizer);
    this.biasRegularizer = getRegularizer(args.biasRegularizer);
    this.activityRegularizer = getRegularizer(args.activityRegularizer);
  }

  override build(inputShape: (number | null)[]): void {
    const inDim = inputShape[inputShape.length - 1];
    if (inDim === null || inDim === undefined || inDim <= 0) {
      throw new NeuriteError("SHAPE_MISMATCH", `${this.name}: the last input axis must be known and positive, got [${inputShape}]`);
    }
    this.kernel = this.addWeight("kernel", [inDim, this.units], this.kernelInitializer, { regularizer: this.kernelRegularizer });
    if (this.useBias) this.bias = this.addWeight("bias", [this.units], this.biasInitializer, { regularizer: this.biasRegularizer });
    this.built = true;
  }

  call(x: nt.Tensor, args: CallArgs = {}): nt.Tensor {
    const inDim = this.kernel!.shape[0]!;
    if (x.shape[x.rank - 1] !== inDim) {
      throw new NeuriteError("SHAPE_MISMATCH", `${this.name}: expected inputs with last axis ${inDim}, got shape [${x.shape}]`);
    }
    return nt.tidy(() => {
      const flat = x.rank === 2 ? x : nt.reshape(x, [-1, inDim]);
      let y = nt.matMul(flat, this.kernel!);
      if (this.bias) y = nt.add(y, this.bias);
      notifyDenseTap({ layer: this, input: flat, preActivation: y, inputShape: x.shape });
      y = activationFn(this.activation)(y);
      if (x.rank !== 2) y = nt.reshape(y, [...x.shape.slice(0, -1), this.units]);
      if (this.activityRegularizer && args.training) this.losses = [nt.keep(nt.div(this.activityRegularizer.apply(y), x.shape[0] ?? 1))];
      return y;
    });
  }

  override computeOutputShape(inputShape: (number | null)[]): (number | null)[] {
    return [...inputShape.slice(0, -1), this.units];
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      units: this.units,
      activation: serializeActivation(this.activation),
      use_bias: this.useBias,
      kernel_initializer: serializeInitializer(this.kernelInitializer),
      bias_initializer: serializeInitializer(this.biasInitializer),
      kernel_regularizer: this.kernelRegularizer ? { class_name: "L1L2", config: this.kernelRegularizer.getConfig() } : null,
      bias_regularizer: this.biasRegularizer ? { class_name: "L1L2", config: this.biasRegularizer.getConfig() } : null,
      activity_regularizer: this.activityRegularizer ? { class_name: "L1L2", config: this.activityRegularizer.getConfig() } : null,
      kernel_constraint: null,
      bias_constraint: null,
    };
  }
}
