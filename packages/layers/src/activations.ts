import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";

/** Activation names Keras and TF.js use, in camelCase and snake_case. */
export type ActivationId =
  | "linear" | "relu" | "leakyRelu" | "elu" | "selu" | "sigmoid" | "tanh" | "gelu" | "softplus" | "softsign"
  | "swish" | "silu" | "relu6" | "hardSigmoid" | "softmax" | "logSoftmax" | "exponential";

const table: Record<ActivationId, (x: nt.Tensor) => nt.Tensor> = {
  linear: (x) => x,
  relu: nt.relu,
  leakyRelu: (x) => nt.leakyRelu(x, 0.2),
  elu: nt.elu,
  selu: nt.selu,
  sigmoid: nt.sigmoid,
  tanh: nt.tanh,
  gelu: nt.gelu,
  softplus: nt.softplus,
  softsign: nt.softsign,
  swish: nt.swish,
  silu: nt.swish,
  relu6: nt.relu6,
  hardSigmoid: nt.hardSigmoid,
  softmax: nt.softmax,
  logSoftmax: nt.logSoftmax,
  exponential: nt.exp,
};

/** The canonical camelCase name of an activation given in either style (or null/undefined → linear). */
export function normalizeActivation(id: string | null | undefined): ActivationId {
  if (id === null || id === undefined) return "linear";
  if (typeof id !== "string") throw new NeuriteError("BAD_ARGUMENT", `activation must be a name such as "relu", got ${typeof id}`);
  const camel = id.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  if (!(camel in table)) {
    throw new NeuriteError("BAD_ARGUMENT", `unknown activation "${id}"; known: ${Object.keys(table).join(", ")}`);
  }
  return camel as ActivationId;
}

export function activationFn(id: ActivationId): (x: nt.Tensor) => nt.Tensor {
  return table[id];
}

/** The name TF.js/Keras files use for an activation (snake_case). */
export function serializeActivation(id: ActivationId): string {
  return id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
