import { engine } from "@neurite/core";
import { loadKernels, pickFlavour, type KernelModule, type WasmFlavour } from "@neurite/kernels";

/** How the kernels were obtained: compiled while downloading, compiled from downloaded bytes, or from the copy embedded in the JS. */
export type KernelSource = "streaming" | "bytes" | "embedded";

/** Options of ready() and loadKernelsStreaming in the browser. */
export interface StreamingOptions {
  /** "auto" (default) picks SIMD when the browser validates it. */
  flavour?: WasmFlavour | "auto";
  /** Where the .wasm is served; default: next to this module (the build copies both flavours there). */
  wasmUrl?: string | URL | ((flavour: WasmFlavour) => string | URL);
  /** Passed to fetch (credentials, integrity, …). */
  requestInit?: RequestInit;
}

function defaultUrl(flavour: WasmFlavour): URL {
  // Literal `new URL("./x.wasm", import.meta.url)` calls: the form bundlers recognise and copy.
  return flavour === "simd" ? new URL("./kernels-simd.wasm", import.meta.url) : new URL("./kernels-scalar.wasm", import.meta.url);
}

async function tryFetch(url: string | URL, init?: RequestInit): Promise<Response | undefined> {
  try {
    const res = await fetch(url, init);
    return res.ok ? res : undefined;
  } catch {
    // Offline, a blocked origin, or a scheme fetch cannot read (file://): the embedded copy still works.
    return undefined;
  }
}

/**
 * Loads the kernels with WebAssembly.instantiateStreaming from `wasmUrl`. A server that does not
 * send `application/wasm` gets its bytes compiled instead; when the fetch or the compile fails,
 * the bytes embedded in @neurite/kernels are used, so this never fails for network reasons.
 */
export async function loadKernelsStreaming(options: StreamingOptions = {}): Promise<{ module: KernelModule; source: KernelSource }> {
  const flavour = pickFlavour(options.flavour);
  const given = options.wasmUrl;
  const url = typeof given === "function" ? given(flavour) : (given ?? defaultUrl(flavour));
  const res = await tryFetch(url, options.requestInit);
  if (res) {
    const mime = res.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    try {
      if (mime === "application/wasm" && typeof WebAssembly.instantiateStreaming === "function") {
        return { module: await loadKernels({ flavour, source: res }), source: "streaming" };
      }
      return { module: await loadKernels({ flavour, bytes: new Uint8Array(await res.arrayBuffer()) }), source: "bytes" };
    } catch {
      // Not a kernels module (an HTML fallback page, a stale build): use the embedded one.
    }
  }
  return { module: await loadKernels({ flavour }), source: "embedded" };
}

let loading: Promise<KernelSource> | undefined;

/**
 * The browser's `nt.ready()`: streams the kernels and makes them the active "wasm" backend.
 * Call it once, before creating tensors; later calls return the first call's result.
 */
export function ready(options: StreamingOptions = {}): Promise<KernelSource> {
  loading ??= loadKernelsStreaming(options).then(
    ({ module, source }) => {
      engine.adopt("wasm", module);
      return source;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
