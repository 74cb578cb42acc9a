import type { Kernels } from "./abi.js";
import { NeuriteError } from "./errors.js";
import { base64 as simdBase64 } from "./generated/wasm-simd.js";
import { base64 as scalarBase64 } from "./generated/wasm-scalar.js";
import { KernelModule } from "./module.js";
import { createReference } from "./reference/index.js";

export type WasmFlavour = "simd" | "scalar";

export interface LoadOptions {
  /** "auto" (default) picks simd when the runtime validates the SIMD module. */
  flavour?: WasmFlavour | "auto";
  /** Module bytes to use instead of the embedded ones (e.g. from instantiateStreaming's fetch). */
  bytes?: Uint8Array<ArrayBuffer>;
  /** A fetched module (`fetch(url)`), compiled while it downloads by WebAssembly.instantiateStreaming; wins over `bytes`. */
  source?: Response | PromiseLike<Response>;
  /** Initial memory in 64 KiB pages. */
  initialPages?: number;
  /** Upper bound on memory in 64 KiB pages (default: 4 GiB worth). */
  maximumPages?: number;
  /**
   * Threads for the large kernels (GEMM, big elementwise ops, optimizer
   * updates): 1 (default) loads the single-threaded flavours; more, or "auto"
   * (the core count), loads the simd-threads flavour with a worker pool where
   * the runtime allows it, else the module runs on one thread and its
   * `threadsReason` says why. Results are bit-identical for any count. The
   * threaded module comes from the embedded bytes: `bytes` and `source` are
   * for the single-threaded flavours.
   */
  threads?: number | "auto";
}

const cache = new Map<WasmFlavour, Uint8Array<ArrayBuffer>>();

function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The embedded bytes of one flavour. */
export function wasmBytes(flavour: WasmFlavour): Uint8Array<ArrayBuffer> {
  let bytes = cache.get(flavour);
  if (!bytes) {
    bytes = decodeBase64(flavour === "simd" ? simdBase64 : scalarBase64);
    cache.set(flavour, bytes);
  }
  return bytes;
}

let simdOk: boolean | undefined;
/** Whether this runtime runs WebAssembly SIMD: validates the SIMD build itself. */
export function simdSupported(): boolean {
  simdOk ??= WebAssembly.validate(wasmBytes("simd"));
  return simdOk;
}

function envFlavour(): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env?.NEURITE_FLAVOUR;
}

/** Resolves "auto" against the runtime and the NEURITE_FLAVOUR override. */
export function pickFlavour(requested: WasmFlavour | "auto" = "auto"): WasmFlavour {
  const env = envFlavour();
  const want = requested !== "auto" ? requested : env === "scalar" || env === "simd" ? env : "auto";
  if (want === "simd" && !simdSupported()) {
    throw new NeuriteError("UNSUPPORTED", "the SIMD kernels were requested but this runtime does not validate WebAssembly SIMD");
  }
  if (want !== "auto") return want;
  return simdSupported() ? "simd" : "scalar";
}

/** Decodes an AssemblyScript string (UTF-16, byte length stored just before it). */
function readAsString(memory: WebAssembly.Memory, ptr: number): string {
  if (!ptr) return "";
  const len = new Uint32Array(memory.buffer, ptr - 4, 1)[0]! >>> 1;
  return String.fromCharCode(...new Uint16Array(memory.buffer, ptr, len));
}

export function createMemory(initialPages = 32, maximumPages = 65536, shared = false): WebAssembly.Memory {
  return new WebAssembly.Memory({ initial: initialPages, maximum: maximumPages, shared });
}

/** The module's imports; `extra` adds entries to `env` (the threads flavour's tlsBase). */
export function kernelImports(memory: WebAssembly.Memory, extra: Record<string, WebAssembly.ImportValue> = {}): WebAssembly.Imports {
  return {
    env: {
      // The threads flavour times its dispatches (assembly/threads.ts, straggler back-off); the others import nothing.
      nowMs: () => performance.now(),
      ...extra,
      memory,
      abort(msg: number, file: number, line: number, col: number) {
        throw new NeuriteError(
          "KERNEL_ABORT",
          `kernel aborted: ${readAsString(memory, msg)} at ${readAsString(memory, file)}:${line}:${col}`,
        );
      },
    },
  };
}

/** Loads a wasm kernel flavour into a fresh memory. */
export async function loadKernels(options: LoadOptions = {}): Promise<KernelModule> {
  const flavour = pickFlavour(options.flavour);
  let threadsReason: string | undefined;
  if (options.threads !== undefined && options.threads !== 1) {
    // Only runs that ask for threads load the threads code and its module bytes.
    const { loadThreaded } = await import("./threads/load.js");
    const threaded = await loadThreaded(flavour, options);
    if (typeof threaded !== "string") return threaded;
    threadsReason = threaded;
  }
  const memory = createMemory(options.initialPages, options.maximumPages);
  const { instance } = options.source
    ? await WebAssembly.instantiateStreaming(options.source, kernelImports(memory))
    : await WebAssembly.instantiate(options.bytes ?? wasmBytes(flavour), kernelImports(memory));
  const mod = new KernelModule(flavour, memory, instance.exports as unknown as Kernels);
  mod.threadsReason = threadsReason;
  return mod;
}

/**
 * Synchronous load for runtimes that allow synchronous compilation of large
 * modules (Node, Bun, Deno, workers). Browsers' main threads refuse it.
 */
export function loadKernelsSync(options: LoadOptions = {}): KernelModule {
  const flavour = pickFlavour(options.flavour);
  const memory = createMemory(options.initialPages, options.maximumPages);
  const module = new WebAssembly.Module(options.bytes ?? wasmBytes(flavour));
  const instance = new WebAssembly.Instance(module, kernelImports(memory));
  return new KernelModule(flavour, memory, instance.exports as unknown as Kernels);
}

/** The plain-TypeScript reference kernels, in float32 or float64 storage. */
export function referenceKernels(precision: "f32" | "f64" = "f32"): KernelModule {
  const memory = createMemory(4);
  return new KernelModule(precision === "f64" ? "js64" : "js", memory, createReference(memory, precision));
}
