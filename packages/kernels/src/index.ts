export * from "./abi.js";
export * from "./plan.js";
export { NeuriteError, type ErrorCode } from "./errors.js";
export { Heap, Arena } from "./heap.js";
export { KernelModule, type Flavour } from "./module.js";
export { CheckContext, type CheckTable } from "./checks/context.js";
export {
  loadKernels, loadKernelsSync, referenceKernels, simdSupported, pickFlavour, wasmBytes, createMemory,
  type LoadOptions, type WasmFlavour,
} from "./loader.js";
export { ThreadPool, MAX_THREADS } from "./threads/pool.js";
export { availableCores, resolveThreads, threadsUnavailableReason, AUTO_MAX_THREADS } from "./threads/support.js";
