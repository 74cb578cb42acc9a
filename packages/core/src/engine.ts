import {
  loadKernels, loadKernelsSync, NeuriteError, referenceKernels, threadsUnavailableReason, type Flavour, type KernelModule,
} from "@neurite/kernels";
import { defaultThreads, resolveThreads, type Threads } from "./threads.js";
import { Backend } from "./backend.js";
import { checkShape, fmt, sizeOf, type Shape } from "./shape.js";
import { DataRef, setTensorHooks, Tensor, type DType } from "./tensor.js";

/** Names accepted by setBackend: "wasm" picks SIMD when the runtime has it. */
export type BackendName = "wasm" | "wasm-simd" | "wasm-scalar" | "js" | "js64";

/** What runs the kernels: nt.backendInfo(). */
export interface BackendInfo {
  name: BackendName;
  flavour: Flavour;
  /** Threads the kernels use now, the calling one included (workers still starting are not counted yet). */
  threads: number;
  /** Threads asked for (ready({threads}), setThreads or the default). */
  threadsRequested: number;
  /** Why fewer threads run than were asked for: no shared memory (a page that is not cross-origin isolated), scalar kernels, … */
  threadsReason?: string;
}

/** What a recorded op needs for backward: the tape walks these in reverse. */
export interface TapeRecorder {
  record(node: TapeNode): void;
  /** Whether an op with these inputs must be recorded. */
  watches(inputs: readonly Tensor[]): boolean;
  /** Outputs of a recorded op become watched too. */
  markWatched(outputs: readonly Tensor[]): void;
}

export interface TapeNode {
  name: string;
  inputs: readonly Tensor[];
  outputs: readonly Tensor[];
  /** Tensors the backward closure reads; held alive until the tape is done. */
  saved: readonly Tensor[];
  /** Gradients w.r.t. inputs (null where none flows), given gradients w.r.t. outputs. */
  backward(dys: readonly Tensor[], needs: readonly boolean[]): (Tensor | null)[];
}

class Engine {
  private readonly backends = new Map<string, Backend>();
  private active: Backend | undefined;
  private activeName: BackendName = "wasm";
  private readonly scopes: Tensor[][] = [];
  readonly tapes: TapeRecorder[] = [];
  private liveTensors = 0;
  private liveBytes = 0;

  constructor() {
    setTensorHooks({
      onTensorFreed: () => {
        this.liveTensors--;
      },
      onFree: (ref) => {
        this.liveBytes -= ref.bytes;
        ref.backend.mod.free(ref.ptr);
      },
    });
  }

  private threadsAsked = 1;

  /** Loads the wasm kernels (async, works everywhere) and makes the default backend active. */
  async ready(options: { threads?: Threads } = {}): Promise<void> {
    if (!this.backends.has("wasm")) {
      await this.loadWasm(options.threads ?? defaultThreads());
    } else if (options.threads !== undefined && this.backends.get("wasm") === this.active) {
      await this.setThreads(options.threads);
    }
    if (!this.active) this.active = this.backends.get("wasm");
  }

  private async loadWasm(threads: Threads): Promise<void> {
    this.threadsAsked = await resolveThreads(threads);
    this.register("wasm", await loadKernels({ threads }));
  }

  /**
   * Threads for the large kernels of the active wasm backend. A threaded
   * backend resizes its pool; a single-threaded one is reloaded threaded, which
   * is possible only while no tensor lives in its memory.
   */
  async setThreads(threads: Threads): Promise<void> {
    const n = await resolveThreads(threads);
    if (!Number.isInteger(n) || n < 1) {
      throw new NeuriteError("BAD_ARGUMENT", `setThreads: expected a whole number ≥ 1 or "auto", got ${threads}`);
    }
    const mod = this.backend.mod;
    this.threadsAsked = n;
    if (mod.threads) return mod.threads.setCount(n);
    if (n === 1) return;
    mod.threadsReason ??= this.activeName !== "wasm"
      ? `the "${this.activeName}" backend runs on one thread (threads belong to the default "wasm" backend)`
      : (threadsUnavailableReason() ?? (mod.flavour === "scalar" ? "the threaded kernels are a SIMD build, and the scalar flavour was chosen" : undefined));
    if (mod.threadsReason !== undefined) return;
    if (this.liveTensors > 0) {
      throw new NeuriteError(
        "UNSUPPORTED",
        `setThreads(${n}): the kernels were loaded single-threaded and ${this.liveTensors} tensor(s) live in their memory; ` +
          "call setThreads (or nt.ready({ threads })) before creating tensors",
      );
    }
    this.register("wasm", await loadKernels({ threads: n, flavour: mod.flavour === "scalar" ? "scalar" : "auto" }));
    this.active = this.backends.get("wasm");
  }

  /** The active backend, its kernel flavour, and its threads (with the reason when it has fewer than asked for). */
  backendInfo(): BackendInfo {
    const mod = this.backend.mod;
    const reason = mod.threads?.reason ?? mod.threadsReason;
    return {
      name: this.activeName,
      flavour: mod.flavour,
      threads: mod.threads?.count ?? 1,
      threadsRequested: mod.threads?.requested ?? (reason !== undefined ? this.threadsAsked : 1),
      ...(reason !== undefined ? { threadsReason: reason } : {}),
    };
  }

