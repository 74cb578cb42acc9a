import * as nt from "@neurite/core";
import { NeuriteError, type Initializer, type Shape } from "@neurite/core";
import { inTraining, withTraining } from "./context.js";
import type { Regularizer } from "./regularizers.js";

/** Arguments every layer takes (Keras's base Layer arguments). */
export interface LayerArgs {
  name?: string;
  trainable?: boolean;
  /** Shape of one sample (without the batch axis), for the first layer of a model. */
  inputShape?: number[];
  /** Shape including the batch axis (null for any batch size). */
  batchInputShape?: (number | null)[];
  /** Same as inputShape: [inputDim]. */
  inputDim?: number;
}

/** Arguments of call() and apply(): `training` switches dropout and batch normalization to training behaviour. */
export interface CallArgs {
  training?: boolean;
}

/** One weight of a layer with what the trainer needs to know about it. */
export interface WeightSpec {
  variable: nt.Variable;
  regularizer?: Regularizer;
}

/** A layer factory's arguments object, or a BAD_ARGUMENT naming the layer and what it needs (instead of a TypeError). */
export function requireArgs<T>(layer: string, args: T | undefined, needs: string): T {
  if (typeof args !== "object" || args === null) throw new NeuriteError("BAD_ARGUMENT", `${layer}: expects an arguments object {${needs}}, got ${args === null ? "null" : typeof args}`);
  return args;
}

const counters = new Map<string, number>();
function uniqueName(base: string): string {
  const n = counters.get(base) ?? 0;
  counters.set(base, n + 1);
  return n === 0 ? base : `${base}_${n}`;
}

