export * from "./abi.js";
export { NeuriteError, type ErrorCode } from "./errors.js";
export { Heap, Arena } from "./heap.js";
export { KernelModule, type Flavour } from "./module.js";
export { CheckContext, type CheckTable } from "./checks/context.js";
export {
  loadKernels, loadKernelsSync, referenceKernels, simdSupported, pickFlavour, wasmBytes, createMemory,
  type LoadOptions, type WasmFlavour,
} from "./loader.js";
