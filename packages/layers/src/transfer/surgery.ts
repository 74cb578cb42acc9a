import { NeuriteError } from "@neurite/core";
import { Layer } from "../layer.js";
import { modelArtifacts } from "../io/save.js";
import { modelFromArtifacts } from "../io/load.js";
import { Sequential } from "../sequential.js";

/** Options of truncate() and replaceHead(). */
export interface SurgeryOptions {
  /**
   * false (default) shares the layers, and so their weights, with the source
   * model as Keras's `Sequential(model.layers[:k])` does: training either
   * model changes both. true gives independent copies (through the TF.js
   * serialization, so a copy is exactly what save + load would give).
   */
  copy?: boolean;
  name?: string;
}

function checkSequential(model: unknown, who: string): asserts model is Sequential {
  if (!(model instanceof Sequential)) throw new NeuriteError("BAD_ARGUMENT", `${who}: expects a Sequential model`);
}

/** A Sequential over these layers that keeps the source model's input shape. */
function stack(source: Sequential, layers: Layer[], options: SurgeryOptions): Sequential {
  const out = new Sequential(options.name === undefined ? {} : { name: options.name });
  for (const l of layers) out.add(l);
  if (!out.batchInputShape && source.batchInputShape) out.batchInputShape = [...source.batchInputShape];
  if (layers.every((l) => l.built) && out.batchInputShape) out.build(out.batchInputShape);
  return out;
}

/** An independent copy of a Sequential's layers and weights (not compiled: no optimizer state). */
function copyOf(model: Sequential): Sequential {
  if (!model.built) throw new NeuriteError("BAD_ARGUMENT", `${model.name}: copy needs built layers; call the model on data first or declare an inputShape`);
  return modelFromArtifacts({ ...modelArtifacts(model), trainingConfig: undefined }, { compile: false }, `copy of ${model.name}`);
}

/** A new Sequential made of the first k layers of `model` (shared by default; see SurgeryOptions.copy). */
export function truncate(model: Sequential, k: number, options: SurgeryOptions = {}): Sequential {
  checkSequential(model, "truncate");
  const n = model.layers.length;
  if (!Number.isInteger(k) || k < 1 || k > n) throw new NeuriteError("BAD_ARGUMENT", `truncate: k must be an integer in [1, ${n}], got ${k}`);
  if (model.batchInputShape) model.ensureBuilt();
  const shared = stack(model, model.layers.slice(0, k), options);
  return options.copy ? copyOf(shared) : shared;
}

/**
 * A new Sequential: `model` without its last `drop` layers (default 1, the old
 * classifier), followed by `head`. The kept layers are shared unless `copy`.
 */
export function replaceHead(model: Sequential, head: Layer | Layer[], options: SurgeryOptions & { drop?: number } = {}): Sequential {
  checkSequential(model, "replaceHead");
  const drop = options.drop ?? 1;
  const n = model.layers.length;
  if (!Number.isInteger(drop) || drop < 0 || drop >= n) throw new NeuriteError("BAD_ARGUMENT", `replaceHead: drop must be an integer in [0, ${n - 1}], got ${drop}`);
  const heads = Array.isArray(head) ? head : [head];
  if (heads.length === 0 || heads.some((l) => !(l instanceof Layer))) throw new NeuriteError("BAD_ARGUMENT", "replaceHead: head must be a Layer or a non-empty list of Layers");
  const body = truncate(model, n - drop, { copy: options.copy });
  return stack(model, [...body.layers, ...heads], options);
}

/** Sets `trainable` on layers [from, to) of a model (Keras: `for l in model.layers[a:b]: l.trainable = flag`). */
export function setTrainable(model: Sequential, trainable: boolean, from = 0, to = model.layers.length): void {
  checkSequential(model, "setTrainable");
  for (const l of model.layers.slice(from, to)) l.trainable = trainable;
}
