/**
 * `@neurite/core`: tensors and memory, ops with their gradients, GradientTape, losses, optimizers,
 * initializers, seeded randomness and the backends. `neurite` re-exports all of it.
 *
 * @module \@neurite/core
 */
import { engine, type BackendInfo, type BackendName } from "./engine.js";
import type { Threads } from "./threads.js";
import { Tensor } from "./tensor.js";

export { NeuriteError, type ErrorCode } from "@neurite/kernels";
export { Tensor, type DType, type NestedArray, type TypedArray } from "./tensor.js";
export { Variable, variable } from "./variable.js";
export {
  tensor, scalar, fill, zeros, ones, zerosLike, onesLike, randomUniform, randomNormal, truncatedNormal, type TensorInput,
} from "./create.js";
export { setSeed, getSeed, nextKey, onSeed } from "./random.js";
export { GradientTape, valueAndGrads, type GradientTapeOptions } from "./tape.js";
export * from "./ops/index.js";
export type { Shape } from "./shape.js";
export { engine, type BackendName, type BackendInfo } from "./engine.js";
export type { Threads } from "./threads.js";
export * as losses from "./losses.js";
export * as optimizers from "./optimizers/index.js";
export * as initializers from "./initializers.js";
export { Optimizer } from "./optimizers/optimizer.js";
export type { Initializer } from "./initializers.js";

/**
 * Loads the kernels (SIMD when the runtime has it). Await it once before anything else in browsers.
 * `threads` (default "auto", or NEURITE_THREADS): threads for the large kernels where shared memory
 * and workers exist; results are bit-identical for any count. nt.backendInfo() tells what ran.
 */
export const ready = (options?: { threads?: Threads }): Promise<void> => engine.ready(options);
/** Threads for the large kernels (a count or "auto"); resolves when the workers are running. */
export const setThreads = (threads: Threads): Promise<void> => engine.setThreads(threads);
/** The active backend, its kernel flavour, its threads, and why it has fewer threads than asked for. */
export const backendInfo = (): BackendInfo => engine.backendInfo();
/** Switches the backend: "wasm" (SIMD if available), "wasm-simd", "wasm-scalar" or "js" (the reference). */
export const setBackend = (name: BackendName): Promise<void> => engine.setBackend(name);
/** The active backend's name ("wasm", "wasm-simd", "wasm-scalar", "js" or "js64"). */
export const backendName = (): BackendName => engine.backendName();
/** Which kernels run: "simd", "scalar", "js" or "js64". */
export const backendFlavour = (): string => engine.backend.flavour;
/** Runs fn and frees every tensor it created except those it returns. */
export const tidy = <T>(fn: () => T): T => engine.tidy(fn);
/** Live tensors and bytes (and the heap's own count). */
export const memory = () => engine.memory();
/** Keeps a tensor made inside tidy() alive after it. */
export function keep<T extends Tensor>(t: T): T {
  engine.untrack(t);
  return t;
}
/** Disposes a tensor, or every tensor in an array or object. */
export function dispose(x: Tensor | readonly Tensor[] | Record<string, Tensor>): void {
  if (x instanceof Tensor) x.dispose();
  else for (const t of Object.values(x)) t.dispose();
}
