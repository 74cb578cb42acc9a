import type { Kernels } from "../abi.js";
import { createMemory, kernelImports, type LoadOptions, type WasmFlavour } from "../loader.js";
import { KernelModule } from "../module.js";
import { ThreadPool, type ThreadExports } from "./pool.js";
import { mayBlock, resolveThreads, threadsUnavailableReason } from "./support.js";

type ThreadedExports = Kernels & ThreadExports & {
  tlsHeapBase(): number;
  sgemmMT: Kernels["sgemm"];
  activationMT: Kernels["activation"];
  activationBackwardMT: Kernels["activationBackward"];
  unaryMT: Kernels["unary"];
  binaryMT: Kernels["binary"];
  sgdMT: Kernels["sgd"];
  sgdMomentumMT: Kernels["sgdMomentum"];
  adamMT: Kernels["adam"];
  rmspropMT: Kernels["rmsprop"];
  adagradMT: Kernels["adagrad"];
  gatherRowsMT: Kernels["gatherRows"];
};

let bytes: Uint8Array<ArrayBuffer> | undefined;

async function threadsBytes(): Promise<Uint8Array<ArrayBuffer>> {
  if (!bytes) {
    const { base64 } = await import("../generated/wasm-simd-threads.js");
    const bin = atob(base64);
    bytes = new Uint8Array(new ArrayBuffer(bin.length));
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  return bytes;
}

/**
 * Loads the simd-threads flavour with a worker pool of `options.threads`, or
 * returns why it cannot (the caller then loads a single-threaded flavour).
 * With "auto", workers join in the background; with a number, this resolves
 * once they are all parked.
 */
export async function loadThreaded(flavour: WasmFlavour, options: LoadOptions): Promise<KernelModule | string> {
  if (flavour !== "simd") return "the threaded kernels are a SIMD build, and the scalar flavour was chosen";
  const unavailable = threadsUnavailableReason();
  if (unavailable) return unavailable;
  const want = await resolveThreads(options.threads ?? 1);
  if (want <= 1) return "this machine reports a single core";
  const code = await threadsBytes();
  if (!WebAssembly.validate(code)) return "this runtime does not support WebAssembly threads (shared memory and atomics)";
  let memory: WebAssembly.Memory;
  try {
    memory = createMemory(options.initialPages, options.maximumPages, true);
  } catch (e) {
    return `could not reserve shared memory: ${(e as Error).message}`;
  }
  const module = await WebAssembly.compile(code);
  // tlsBase 0: the main instance keeps its scratch just above the static data (assembly/tls.ts).
  const instance = await WebAssembly.instantiate(module, kernelImports(memory, { tlsBase: 0 }));
  const ex = instance.exports as unknown as ThreadedExports;
  const raw: Kernels = {
    ...ex,
    heapBase: ex.tlsHeapBase,
    sgemm: ex.sgemmMT,
    activation: ex.activationMT,
    activationBackward: ex.activationBackwardMT,
    unary: ex.unaryMT,
    binary: ex.binaryMT,
    sgd: ex.sgdMT,
    sgdMomentum: ex.sgdMomentumMT,
    adam: ex.adamMT,
    rmsprop: ex.rmspropMT,
    adagrad: ex.adagradMT,
    gatherRows: ex.gatherRowsMT,
    gatherRowsI32: ex.gatherRowsMT,
  };
  const mod = new KernelModule("simd", memory, raw);
  mod.threads = new ThreadPool(ex, memory, module, mod.heap, mayBlock());
  await mod.threads.setCount(want, options.threads !== "auto");
  return mod;
}
