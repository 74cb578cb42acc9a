import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import type { Model } from "../model.js";
import { camel, camelKeys, fromFile, isObject, snake } from "./names.js";

/** Losses TF.js can compile from a trainingConfig. */
const TFJS_LOSSES = new Set(["meanSquaredError", "meanAbsoluteError", "binaryCrossentropy", "categoricalCrossentropy", "sparseCategoricalCrossentropy"]);

/** The optimizer as TF.js writes it (class names Adam, SGD, Momentum, RMSProp, Adagrad; camelCase keys), if TF.js has it. */
function optimizerConfig(o: nt.Optimizer): { class_name: string; config: Record<string, unknown> } | undefined {
  const lr = o.learningRate;
  if (typeof lr !== "number") return undefined;
  const clip = { ...(o.clipNorm !== undefined && { clipNorm: o.clipNorm }), ...(o.globalClipNorm !== undefined && { globalClipNorm: o.globalClipNorm }), ...(o.clipValue !== undefined && { clipValue: o.clipValue }) };
  const { Adam, SGD, RMSprop, Adagrad } = nt.optimizers;
  if (o instanceof Adam && o.weightDecay === 0) return { class_name: "Adam", config: { learningRate: lr, beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon, ...clip } };
  if (o instanceof SGD && o.momentum === 0) return { class_name: "SGD", config: { learningRate: lr, ...clip } };
  if (o instanceof SGD) return { class_name: "Momentum", config: { learningRate: lr, momentum: o.momentum, useNesterov: o.nesterov, ...clip } };
  if (o instanceof RMSprop) return { class_name: "RMSProp", config: { learningRate: lr, decay: o.rho, momentum: o.momentum, epsilon: o.epsilon, centered: o.centered, ...clip } };
  if (o instanceof Adagrad) return { class_name: "Adagrad", config: { learningRate: lr, initialAccumulatorValue: o.initialAccumulatorValue, epsilon: o.epsilon, ...clip } };
  return undefined;
}

/**
 * TF.js's trainingConfig for a compiled model, or undefined when TF.js could
 * not compile it back (a custom or huber loss, AdamW, a learning-rate schedule):
 * TF.js refuses to load a model whose trainingConfig it cannot read.
 */
export function trainingConfigOf(model: Model): Record<string, unknown> | undefined {
  const t = model.trainer;
  if (!t || !t.loss.builtin || !TFJS_LOSSES.has(t.loss.name)) return undefined;
  const optimizer_config = optimizerConfig(t.optimizer);
  if (!optimizer_config) return undefined;
  return { loss: snake(t.loss.name), metrics: t.metrics.map((m) => snake(m.name)), optimizer_config };
}

const unsupported = (where: string, what: string) =>
  new NeuriteError("UNSUPPORTED", `${where}: trainingConfig ${what} is not supported; load with {compile: false} and compile the model yourself`);

/** A loss or metric name from a string or a Keras object ({class_name, config: {name}}). */
function lossName(v: unknown, where: string): string {
  if (typeof v === "string") return camel(v);
  if (isObject(v) && isObject(v.config) && typeof v.config.name === "string") return camel(v.config.name);
  if (isObject(v) && typeof v.class_name === "string") return v.class_name.replace(/^[A-Z]/, (c) => c.toLowerCase());
  throw unsupported(where, `entry ${JSON.stringify(v)}`);
}

function optimizerFrom(v: unknown, where: string): nt.Optimizer {
  if (!isObject(v) || typeof v.class_name !== "string") throw new NeuriteError("BAD_MODEL_FILE", `${where}: trainingConfig has no optimizer_config {class_name, config}`);
  const c = camelKeys(isObject(v.config) ? v.config : {}) as Record<string, number | boolean | undefined>;
  const learningRate = (c.learningRate ?? c.lr) as number | undefined;
  const common = { learningRate, epsilon: c.epsilon as number | undefined };
  switch (v.class_name) {
    case "Adam":
      if (c.amsgrad === true) throw unsupported(where, "Adam with amsgrad");
      return nt.optimizers.adam({ ...common, beta1: c.beta1 as number | undefined, beta2: c.beta2 as number | undefined });
    case "SGD":
      return nt.optimizers.sgd({ learningRate, momentum: c.momentum as number | undefined, nesterov: c.nesterov as boolean | undefined });
    case "Momentum":
      return nt.optimizers.sgd({ learningRate, momentum: c.momentum as number | undefined, nesterov: c.useNesterov as boolean | undefined });
    case "RMSProp": // TF.js's name; its "decay" is Keras's rho
    case "RMSprop":
      return nt.optimizers.rmsprop({ ...common, rho: (c.rho ?? (v.class_name === "RMSProp" ? c.decay : undefined)) as number | undefined, momentum: c.momentum as number | undefined, centered: c.centered as boolean | undefined });
    case "Adagrad":
      return nt.optimizers.adagrad({ ...common, initialAccumulatorValue: c.initialAccumulatorValue as number | undefined });
    default:
      throw unsupported(where, `optimizer "${v.class_name}"`);
  }
}

/** Compiles a loaded model as its trainingConfig says (TF.js's or Keras's spelling). */
export function compileFromTrainingConfig(model: Model, tc: unknown, where: string): void {
  if (!isObject(tc)) throw new NeuriteError("BAD_MODEL_FILE", `${where}: trainingConfig must be an object`);
  if (Array.isArray(tc.loss) || (isObject(tc.loss) && !("class_name" in tc.loss))) throw unsupported(where, "with one loss per output");
  const metrics = (Array.isArray(tc.metrics) ? tc.metrics.flat() : []).map((m) => lossName(m, where));
  const optimizer = fromFile(`${where}: trainingConfig`, () => optimizerFrom(tc.optimizer_config, where));
  try {
    model.compile({ optimizer, loss: lossName(tc.loss, where), metrics });
  } catch (e) {
    if (e instanceof NeuriteError && e.code === "BAD_ARGUMENT") throw unsupported(where, `(${e.message})`);
    throw e;
  }
}
