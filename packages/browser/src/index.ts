/**
 * `@neurite/browser`: kernels streamed with WebAssembly.instantiateStreaming, model IO for
 * indexeddb://, localstorage:// and downloads:// (registered on import), file-input loading,
 * and training in a Web Worker.
 *
 * @module \@neurite/browser
 */
import "./io/register.js";

export { ready, loadKernelsStreaming, type KernelSource, type StreamingOptions } from "./kernels.js";
export { browserIndexedDB } from "./io/indexeddb.js";
export { browserLocalStorage } from "./io/localstorage.js";
export { browserDownloads } from "./io/downloads.js";
export { browserFiles } from "./io/files.js";
export { removeModel } from "./io/register.js";
export { trainInWorker, WorkerTraining, type TrainResult, type WorkerTrainingOptions } from "./worker/client.js";
export type { ArraySpec, LayerSpec, ModelSpec, OptimizerSpec, TrainSpec, WeightSnapshot, FromWorker, ToWorker } from "./worker/protocol.js";
