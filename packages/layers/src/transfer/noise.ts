import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Layer, type CallArgs, type LayerArgs } from "../layer.js";
import { callKeys } from "../layers/basic.js";
import { registerLayer } from "../io/registry.js";

/** Adds zero-mean Gaussian noise while training (Keras's GaussianNoise); the identity otherwise. */
export class GaussianNoise extends Layer {
  static readonly className = "GaussianNoise";
  readonly stddev: number;
  readonly seed?: number;
  private readonly keys: () => number;
  constructor(args: LayerArgs & { stddev: number; seed?: number }) {
    super(args);
    if (!(args.stddev >= 0) || !Number.isFinite(args.stddev)) throw new NeuriteError("BAD_ARGUMENT", `gaussianNoise: stddev must be a finite number ≥ 0, got ${args.stddev}`);
    this.stddev = args.stddev;
    this.seed = args.seed ?? undefined;
    this.keys = callKeys(this.seed);
  }
  call(x: nt.Tensor, args: CallArgs = {}): nt.Tensor {
    if (!args.training || this.stddev === 0) return nt.clone(x);
    return nt.add(x, nt.randomNormal(x.shape, 0, this.stddev, this.keys()));
  }
  override getConfig() {
    return { ...super.getConfig(), stddev: this.stddev, seed: this.seed ?? null };
  }
}

registerLayer("GaussianNoise", GaussianNoise);