  async setBackend(name: BackendName): Promise<void> {
    if (!this.backends.has(name)) {
      if (name === "wasm") await this.loadWasm(defaultThreads());
      else if (name === "wasm-simd") this.register(name, await loadKernels({ flavour: "simd" }));
      else if (name === "wasm-scalar") this.register(name, await loadKernels({ flavour: "scalar" }));
      else if (name === "js" || name === "js64") this.register(name, referenceKernels(name === "js64" ? "f64" : "f32"));
      else throw new NeuriteError("BAD_ARGUMENT", `setBackend: unknown backend "${name}"; expected wasm, wasm-simd, wasm-scalar or js`);
    }
    this.active = this.backends.get(name);
    this.activeName = name;
  }

  /** Installs an already loaded kernel module as a backend and activates it (how @neurite/browser streams its wasm). */
  adopt(name: BackendName, mod: KernelModule): void {
    this.register(name, mod);
    this.active = this.backends.get(name);
    this.activeName = name;
  }

  private register(name: string, mod: KernelModule): void {
    this.backends.set(name, new Backend(name, mod));
  }

  get backend(): Backend {
    if (!this.active) {
      // Node, Bun, Deno and workers compile synchronously; a browser main thread must await ready().
      try {
        this.register("wasm", loadKernelsSync());
      } catch (e) {
        throw new NeuriteError("UNSUPPORTED", "the kernels are not loaded yet: call `await nt.ready()` first", { cause: e });
      }
      this.active = this.backends.get("wasm");
    }
    return this.active!;
  }

  backendName(): BackendName {
    this.backend;
    return this.activeName;
  }

  /** Uninitialised memory for a tensor of this shape and dtype on the active backend. */
  allocRef(shape: Shape, dtype: DType, op: string): DataRef {
    checkShape(op, shape);
    const b = this.backend;
    const bytes = sizeOf(shape) * (dtype === "int32" ? 4 : b.floatBytes);
    let ptr: number;
    try {
      ptr = b.mod.heap.alloc(bytes);
    } catch (e) {
      // The heap knows the bytes; the user needs to know which op and shape asked for them.
      if (e instanceof NeuriteError && e.code === "OUT_OF_MEMORY") {
        throw new NeuriteError("OUT_OF_MEMORY", `${op}: a ${dtype} tensor of shape ${fmt(shape)} needs ${bytes} bytes; ${e.message}`, { cause: e });
      }
      throw e;
    }
    const ref = new DataRef(b, ptr, b.mod.heap.sizeOf(ptr)!);
    this.liveBytes += ref.bytes;
    return ref;
  }

  /** A new tensor with uninitialised data on the active backend. */
  empty(shape: Shape, dtype: DType = "float32", op = "tensor"): Tensor {
    return this.track(new Tensor(shape, dtype, this.allocRef(shape, dtype, op)));
  }

  /** Copies src's data into dst (same size and dtype, same backend). */
  copyData(src: Tensor, dst: Tensor): void {
    const k = dst.backend.k;
    if (src.dtype === "int32") k.copy2dI32(1, src.size, src.ptr, Math.max(src.size, 1), dst.ptr, Math.max(src.size, 1));
    else k.copy(src.size, src.ptr, dst.ptr);
  }

  /** A tensor sharing `t`'s data with another shape (reshape). */
  view(t: Tensor, shape: Shape): Tensor {
    return this.track(new Tensor(shape, t.dtype, t.ref));
  }

  /** Registers a tensor with the current tidy scope and the live count. */
  track<T extends Tensor>(t: T, inScope = true): T {
    this.liveTensors++;
    if (inScope) this.scopes[this.scopes.length - 1]?.push(t);
    return t;
  }

  /** Removes a tensor from every tidy scope (variables, kept tensors). */
  untrack(t: Tensor): void {
    for (const s of this.scopes) {
      const i = s.indexOf(t);
      if (i >= 0) s.splice(i, 1);
    }
  }

  tidy<T>(fn: () => T): T {
    const scope: Tensor[] = [];
    this.scopes.push(scope);
    let result: T;
    try {
      result = fn();
    } catch (e) {
      // A throwing fn (bad input, out of memory) must not leak what it made before the throw.
      for (const t of scope) t.dispose();
      throw e;
    } finally {
      this.scopes.pop();
    }
    if (result instanceof Promise) {
      throw new NeuriteError("BAD_ARGUMENT", "tidy: the function must be synchronous (it returned a Promise)");
    }
    const keep = new Set<Tensor>();
    collectTensors(result, keep);
    const parent = this.scopes[this.scopes.length - 1];
    for (const t of scope) {
      if (keep.has(t)) parent?.push(t);
      else t.dispose();
    }
    return result;
  }

  memory(): { numTensors: number; numBytes: number; heapBytes: number } {
    return { numTensors: this.liveTensors, numBytes: this.liveBytes, heapBytes: this.backend.mod.heap.liveBytes };
  }

  /** Called by every op after computing its outputs. */
  record(node: TapeNode): void {
    for (const tape of this.tapes) {
      if (tape.watches(node.inputs)) {
        tape.record(node);
        tape.markWatched(node.outputs);
      }
    }
  }

  get recording(): boolean {
    return this.tapes.length > 0;
  }
}

function collectTensors(v: unknown, out: Set<Tensor>): void {
  if (v instanceof Tensor) out.add(v);
  else if (Array.isArray(v)) for (const x of v) collectTensors(x, out);
  else if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    for (const x of Object.values(v)) collectTensors(x, out);
  }
}

/** The engine: backends, live tensors, tidy scopes and the active tapes (nt.tidy, nt.memory and friends wrap it). */
export const engine = new Engine();
