/**
 * Typed views over the reference backend's memory. Views are re-created after
 * `memory.grow`, which detaches the old ArrayBuffer.
 */
export type Precision = "f32" | "f64";

export class RefViews {
  F!: Float32Array | Float64Array;
  I!: Int32Array;
  /** log2 of the bytes in one float element: 2 (f32) or 3 (f64). */
  readonly fs: number;
  private buffer: ArrayBufferLike | null = null;

  constructor(readonly memory: WebAssembly.Memory, readonly precision: Precision) {
    this.fs = precision === "f64" ? 3 : 2;
    this.refresh();
  }

  /** Call at the start of every kernel: cheap when memory has not grown. */
  refresh(): this {
    const buf = this.memory.buffer;
    if (buf !== this.buffer) {
      this.buffer = buf;
      this.F = this.precision === "f64" ? new Float64Array(buf) : new Float32Array(buf);
      this.I = new Int32Array(buf);
    }
    return this;
  }

  /** Index of float element `i` of the array at byte pointer `p`. */
  f(p: number, i = 0): number {
    return (p >> this.fs) + i;
  }

  /** Index of int element `i` of the array at byte pointer `p`. */
  i(p: number, i = 0): number {
    return (p >> 2) + i;
  }
}
