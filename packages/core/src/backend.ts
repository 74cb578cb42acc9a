import type { Flavour, KernelModule, Kernels } from "@neurite/kernels";

/** A kernel table plus its memory: what ops run on. */
export class Backend {
  /** Raw kernels: ops validate shapes before calling them. */
  readonly k: Kernels;
  private readonly scratch: number;
  private static readonly SCRATCH_INTS = 256;

  constructor(readonly name: string, readonly mod: KernelModule) {
    this.k = mod.raw;
    this.scratch = mod.allocInts(Backend.SCRATCH_INTS);
  }

  get flavour(): Flavour {
    return this.mod.flavour;
  }

  /** Bytes of one float element (8 only for the float64 reference used by gradient checks). */
  get floatBytes(): number {
    return this.mod.floatBytes;
  }

  /**
   * Writes small i32 arrays (shapes, strides) to a fixed scratch area and
   * returns their pointers; valid until the next call. Ops are synchronous and
   * never nest kernel calls, so one area suffices.
   */
  ints(...arrays: readonly (readonly number[])[]): number[] {
    const view = new Int32Array(this.mod.memory.buffer, this.scratch, Backend.SCRATCH_INTS);
    const ptrs: number[] = [];
    let at = 0;
    for (const a of arrays) {
      ptrs.push(this.scratch + at * 4);
      view.set(a, at);
      at += a.length;
    }
    return ptrs;
  }
}
