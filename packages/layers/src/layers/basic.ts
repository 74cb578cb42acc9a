import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { activationFn, normalizeActivation, serializeActivation, type ActivationId } from "../activations.js";
import { Layer, requireArgs, type CallArgs, type LayerArgs } from "../layer.js";

/** Applies an activation function. */
export class Activation extends Layer {
  static readonly className = "Activation";
  readonly activation: ActivationId;
  constructor(args: LayerArgs & { activation: string }) {
    super(requireArgs("activation", args, "activation"));
    this.activation = normalizeActivation(args.activation);
  }
  call(x: nt.Tensor): nt.Tensor {
    return activationFn(this.activation)(x);
  }
  override getConfig() {
    return { ...super.getConfig(), activation: serializeActivation(this.activation) };
  }
}

/**
 * @internal Random keys for a layer's successive training calls: from the global stream without a seed; with
 * one, derived from it per call, so a fixed seed still gives a fresh mask or noise every call.
 */
export function callKeys(seed: number | undefined): () => number {
  let calls = 0;
  return () => (seed === undefined ? nt.nextKey() : (seed * 0x9e3779b1 + calls++) >>> 0);
}

/** Inverted dropout while training; the identity otherwise. */
export class Dropout extends Layer {
  static readonly className = "Dropout";
  readonly rate: number;
  readonly seed?: number;
  private readonly keys: () => number;
  constructor(args: LayerArgs & { rate: number; seed?: number }) {
    super(requireArgs("dropout", args, "rate, seed?"));
    if (!(args.rate >= 0 && args.rate < 1)) throw new NeuriteError("BAD_ARGUMENT", `dropout: rate must be in [0, 1), got ${args.rate}`);
    if (args.seed !== undefined && !Number.isInteger(args.seed)) throw new NeuriteError("BAD_ARGUMENT", `dropout: seed must be an integer, got ${args.seed}`);
    this.rate = args.rate;
    this.seed = args.seed;
    this.keys = callKeys(args.seed);
  }
  call(x: nt.Tensor, args: CallArgs = {}): nt.Tensor {
    if (!args.training || this.rate === 0) return nt.clone(x);
    return nt.dropout(x, this.rate, this.nextMaskKey());
  }
  /** @internal The key of the next training call's mask; the compiled step draws its keys here too. */
  nextMaskKey(): number {
    return this.keys();
  }
  override getConfig() {
    return { ...super.getConfig(), rate: this.rate, noise_shape: null, seed: this.seed ?? null };
  }
}

/** Flattens all but the batch axis. */
export class Flatten extends Layer {
  static readonly className = "Flatten";
  call(x: nt.Tensor): nt.Tensor {
    return nt.reshape(x, [x.shape[0] ?? 1, -1]);
  }
  override computeOutputShape(s: (number | null)[]): (number | null)[] {
    const rest = s.slice(1);
    return [s[0] ?? null, rest.some((d) => d === null) ? null : rest.reduce<number>((a, b) => a * (b as number), 1)];
  }
}

/** Declares the input shape of a Sequential model (Keras's InputLayer). */
export class InputLayer extends Layer {
  static readonly className = "InputLayer";
  constructor(args: LayerArgs & { shape?: number[] }) {
    super({ ...requireArgs("inputLayer", args, "shape"), inputShape: args.shape ?? args.inputShape });
    if (!this.batchInputShape) throw new NeuriteError("BAD_ARGUMENT", "inputLayer: needs a shape (or inputShape/batchInputShape)");
  }
  call(x: nt.Tensor): nt.Tensor {
    this.checkInput(x.shape);
    return nt.clone(x);
  }
  override getConfig() {
    return { batch_input_shape: this.batchInputShape, dtype: "float32", sparse: false, name: this.name };
  }
}
