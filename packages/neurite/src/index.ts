/**
 * Neurite: the one package users import. Re-exports the core (tensors, ops,
 * autodiff, optimizers, losses), the layers and models API, and evaluation.
 */
export * from "@neurite/core";
export {
  layers, sequential, Sequential, Model, Layer, Dense, Activation, Dropout, Flatten, InputLayer, BatchNormalization,
  callbacks, Callback, regularizers, setProgressReporter,
  type LayerArgs, type CallArgs, type DenseArgs, type CompileArgs, type FitArgs, type EvaluateArgs, type PredictArgs,
  type History, type Logs, type CallbackHooks, type CallbackLike, type ProgressReporter, type DatasetLike,
} from "@neurite/layers";
export { metrics } from "@neurite/eval";
