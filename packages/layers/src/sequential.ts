import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Layer, type CallArgs, type LayerArgs } from "./layer.js";
import { Model } from "./model.js";
import { sequentialRef } from "./sequential-ref.js";

/** A plain stack of layers. */
export class Sequential extends Model {
  static override readonly className = "Sequential";
  private readonly stack: Layer[] = [];

  constructor(args: LayerArgs & { layers?: Layer[] } = {}) {
    super(args);
    for (const l of args.layers ?? []) this.add(l);
  }

  override get layers(): Layer[] {
    return [...this.stack];
  }

  /** Appends a layer to the stack. */
  add(layer: Layer): void {
    this.append(layer, true);
  }

  /**
   * Appends a layer; with `build` and the input shape declared, builds it as Keras and TF.js do on add: weights,
   * countParams and summary are there before the first call, and a layer that does not fit fails here, not in fit.
   * @internal The model loader appends without building, so a file's topology is checked before any weight exists.
   */
  append(layer: Layer, build: boolean): void {
    if (!(layer instanceof Layer)) throw new NeuriteError("BAD_ARGUMENT", `${this.name}.add: expected a Layer, got ${String(layer)}`);
    if (this.stack.length === 0 && layer.batchInputShape) this.batchInputShape = layer.batchInputShape;
    this.stack.push(layer);
    this.built = false;
    if (!build || !this.batchInputShape) return;
    try {
      this.build(this.batchInputShape);
    } catch (e) {
      this.stack.pop();
      if (this.stack.length === 0) this.batchInputShape = undefined;
      throw e;
    }
  }

  /** Removes the last layer (Keras's pop). */
  pop(): Layer {
    const l = this.stack.pop();
    if (!l) throw new NeuriteError("BAD_ARGUMENT", `${this.name}.pop: the model has no layers`);
    return l;
  }

  /** Builds every layer from an input shape (batch axis first), propagating shapes. */
  override build(inputShape: (number | null)[]): void {
    let shape = inputShape;
    for (const l of this.stack) {
      if (!l.built) {
        l.checkInput(shape.map((d) => d ?? 1));
        l.build(shape);
        l.built = true;
      }
      shape = l.computeOutputShape(shape);
      l.lastOutputShape = shape;
    }
    this.built = true;
  }

  /** Builds from the declared input shape if there is one. */
  ensureBuilt(x?: nt.Tensor): void {
    if (this.built) return;
    const shape = this.batchInputShape ?? (x ? [null, ...x.shape.slice(1)] : undefined);
    if (!shape) throw new NeuriteError("BAD_ARGUMENT", `${this.name}: the input shape is unknown; give the first layer an inputShape or call the model on data first`);
    this.build(shape);
  }

  /** Runs the layers in order. */
  override call(x: nt.Tensor, args: CallArgs = {}): nt.Tensor {
    if (this.stack.length === 0) throw new NeuriteError("BAD_ARGUMENT", `${this.name}: the model has no layers`);
    return nt.tidy(() => this.stack.reduce((h, l) => l.apply(h, args), x));
  }

  override apply(x: nt.Tensor, args: CallArgs = {}): nt.Tensor {
    this.ensureBuilt(x);
    this.checkInput(x.shape);
    return super.apply(x, args);
  }

  /** Builds first when the input shape is declared (Keras builds such a model when its first layer is added). */
  override setWeights(weights: readonly nt.Tensor[]): void {
    if (!this.built && this.batchInputShape) this.ensureBuilt();
    super.setWeights(weights);
  }

  override summary(print?: (line: string) => void): void {
    this.ensureBuilt();
    super.summary(print);
  }

  override getConfig(): Record<string, unknown> {
    return { name: this.name, layers: this.stack.map((l) => ({ class_name: l.className(), config: l.getConfig() })) };
  }
}

sequentialRef.cls = Sequential;
