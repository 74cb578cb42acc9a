import { NeuriteError } from "@neurite/kernels";
import type { Backend } from "./backend.js";
import { sizeOf, type Shape } from "./shape.js";

/** Element types: float32 for values, int32 for labels and indices. */
export type DType = "float32" | "int32";
/** What data() returns: a copy of the values. */
export type TypedArray = Float32Array | Int32Array;
/** What array() returns: nested arrays matching the shape (a number for a scalar). */
export type NestedArray = number | NestedArray[];

/**
 * A block of backend memory, possibly shared by several tensors (reshape is a
 * view). Freed when the last holder lets go.
 */
export class DataRef {
  holders = 0;
  constructor(readonly backend: Backend, readonly ptr: number, readonly bytes: number) {}
}

export interface TensorHooks {
  /** A tensor lost its last hold. */
  onTensorFreed(t: Tensor): void;
  /** A data block lost its last tensor. */
  onFree(ref: DataRef): void;
}
let hooks: TensorHooks | undefined;
export function setTensorHooks(h: TensorHooks): void {
  hooks = h;
}

let nextId = 1;

/**
 * An n-dimensional array in backend memory. It stores (pointer, length) via
 * its DataRef, never a typed-array view: memory growth detaches views.
 */
export class Tensor {
  readonly id = nextId++;
  readonly shape: number[];
  readonly size: number;
  /** Holds on this tensor: 1 for its owner plus one per tape that saved it. */
  holds = 1;

  constructor(shape: Shape, readonly dtype: DType, readonly ref: DataRef) {
    this.shape = [...shape];
    this.size = sizeOf(shape);
    ref.holders++;
  }

  get rank(): number {
    return this.shape.length;
  }

  get isDisposed(): boolean {
    return this.holds <= 0;
  }

  /** Byte pointer of the data; throws if the tensor was freed. */
  get ptr(): number {
    if (this.holds <= 0) {
      throw new NeuriteError("DISPOSED", `tensor #${this.id} of shape [${this.shape}] was disposed and cannot be used`);
    }
    return this.ref.ptr;
  }

  get backend(): Backend {
    return this.ref.backend;
  }

  /** A copy of the values (Float32Array or Int32Array). Synchronous; `await` works too. */
  data(): TypedArray {
    const mod = this.backend.mod;
    if (this.dtype === "int32") return mod.readInts(this.ptr, this.size);
    const v = mod.readFloats(this.ptr, this.size);
    return v instanceof Float32Array ? v : (v as unknown as Float32Array);
  }

  /** Same as data(); for TF.js habits. */
  dataSync(): TypedArray {
    return this.data();
  }

  /** Values as nested arrays matching the shape (a number for a scalar). */
  array(): NestedArray {
    const flat = Array.from(this.data());
    if (this.shape.length === 0) return flat[0]!;
    const build = (depth: number, offset: number): NestedArray[] => {
      const d = this.shape[depth]!;
      const stride = sizeOf(this.shape.slice(depth + 1));
      const out: NestedArray[] = [];
      for (let i = 0; i < d; i++) {
        out.push(depth === this.shape.length - 1 ? flat[offset + i]! : build(depth + 1, offset + i * stride));
      }
      return out;
    };
    return build(0, 0);
  }

  /** Same as array(); for TF.js habits. */
  arraySync(): NestedArray {
    return this.array();
  }

  /** The single value of a size-1 tensor. */
  item(): number {
    if (this.size !== 1) throw new NeuriteError("SHAPE_MISMATCH", `item(): tensor has shape [${this.shape}], expected one element`);
    return this.data()[0]!;
  }

  /** Releases the owner's hold; memory is freed once no tape still needs it. Idempotent. */
  dispose(): void {
    if (this.ownerReleased) return;
    this.ownerReleased = true;
    this.release();
  }

  /** @internal */
  ownerReleased = false;

  /** @internal Adds a hold (a tape saving this tensor for backward). */
  retain(): void {
    this.holds++;
  }

  /** @internal Drops a hold; frees the data when none remain. */
  release(): void {
    if (this.holds <= 0) return;
    this.holds--;
    if (this.holds === 0) {
      hooks?.onTensorFreed(this);
      this.ref.holders--;
      if (this.ref.holders === 0) hooks?.onFree(this.ref);
    }
  }

  /** The dtype, the shape and the values, for logging. */
  toString(): string {
    return `Tensor(${this.dtype}, [${this.shape}]) ${JSON.stringify(this.array())}`;
  }
}
