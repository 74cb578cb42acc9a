/** The network and training setup a state describes, as plain data (the worker turns it into a model). */
import type { ActivationName, AppState, FeatureName, OptimizerName, Problem, RegularizationName } from "../state/schema.js";
import { orderedFeatures } from "./features.js";

export type OutputActivation = "sigmoid" | "softmax" | "linear";
export type LossName = "binaryCrossentropy" | "sparseCategoricalCrossentropy" | "meanSquaredError";

/** How raw (x1, x2) and targets were rescaled into the Playground's range (identity for the built-in sets). */
export interface InputTransform {
  /** x ↦ (x − center) · scale, per axis. */
  center: [number, number];
  scale: number;
}

export interface NetworkSpec {
  problem: Problem;
  features: FeatureName[];
  hidden: number[];
  activation: ActivationName;
  output: { units: number; activation: OutputActivation };
  loss: LossName;
  regularization: { kind: RegularizationName; rate: number };
  optimizer: { name: OptimizerName; learningRate: number };
  seed: number;
  transform: InputTransform;
}

export const IDENTITY: InputTransform = { center: [0, 0], scale: 1 };

/**
 * Two classes get one sigmoid unit and binary cross-entropy; three or more a
 * softmax and sparse categorical cross-entropy; regression one linear unit
 * and mean squared error.
 */
export function networkSpec(s: AppState, data: { problem: Problem; classes: number; transform?: InputTransform }): NetworkSpec {
  const output: NetworkSpec["output"] =
    data.problem === "regression" ? { units: 1, activation: "linear" }
      : data.classes > 2 ? { units: data.classes, activation: "softmax" } : { units: 1, activation: "sigmoid" };
  const loss: LossName =
    data.problem === "regression" ? "meanSquaredError" : data.classes > 2 ? "sparseCategoricalCrossentropy" : "binaryCrossentropy";
  return {
    problem: data.problem,
    features: orderedFeatures(s.features),
    hidden: [...s.hidden],
    activation: s.activation,
    output,
    loss,
    regularization: { kind: s.regularizationRate > 0 ? s.regularization : "none", rate: s.regularizationRate },
    optimizer: { name: s.optimizer, learningRate: s.learningRate },
    seed: s.seed,
    transform: data.transform ?? IDENTITY,
  };
}

/** Units per layer, inputs first: [features, ...hidden, outputs]. */
export function layerSizes(spec: NetworkSpec): number[] {
  return [spec.features.length, ...spec.hidden, spec.output.units];
}

/** Trainable parameters (weights and biases). */
export function paramCount(spec: NetworkSpec): number {
  const sizes = layerSizes(spec);
  let n = 0;
  for (let i = 1; i < sizes.length; i++) n += sizes[i - 1]! * sizes[i]! + sizes[i]!;
  return n;
}
