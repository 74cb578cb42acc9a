import { NeuriteError } from "@neurite/kernels";
import type { Optimizer } from "./optimizer.js";
import { Adagrad, Adam, AdamW, RMSprop, SGD } from "./rules.js";

export { Optimizer, type OptimizerOptions, type Penalty } from "./optimizer.js";
export { Adagrad, Adam, AdamW, RMSprop, SGD } from "./rules.js";
export * from "./schedules.js";

type Opts<T extends abstract new (...a: never[]) => unknown> = ConstructorParameters<T>[0];

/** Stochastic gradient descent, optionally with momentum and Nesterov (Keras's SGD). */
export const sgd = (o?: Opts<typeof SGD>) => new SGD(o);
/** Adam (Keras's defaults: learningRate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-7). */
export const adam = (o?: Opts<typeof Adam>) => new Adam(o);
/** Adam with decoupled weight decay (AdamW). */
export const adamw = (o?: Opts<typeof AdamW>) => new AdamW(o);
/** RMSprop, optionally centered and with momentum. */
export const rmsprop = (o?: Opts<typeof RMSprop>) => new RMSprop(o);
/** Adagrad. */
export const adagrad = (o?: Opts<typeof Adagrad>) => new Adagrad(o);

const byName: Record<string, () => Optimizer> = { sgd, adam, adamw, rmsprop, adagrad };

/** An optimizer from its Keras name ("adam", "Adam", "sgd", …) with default settings, or the instance itself. */
export function getOptimizer(id: string | Optimizer): Optimizer {
  if (typeof id !== "string") return id;
  const f = byName[id.toLowerCase()];
  if (!f) throw new NeuriteError("BAD_ARGUMENT", `unknown optimizer "${id}"; known: ${Object.keys(byName).join(", ")}`);
  return f();
}