/** snake_case of a class name, as Keras names layers ("Dense" → "dense", "BatchNormalization" → "batch_normalization"). */
function snake(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/**
 * The Keras layer contract: build(inputShape) creates weights, call(x) computes,
 * computeOutputShape and getConfig describe it. apply() builds on first use.
 */
export abstract class Layer {
  name: string;
  built = false;
  /** Per-sample input shape, if the user declared one. */
  batchInputShape?: (number | null)[];
  protected readonly specs: WeightSpec[] = [];
  private trainableFlag: boolean;
  /** Output shape seen on the last call (batch axis as null): what summary() shows for subclassed models. */
  lastOutputShape?: (number | null)[];
  private ownLosses: nt.Tensor[] = [];
  /** Activity-regularization losses from the last training call. */
  get losses(): nt.Tensor[] {
    return this.ownLosses;
  }
  set losses(v: nt.Tensor[]) {
    this.ownLosses = v;
  }

  constructor(args: LayerArgs = {}) {
    if (args.name !== undefined && (typeof args.name !== "string" || args.name === "")) {
      throw new NeuriteError("BAD_ARGUMENT", `${this.className()}: name must be a non-empty string, got ${JSON.stringify(args.name)}`);
    }
    for (const k of ["inputShape", "batchInputShape"] as const) {
      if (args[k] !== undefined && !Array.isArray(args[k])) throw new NeuriteError("BAD_ARGUMENT", `${this.className()}: ${k} must be an array of sizes, got ${JSON.stringify(args[k])}`);
    }
    this.name = args.name ?? uniqueName(snake(this.className()));
    this.trainableFlag = args.trainable ?? true;
    if (args.batchInputShape) this.batchInputShape = [...args.batchInputShape];
    else if (args.inputShape) this.batchInputShape = [null, ...args.inputShape];
    else if (args.inputDim !== undefined) this.batchInputShape = [null, args.inputDim];
    for (const d of this.batchInputShape?.slice(1) ?? []) {
      if (d === null || !Number.isInteger(d) || d <= 0) {
        throw new NeuriteError("BAD_ARGUMENT", `${this.name}: inputShape must hold positive integers, got [${this.batchInputShape!.slice(1)}]`);
      }
    }
  }

  /** The registered class name (TF.js/Keras "class_name"). */
  className(): string {
    return (this.constructor as { className?: string }).className ?? this.constructor.name;
  }

  /** Freezing a layer stops its weights from being updated (and, in the compiled step, from being differentiated). */
  get trainable(): boolean {
    return this.trainableFlag;
  }
  set trainable(v: boolean) {
    this.trainableFlag = v;
    for (const s of this.specs) s.variable.trainable = v && !this.nonTrainable.has(s.variable);
  }

  /** Weights declared non-trainable (BatchNormalization's moving statistics). */
  private readonly nonTrainable = new Set<nt.Variable>();

  /** Creates the layer's weights for an input shape (batch axis first, may be null). */
  build(_inputShape: (number | null)[]): void {
    this.built = true;
  }

  /** The layer's computation; subclasses define it and callers use apply(), which builds the layer first. */
  abstract call(x: nt.Tensor, args?: CallArgs): nt.Tensor;

  /** The output shape for an input shape (batch axis first, may be null). */
  computeOutputShape(inputShape: (number | null)[]): (number | null)[] {
    return inputShape;
  }

  /** Runs the layer, building it from the input's shape the first time. */
  apply(x: nt.Tensor, args: CallArgs = {}): nt.Tensor {
    if (!(x instanceof nt.Tensor)) throw new NeuriteError("BAD_ARGUMENT", `${this.name}: apply() expects a Tensor`);
    if (!this.built) {
      this.checkInput(x.shape);
      this.build([null, ...x.shape.slice(1)]);
      this.built = true;
    }
    const training = args.training ?? inTraining();
    const y = withTraining(training, () => this.call(x, { training }));
    this.lastOutputShape = [null, ...y.shape.slice(1)];
    return y;
  }

  /** Throws if x does not match the declared input shape. */
  checkInput(shape: readonly number[]): void {
    const want = this.batchInputShape;
    if (!want) return;
    const ok = want.length === shape.length && want.every((d, i) => d === null || d === shape[i]);
    if (!ok) {
      throw new NeuriteError(
        "SHAPE_MISMATCH",
        `${this.name}: expected input of shape [${want.map((d) => d ?? "batch").join(", ")}], got [${shape.join(", ")}]`,
      );
    }
  }

  /** Creates a weight; Keras's add_weight. */
  protected addWeight(name: string, shape: Shape, initializer: Initializer, options: { regularizer?: Regularizer; trainable?: boolean } = {}): nt.Variable {
    const trainable = (options.trainable ?? true) && this.trainable;
    let v: nt.Variable;
    try {
      v = nt.tidy(() => nt.variable(initializer.apply(shape), { name: `${this.name}/${name}`, trainable }));
    } catch (e) {
      // Name the weight: "randomUniform ran out of memory" alone does not say which layer is too big.
      if (e instanceof NeuriteError && e.code === "OUT_OF_MEMORY") throw new NeuriteError("OUT_OF_MEMORY", `weight ${this.name}/${name} of shape [${shape.join(", ")}]: ${e.message}`, { cause: e });
      throw e;
    }
    if (options.trainable === false) this.nonTrainable.add(v);
    this.specs.push({ variable: v, regularizer: options.regularizer });
    return v;
  }

  /** Every weight, trainable ones first (Keras's order). */
  get weights(): nt.Variable[] {
    return [...this.trainableWeights, ...this.nonTrainableWeights];
  }

  get trainableWeights(): nt.Variable[] {
    return this.weightSpecs().filter((s) => s.variable.trainable).map((s) => s.variable);
  }

  get nonTrainableWeights(): nt.Variable[] {
    return this.weightSpecs().filter((s) => !s.variable.trainable).map((s) => s.variable);
  }

  /** Keras 3's name for trainableWeights. */
  get trainableVariables(): nt.Variable[] {
    return this.trainableWeights;
  }

  /** Weights with their regularizers, in creation order (models include their sublayers'). */
  weightSpecs(): WeightSpec[] {
    return this.specs;
  }

  /** Copies of the weights' values, in creation order. */
  getWeights(): nt.Tensor[] {
    return this.weightSpecs().map((s) => nt.tidy(() => nt.clone(s.variable)));
  }

  /** Copies values into the weights, in getWeights() order (shapes must match). */
  setWeights(weights: readonly nt.Tensor[]): void {
    const specs = this.weightSpecs();
    if (!Array.isArray(weights)) throw new NeuriteError("BAD_ARGUMENT", `${this.name}.setWeights: expected an array of tensors`);
    if (weights.length !== specs.length) {
      const unbuilt = specs.length === 0 && !this.built ? " (the layer is not built yet: call it on data first or declare its inputShape)" : "";
      throw new NeuriteError("BAD_ARGUMENT", `${this.name}.setWeights: expected ${specs.length} tensors, got ${weights.length}${unbuilt}`);
    }
    specs.forEach((s, i) => s.variable.assign(weights[i]!));
  }

  /** The number of weight values (trainable or not). */
  countParams(): number {
    return this.weightSpecs().reduce((acc, s) => acc + s.variable.size, 0);
  }

  /** The layer's constructor arguments as Keras/TF.js serialise them. */
  getConfig(): Record<string, unknown> {
    const c: Record<string, unknown> = { name: this.name, trainable: this.trainable };
    // TF.js writes dtype only beside the input shape (on a model's first layer).
    if (this.batchInputShape) Object.assign(c, { batch_input_shape: this.batchInputShape, dtype: "float32" });
    return c;
  }

  /** Frees the weights. */
  dispose(): void {
    for (const s of this.weightSpecs()) s.variable.dispose();
  }
}
