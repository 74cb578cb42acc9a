/**
 * Neurite: the one package users import. Re-exports the core (tensors, ops,
 * autodiff, optimizers, losses), the layers and models API, and evaluation.
 *
 * @module neurite
 */
export * from "@neurite/core";
export {
  layers, sequential, Sequential, Model, Layer, Dense, Activation, Dropout, Flatten, InputLayer, BatchNormalization,
  callbacks, Callback, regularizers, transfer, setProgressReporter,
  type LayerArgs, type CallArgs, type DenseArgs, type CompileArgs, type FitArgs, type EvaluateArgs, type PredictArgs,
  type History, type Logs, type CallbackHooks, type CallbackLike, type ProgressReporter, type DatasetLike,
} from "@neurite/layers";
export {
  io, loadModel, registerLayer, registerIOHandler,
  type IOHandler, type IOHandlerFactory, type ModelArtifacts, type SaveResult, type LayerClass,
} from "@neurite/layers";
export { metrics, selection, diagnose, interpret } from "@neurite/eval";
import * as dataApi from "@neurite/data/tensors";
/** Datasets as tf.data pipelines of tensors: fromTensorSlices, fromGenerator, csv, zip; preprocessing. */
export const data = dataApi;
/** Built-in datasets: digits (MNIST), iris, and TensorFlow Playground's 2-D sets. */
export const datasets = dataApi.datasets;
export type { TensorDataset } from "@neurite/data/tensors";
export * as privacy from "@neurite/privacy";
/** Magnitude pruning and weight quantization (uint8/float16 in the TF.js manifest format). */
export * as compress from "@neurite/compress";
