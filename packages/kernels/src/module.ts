import type { Kernels } from "./abi.js";
import { makeChecked } from "./checked.js";
import { Heap } from "./heap.js";
import type { ThreadPool } from "./threads/pool.js";

/** simd/scalar: the two wasm builds; js: the f32 reference; js64: the reference in float64 (gradient checks). */
export type Flavour = "simd" | "scalar" | "js" | "js64";

/**
 * One loaded kernel set with its memory and allocator. Views over memory are
 * made per read/write, never cached: `memory.grow` detaches old views.
 */
export class KernelModule {
  readonly heap: Heap;
  /** The same kernels, with every argument validated before the call. */
  readonly checked: Kernels;
  /** Bytes of one float element: 4, or 8 for the float64 reference. */
  readonly floatBytes: 4 | 8;
  /** The workers of the simd-threads flavour (set by its loader); undefined: every kernel runs on the calling thread. */
  threads: ThreadPool | undefined;
  /** Why the kernels run on one thread although more were requested (set by the loader). */
  threadsReason: string | undefined;

  constructor(readonly flavour: Flavour, readonly memory: WebAssembly.Memory, readonly raw: Kernels) {
    this.floatBytes = flavour === "js64" ? 8 : 4;
    this.heap = new Heap(memory, raw.heapBase());
    this.checked = makeChecked(this);
  }

  allocFloats(n: number): number {
    return this.heap.alloc(n * this.floatBytes);
  }

  allocInts(n: number): number {
    return this.heap.alloc(n * 4);
  }

  free(ptr: number): void {
    this.heap.release(ptr);
  }

  writeFloats(ptr: number, data: ArrayLike<number>): void {
    const view = this.floatBytes === 8 ? new Float64Array(this.memory.buffer, ptr, data.length) : new Float32Array(this.memory.buffer, ptr, data.length);
    view.set(data);
  }

  writeInts(ptr: number, data: ArrayLike<number>): void {
    new Int32Array(this.memory.buffer, ptr, data.length).set(data);
  }

  /** A copy of n floats at ptr (Float64Array only for the js64 reference). */
  readFloats(ptr: number, n: number): Float32Array | Float64Array {
    return this.floatBytes === 8 ? new Float64Array(this.memory.buffer, ptr, n).slice() : new Float32Array(this.memory.buffer, ptr, n).slice();
  }

  readInts(ptr: number, n: number): Int32Array {
    return new Int32Array(this.memory.buffer, ptr, n).slice();
  }

  /** Allocates and fills a float array; returns its pointer. */
  uploadFloats(data: ArrayLike<number>): number {
    const ptr = this.allocFloats(data.length);
    this.writeFloats(ptr, data);
    return ptr;
  }

  uploadInts(data: ArrayLike<number>): number {
    const ptr = this.allocInts(data.length);
    this.writeInts(ptr, data);
    return ptr;
  }
}
