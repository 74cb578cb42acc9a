import {
  loadKernels, loadKernelsSync, NeuriteError, referenceKernels, type KernelModule,
} from "@neurite/kernels";
import { Backend } from "./backend.js";
import { checkShape, sizeOf, type Shape } from "./shape.js";
import { DataRef, setTensorHooks, Tensor, type DType } from "./tensor.js";

/** Names accepted by setBackend: "wasm" picks SIMD when the runtime has it. */
export type BackendName = "wasm" | "wasm-simd" | "wasm-scalar" | "js" | "js64";

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

  /** Loads the wasm kernels (async, works everywhere) and makes the default backend active. */
  async ready(): Promise<void> {
    if (!this.backends.has("wasm")) {
      this.register("wasm", await loadKernels());
    }
    if (!this.active) this.active = this.backends.get("wasm");
  }

  async setBackend(name: BackendName): Promise<void> {
    if (!this.backends.has(name)) {
      if (name === "wasm") this.register(name, await loadKernels());
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
    const ptr = b.mod.heap.alloc(bytes);
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

export const engine = new Engine();
