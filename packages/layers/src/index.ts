/**
 * `@neurite/layers`: layers, Sequential and subclassed models, compile/fit/evaluate/predict, callbacks,
 * regularizers, transfer learning, and save/load in the TF.js layers format. `neurite` re-exports it.
 *
 * @module \@neurite/layers
 */
import { Activation, Dropout, Flatten, InputLayer } from "./layers/basic.js";
import { BatchNormalization, type BatchNormalizationArgs } from "./layers/batchnorm.js";
import { Dense, type DenseArgs } from "./layers/dense.js";
import type { Layer, LayerArgs } from "./layer.js";
import { Sequential } from "./sequential.js";

export { Layer, type LayerArgs, type CallArgs, type WeightSpec } from "./layer.js";
export { Model } from "./model.js";
export { Sequential } from "./sequential.js";
export { Dense, type DenseArgs } from "./layers/dense.js";
export { Activation, Dropout, Flatten, InputLayer } from "./layers/basic.js";
export { BatchNormalization, type BatchNormalizationArgs } from "./layers/batchnorm.js";
export * as regularizers from "./regularizers.js";
export * as callbacks from "./training/callbacks.js";
export { Callback, type CallbackHooks, type CallbackLike } from "./training/callbacks.js";
export type { History, Logs } from "./training/history.js";
export type { CompileArgs, LossFn } from "./training/compile.js";
export type { FitArgs, EvaluateArgs, PredictArgs } from "./training/fit.js";
export type { DatasetLike } from "./training/dataset.js";
export { setProgressReporter, lineReporter, formatLogs, type ProgressReporter } from "./training/progress.js";
export { withTraining, inTraining } from "./context.js";
export { tapDense, tapeFor, type DenseCall, type DenseTap, type TapeProvider } from "./privacy-hooks.js";

/** Layer factories, named as in TF.js (`nt.layers.dense({units: 10})`). */
export const layers = {
  /** A fully connected layer: activation(x · kernel + bias). */
  dense: (args: DenseArgs) => new Dense(args),
  /** Applies an activation function by name. */
  activation: (args: LayerArgs & { activation: string }) => new Activation(args),
  /** Zeroes a fraction `rate` of the inputs in training and rescales the rest. */
  dropout: (args: LayerArgs & { rate: number; seed?: number }) => new Dropout(args),
  /** Flattens each sample to one axis. */
  flatten: (args: LayerArgs = {}) => new Flatten(args),
  /** Declares the input shape of a Sequential model. */
  inputLayer: (args: LayerArgs & { shape?: number[] }) => new InputLayer(args),
  /** Alias of inputLayer. */
  input: (args: LayerArgs & { shape?: number[] }) => new InputLayer(args),
  /** Normalizes with batch statistics in training and moving averages in inference. */
  batchNormalization: (args: BatchNormalizationArgs = {}) => new BatchNormalization(args),
};

/** A Sequential model: `sequential([...layers])` or TF.js's `sequential({layers})`. */
export function sequential(arg: Layer[] | (LayerArgs & { layers?: Layer[] }) = {}): Sequential {
  return Array.isArray(arg) ? new Sequential({ layers: arg }) : new Sequential(arg);
}
export { loadModel, registerLayer, registerIOHandler, type LoadOptions, type LayerClass } from "./io/index.js";
export type { IOHandler, IOHandlerFactory, ModelArtifacts, SaveResult } from "./io/index.js";
/** Model IO as in tf.io: in-memory and http handlers, the FileStore-backed handler, and artifacts conversion. */
export * as io from "./io/index.js";
/** Transfer learning: truncate/replaceHead, multiOptimizer, autoencoder, fineTune with staged unfreezing. */
export * as transfer from "./transfer/index.js";
export { Trainer } from "./training/trainer.js";
