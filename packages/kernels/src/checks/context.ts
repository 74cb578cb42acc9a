import { NeuriteError } from "../errors.js";

/** What a check needs to know about the module it guards. */
export interface CheckTarget {
  readonly floatBytes: 4 | 8;
  readonly memory: WebAssembly.Memory;
}

/**
 * Argument checks shared by every kernel's validator. Each failure throws a
 * NeuriteError("BAD_ARGUMENT") naming the kernel, the argument and the value.
 */
export class CheckContext {
  constructor(readonly target: CheckTarget, readonly kernel: string) {}

  fail(message: string): never {
    throw new NeuriteError("BAD_ARGUMENT", `${this.kernel}: ${message}`);
  }

  /** A count or dimension: an integer in [min, 2^31). */
  size(label: string, v: number, min = 0): void {
    if (!Number.isInteger(v) || v < min || v > 0x7fffffff) {
      this.fail(`${label} must be an integer ≥ ${min}, got ${v}`);
    }
  }

  /** A leading dimension of a row-major matrix with `cols` columns. */
  leading(label: string, ld: number, cols: number): void {
    this.size(label, ld);
    if (ld < Math.max(1, cols)) this.fail(`${label} (${ld}) must be ≥ ${Math.max(1, cols)}`);
  }

  oneOf(label: string, v: number, allowed: readonly number[]): void {
    if (!allowed.includes(v)) this.fail(`${label} must be one of ${allowed.join(", ")}, got ${v}`);
  }

  finite(label: string, v: number): void {
    if (typeof v !== "number" || !Number.isFinite(v)) this.fail(`${label} must be a finite number, got ${v}`);
  }

  floats(label: string, ptr: number, count: number): void {
    this.region(label, ptr, count, this.target.floatBytes);
  }

  ints(label: string, ptr: number, count: number): void {
    this.region(label, ptr, count, 4);
  }

  /** Like floats(), but 0 (absent) is allowed. */
  optFloats(label: string, ptr: number, count: number): void {
    if (ptr !== 0) this.floats(label, ptr, count);
  }

  optInts(label: string, ptr: number, count: number): void {
    if (ptr !== 0) this.ints(label, ptr, count);
  }

  private region(label: string, ptr: number, count: number, elem: number): void {
    if (!Number.isInteger(ptr) || ptr < 0) this.fail(`${label} must be a pointer (non-negative integer), got ${ptr}`);
    if (count === 0) return;
    if (ptr === 0) this.fail(`${label} is a null pointer but ${count} elements are needed`);
    if (ptr % 4 !== 0) this.fail(`${label} pointer ${ptr} is not 4-byte aligned`);
    const end = ptr + count * elem;
    const have = this.target.memory.buffer.byteLength;
    if (end > have) this.fail(`${label} [${ptr}, ${end}) runs past the end of memory (${have} bytes) for ${count} elements`);
  }
}

/** One validator per kernel, taking the kernel's own arguments. */
export type CheckTable<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => unknown ? (c: CheckContext, ...args: A) => void : never;
};
