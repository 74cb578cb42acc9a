import { NeuriteError } from "@neurite/kernels";
import type { Optimizer } from "./optimizer.js";
import { Adagrad, Adam, AdamW, RMSprop, SGD } from "./rules.js";

export { Optimizer, type OptimizerOptions, type Penalty } from "./optimizer.js";
export { Adagrad, Adam, AdamW, RMSprop, SGD } from "./rules.js";
export * from "./schedules.js";

type Opts<T extends abstract new (...a: never[]) => unknown> = ConstructorParameters<T>[0];

export const sgd = (o?: Opts<typeof SGD>) => new SGD(o);
export const adam = (o?: Opts<typeof Adam>) => new Adam(o);
export const adamw = (o?: Opts<typeof AdamW>) => new AdamW(o);
export const rmsprop = (o?: Opts<typeof RMSprop>) => new RMSprop(o);
export const adagrad = (o?: Opts<typeof Adagrad>) => new Adagrad(o);

const byName: Record<string, () => Optimizer> = { sgd, adam, adamw, rmsprop, adagrad };

/** An optimizer from its Keras name ("adam", "Adam", "sgd", …) with default settings, or the instance itself. */
export function getOptimizer(id: string | Optimizer): Optimizer {
  if (typeof id !== "string") return id;
  const f = byName[id.toLowerCase()];
  if (!f) throw new NeuriteError("BAD_ARGUMENT", `unknown optimizer "${id}"; known: ${Object.keys(byName).join(", ")}`);
  return f();
}
