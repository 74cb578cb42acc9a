import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { getMetric, type Metric } from "./metrics.js";

/** A loss function: (targets, predictions, {sampleWeight}) → a scalar tensor. */
export type LossFn = (yTrue: nt.Tensor, yPred: nt.Tensor, opts?: { sampleWeight?: nt.Tensor }) => nt.Tensor;

/** What compile() takes: the optimizer, the loss and optional metrics. */
export interface CompileArgs {
  optimizer: string | nt.Optimizer;
  /** A Keras loss name ("categoricalCrossentropy", "mse", …) or a function (yTrue, yPred) → scalar. */
  loss: string | LossFn;
  metrics?: string[];
}

/** The loss names and aliases compile() accepts, mapped to core's losses. */
const LOSSES: Record<string, keyof typeof nt.losses.lossesByName> = {
  meanSquaredError: "meanSquaredError", mse: "meanSquaredError", mean_squared_error: "meanSquaredError",
  meanAbsoluteError: "meanAbsoluteError", mae: "meanAbsoluteError", mean_absolute_error: "meanAbsoluteError",
  huber: "huber", binaryCrossentropy: "binaryCrossentropy", binary_crossentropy: "binaryCrossentropy",
  categoricalCrossentropy: "categoricalCrossentropy", categorical_crossentropy: "categoricalCrossentropy",
  sparseCategoricalCrossentropy: "sparseCategoricalCrossentropy", sparse_categorical_crossentropy: "sparseCategoricalCrossentropy",
};

export interface ResolvedLoss {
  /** Canonical name, or the function's name for custom losses. */
  name: string;
  builtin: boolean;
  fn: LossFn;
}

export function resolveLoss(loss: string | LossFn): ResolvedLoss {
  if (typeof loss === "function") return { name: loss.name || "customLoss", builtin: false, fn: loss };
  const key = LOSSES[loss];
  if (!key) throw new NeuriteError("BAD_ARGUMENT", `compile: unknown loss "${loss}"; known: ${Object.keys(LOSSES).filter((k) => !k.includes("_")).join(", ")}`);
  return { name: key, builtin: true, fn: nt.losses.lossesByName[key] as LossFn };
}

export function resolveMetrics(ids: readonly string[] | undefined, lossName: string, outputs: number): Metric[] {
  if (ids !== undefined && !Array.isArray(ids)) throw new NeuriteError("BAD_ARGUMENT", "compile: metrics must be an array of names");
  return (ids ?? []).map((id) => {
    if (typeof id !== "string") throw new NeuriteError("BAD_ARGUMENT", `compile: metrics must be names such as "accuracy", got ${typeof id}`);
    return getMetric(id, lossName, outputs);
  });
}
