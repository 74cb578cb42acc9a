import { engine, type BackendName } from "./engine.js";
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
export { engine, type BackendName } from "./engine.js";
export * as losses from "./losses.js";
export * as optimizers from "./optimizers/index.js";
export * as initializers from "./initializers.js";
export { Optimizer } from "./optimizers/optimizer.js";
export type { Initializer } from "./initializers.js";

/** Loads the kernels (SIMD when the runtime has it). Await it once before anything else in browsers. */
export const ready = (): Promise<void> => engine.ready();
/** Switches the backend: "wasm" (SIMD if available), "wasm-simd", "wasm-scalar" or "js" (the reference). */
export const setBackend = (name: BackendName): Promise<void> => engine.setBackend(name);
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
