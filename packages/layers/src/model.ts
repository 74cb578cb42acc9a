import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Layer, type CallArgs, type LayerArgs, type WeightSpec } from "./layer.js";
import { Trainer } from "./training/trainer.js";
import type { CompileArgs } from "./training/compile.js";
import type { FitArgs, EvaluateArgs, PredictArgs } from "./training/fit.js";
import type { History } from "./training/history.js";
import type { DatasetLike } from "./training/dataset.js";
import type { IOHandler, SaveResult } from "./io/types.js";

/**
 * A layer made of layers, trainable with compile/fit. Subclass it and define
 * call(), as in Keras: sublayers assigned to fields are tracked automatically.
 */
export class Model extends Layer {
  static readonly className: string = "Model";
  /** What compile() set up: optimizer, loss, metrics, and which training step fit() runs (`lastRunner`, `lastRunnerReason`, `useCompiledStep`). */
  trainer?: Trainer;

  constructor(args: LayerArgs = {}) {
    super(args);
  }

  /** Sublayers, in the order they were assigned (fields, or arrays of layers). */
  get layers(): Layer[] {
    const out: Layer[] = [];
    for (const v of Object.values(this)) {
      if (v instanceof Layer && v !== this) out.push(v);
      else if (Array.isArray(v)) for (const x of v) if (x instanceof Layer) out.push(x);
    }
    return out;
  }

  /** The forward pass: define it in a subclass, using the layers assigned to fields. */
  call(_x: nt.Tensor, _args?: CallArgs): nt.Tensor {
    throw new NeuriteError("UNSUPPORTED", `${this.name}: a subclassed Model must define call(x)`);
  }

  override apply(x: nt.Tensor, args: CallArgs = {}): nt.Tensor {
    const y = super.apply(x, args);
    this.built = true;
    return y;
  }

  override get trainable(): boolean {
    return super.trainable;
  }
  override set trainable(v: boolean) {
    super.trainable = v;
    for (const l of this.layers) l.trainable = v;
  }

  override weightSpecs(): WeightSpec[] {
    const seen = new Set<nt.Variable>();
    const out: WeightSpec[] = [];
    for (const s of [...super.weightSpecs(), ...this.layers.flatMap((l) => l.weightSpecs())]) {
      if (!seen.has(s.variable)) {
        seen.add(s.variable);
        out.push(s);
      }
    }
    return out;
  }

  /** Activity-regularization losses of the last training call, from every sublayer. */
  override get losses(): nt.Tensor[] {
    return this.layers.flatMap((l) => l.losses);
  }
  override set losses(_v: nt.Tensor[]) {}

  /** Finds a sublayer by name or index. */
  getLayer(nameOrIndex: string | number): Layer {
    const l = typeof nameOrIndex === "number" ? this.layers[nameOrIndex] : this.layers.find((x) => x.name === nameOrIndex);
    if (!l) throw new NeuriteError("NOT_FOUND", `${this.name}: no layer ${JSON.stringify(nameOrIndex)}`);
    return l;
  }

  /** Prints layers, output shapes and parameter counts (Keras's summary). */
  summary(print: (line: string) => void = console.log): void {
    const rows = this.layers.map((l) => [
      `${l.name} (${l.className()})`,
      l.lastOutputShape || l.built ? `(${(l.lastOutputShape ?? ["?"]).map((d) => d ?? "None").join(", ")})` : "?",
      String(l.countParams()),
    ]);
    const head = ["Layer (type)", "Output Shape", "Param #"];
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)) + 2);
    const line = (c: string) => c.repeat(w.reduce((a, b) => a + b, 0));
    const fmt = (r: string[]) => r.map((c, i) => (i === 2 ? c.padStart(w[i]! - 2).padEnd(w[i]!) : c.padEnd(w[i]!))).join("");
    const total = this.countParams();
    const trainable = this.trainableWeights.reduce((a, v) => a + v.size, 0);
    print(`Model: "${this.name}"`);
    print(line("─"));
    print(fmt(head));
    print(line("═"));
    for (const r of rows) print(fmt(r));
    print(line("─"));
    print(`Total params: ${total}`);
    print(`Trainable params: ${trainable}`);
    print(`Non-trainable params: ${total - trainable}`);
  }

  private get t(): Trainer {
    if (!this.trainer) throw new NeuriteError("BAD_ARGUMENT", `${this.name}: call compile() before fit/evaluate/trainOnBatch`);
    return this.trainer;
  }

  /** Sets the optimizer, loss and metrics (strings as in Keras, or instances/functions). */
  compile(args: CompileArgs): void {
    this.trainer?.dispose();
    this.trainer = new Trainer(this, args);
  }

  /** Trains on tensors for a number of epochs (Keras's fit); resolves to the per-epoch history. */
  fit(x: nt.Tensor, y: nt.Tensor, args: FitArgs = {}): Promise<History> {
    return this.t.fit(x, y, args);
  }

  /** Trains on a dataset of [x, y] (or {xs, ys}) batches, one eager step per batch; disposes each batch. */
  fitDataset(dataset: DatasetLike, args: FitArgs & { validationData?: DatasetLike | [nt.Tensor, nt.Tensor] } = {}): Promise<History> {
    return this.t.fitDataset(dataset, args);
  }

  /** Loss and metrics on data: a number for the loss alone, else [loss, ...metrics] (Keras's order). */
  evaluate(x: nt.Tensor, y: nt.Tensor, args: EvaluateArgs = {}): number | number[] {
    return this.t.evaluate(x, y, args);
  }

  /** Predictions for x, computed in batches (default 4096 rows: large inputs stay fast). */
  predict(x: nt.Tensor, args: PredictArgs = {}): nt.Tensor {
    return Trainer.predict(this, x, args);
  }

  /** Predictions for x in a single batch. */
  predictOnBatch(x: nt.Tensor): nt.Tensor {
    return Trainer.predict(this, x, { batchSize: Math.max(1, x.shape[0] ?? 1) });
  }

  /** One optimizer step on one batch; returns the loss (and metrics, when compiled with any). */
  trainOnBatch(x: nt.Tensor, y: nt.Tensor): number | number[] {
    return this.t.trainOnBatch(x, y);
  }

  /** Metric names in the order evaluate() returns them. */
  get metricsNames(): string[] {
    return this.t.metricsNames;
  }

  /** Frees the weights and the optimizer's state (its slots would otherwise stay in wasm memory). */
  override dispose(): void {
    super.dispose();
    this.trainer?.dispose();
    this.trainer = undefined;
  }

  /** Stops fit() at the end of the current epoch (set by callbacks such as earlyStopping). */
  stopTraining = false;

  /** Saves in TF.js's layers-model format: model.json and weight shards ("file://./my-model", "memory://m", or an IOHandler). */
  async save(urlOrHandler: string | IOHandler): Promise<SaveResult> {
    // Loaded on use: io/ imports Sequential, which extends Model (a static import would be a cycle).
    const { saveModel } = await import("./io/save.js");
    return saveModel(this, urlOrHandler);
  }
}
