// Messages between trainInWorker() and the worker. Everything here survives structured cloning:
// numbers, strings, plain objects and typed arrays (whose buffers are transferred, not copied).
import type { ErrorCode } from "@neurite/core";
import type { ModelArtifacts } from "@neurite/layers";

/** One layer: a factory name of `nt.layers` plus its arguments, e.g. {type: "dense", units: 8, activation: "tanh"}. */
export interface LayerSpec {
  type: "dense" | "dropout" | "activation" | "batchNormalization" | "flatten";
  [arg: string]: unknown;
}

/** A Sequential model: the shape of one sample and the layers in order. */
export interface ModelSpec {
  inputShape: number[];
  layers: LayerSpec[];
}

/** An optimizer factory name of `nt.optimizers` with its options, e.g. {name: "adam", learningRate: 0.01}. */
export interface OptimizerSpec {
  name: "sgd" | "adam" | "adamw" | "rmsprop" | "adagrad";
  [option: string]: unknown;
}

/** Row-major data and its shape; the buffer is transferred to the worker. */
export interface ArraySpec {
  data: Float32Array | Int32Array;
  shape: number[];
}

/** What trainInWorker trains, as plain data: the model, compile settings, data, fit options and seed. */
export interface TrainSpec {
  /** A layer list, or TF.js model artifacts (model.json's topology plus weights) to continue training. */
  model: ModelSpec | { artifacts: ModelArtifacts };
  compile: { optimizer: OptimizerSpec | OptimizerSpec["name"]; loss: string; metrics?: string[] };
  x: ArraySpec;
  y: ArraySpec;
  fit?: { epochs?: number; batchSize?: number; shuffle?: boolean; validationSplit?: number; validation?: { x: ArraySpec; y: ArraySpec } };
  /** Seeds initialisation, shuffling and dropout (nt.setSeed) before the model is built. */
  seed?: number;
  /** Batch losses are sent at most this often, in ms (default 50): fast steps would flood the page otherwise. */
  batchIntervalMs?: number;
}

/** A weight as sent back: its variable name, shape and values. */
export interface WeightSnapshot {
  name: string;
  shape: number[];
  data: Float32Array;
}

/** Messages the page sends the training worker. */
export type ToWorker =
  | { type: "train"; spec: TrainSpec }
  | { type: "getWeights"; id: number }
  | { type: "predict"; id: number; x: ArraySpec }
  | { type: "stop" };

export type Logs = Record<string, number>;

/** Messages the training worker sends the page. */
export type FromWorker =
  /** The losses of batches [firstBatch, firstBatch + losses.length) of an epoch, and the running logs. */
  | { type: "batch"; epoch: number; firstBatch: number; losses: number[]; logs: Logs }
  | { type: "epoch"; epoch: number; logs: Logs }
  | { type: "done"; history: Record<string, number[]>; epochs: number[]; weights: WeightSnapshot[] }
  /** `code` is the NeuriteError code; absent for other errors. */
  | { type: "error"; code?: ErrorCode; message: string }
  | { type: "weights"; id: number; weights: WeightSnapshot[] }
  | { type: "prediction"; id: number; y: ArraySpec }
  | { type: "failed"; id: number; code?: ErrorCode; message: string };
