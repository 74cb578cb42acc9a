/**
 * The browser entry of `neurite` (the "browser" export condition, which bundlers pick): everything
 * of the main entry, with kernels streamed by `ready()`, the indexeddb://, localstorage:// and
 * downloads:// handlers registered, `io.browserFiles` for file inputs, and `trainInWorker`.
 *
 * @module neurite (browser entry)
 */
import { io as layersIO } from "@neurite/layers";
import { browserDownloads, browserFiles, browserIndexedDB, browserLocalStorage, removeModel } from "@neurite/browser";

export * from "./index.js";
export {
  ready, loadKernelsStreaming, trainInWorker, WorkerTraining,
  type KernelSource, type StreamingOptions, type TrainSpec, type TrainResult, type ModelSpec, type LayerSpec,
  type OptimizerSpec, type ArraySpec, type WeightSnapshot, type WorkerTrainingOptions,
} from "@neurite/browser";

/** Model IO as in tf.io, with the browser's handlers. */
export const io = { ...layersIO, browserDownloads, browserFiles, browserIndexedDB, browserLocalStorage, removeModel };
