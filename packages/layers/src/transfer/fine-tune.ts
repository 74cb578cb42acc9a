import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Layer } from "../layer.js";
import type { Sequential } from "../sequential.js";
import type { Callback } from "../training/callbacks.js";
import { multiOptimizer } from "./multi-optimizer.js";
import { replaceHead } from "./surgery.js";
import { GradualUnfreezing, type UnfreezeStage } from "./unfreeze.js";

/** Arguments of fineTune(). */
export interface FineTuneArgs {
  /** The new layers on top of the base. */
  head: Layer | Layer[];
  /** Layers removed from the top of the base first, e.g. 1 to drop its old classifier (default 0). */
  dropTop?: number;
  /** Base layers [0, freezeUpTo) start frozen (default: the whole base, Keras's `base.trainable = false`). */
  freezeUpTo?: number;
  /** Staged unfreezing of the frozen base layers, from the top down (see GradualUnfreezing). */
  unfreezeSchedule?: UnfreezeStage[];
  /** Separate rates for the base and the head (base: a tenth of head's by default); without them one optimizer trains everything. */
  learningRates?: { base?: number; head?: number };
  /** "adam" (default), "sgd", "rmsprop", "adagrad", "adamw", or a factory taking the learning rate. */
  optimizer?: string | ((learningRate: number | undefined) => nt.Optimizer);
  /** Copy the base's layers instead of sharing them (default false: fine-tuning changes the base too, as in Keras). */
  copy?: boolean;
  name?: string;
}

/** What fineTune() sets up; compile model with `optimizer` and pass `callbacks` to fit(). */
export interface FineTuneSetup {
  model: Sequential;
  baseLayers: Layer[];
  headLayers: Layer[];
  optimizer: nt.Optimizer;
  callbacks: Callback[];
}

const { sgd, adam, adamw, rmsprop, adagrad } = nt.optimizers;
const FACTORIES: Record<string, (o: { learningRate?: number }) => nt.Optimizer> = { sgd, adam, adamw, rmsprop, adagrad };

function makeOptimizer(o: FineTuneArgs["optimizer"], lr: number | undefined): nt.Optimizer {
  if (typeof o === "function") return o(lr);
  const f = FACTORIES[(o ?? "adam").toLowerCase()];
  if (!f) throw new NeuriteError("BAD_ARGUMENT", `fineTune: unknown optimizer ${JSON.stringify(o)}; known: ${Object.keys(FACTORIES).join(", ")}`);
  return f(lr === undefined ? {} : { learningRate: lr });
}

/**
 * Supervised pretraining → fine-tuning: a new model of `base` (minus `dropTop`
 * layers) + `head`, the bottom of the base frozen, an optimizer with per-group
 * learning rates, and a staged-unfreezing callback.
 */
export function fineTune(base: Sequential, args: FineTuneArgs): FineTuneSetup {
  const heads = Array.isArray(args.head) ? args.head : [args.head];
  if (heads.length === 0 || heads.some((l) => !(l instanceof Layer))) throw new NeuriteError("BAD_ARGUMENT", "fineTune: head must be a Layer or a non-empty list of Layers");
  const model = replaceHead(base, heads, { drop: args.dropTop ?? 0, copy: args.copy, name: args.name });
  const baseLayers = model.layers.slice(0, model.layers.length - heads.length);
  const freezeUpTo = args.freezeUpTo ?? baseLayers.length;
  if (!Number.isInteger(freezeUpTo) || freezeUpTo < 0 || freezeUpTo > baseLayers.length) {
    throw new NeuriteError("BAD_ARGUMENT", `fineTune: freezeUpTo must be an integer in [0, ${baseLayers.length}], got ${freezeUpTo}`);
  }
  baseLayers.forEach((l, i) => (l.trainable = i >= freezeUpTo));
  for (const l of heads) l.trainable = true;
  const lr = args.learningRates;
  let optimizer = makeOptimizer(args.optimizer, lr?.head);
  if (lr) {
    // The base defaults to a tenth of the head's rate: small steps keep the pretrained features.
    const baseOptimizer = makeOptimizer(args.optimizer, lr.base ?? optimizer.currentLearningRate() / 10);
    optimizer = multiOptimizer([{ layers: baseLayers, optimizer: baseOptimizer }, { layers: heads, optimizer }]);
  }
  const callbacks = args.unfreezeSchedule?.length ? [new GradualUnfreezing(baseLayers, args.unfreezeSchedule)] : [];
  return { model, baseLayers, headLayers: heads, optimizer, callbacks };
}
