import { NeuriteError } from "./errors.js";

const ALIGN = 16;
const PAGE = 65536;

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/**
 * Allocator over one WebAssembly.Memory. Persistent blocks (tensors,
 * parameters, optimizer slots) come from free blocks binned by size, so the
 * eager path's repeated shapes reuse blocks in O(1); new space is bumped from
 * the top and the memory grows on demand. A freed block merges with free
 * neighbours (and a free run ending at the top gives the space back to the
 * top), so changing shapes — a last partial batch, predict on ever new sizes —
 * reuse memory instead of fragmenting it into pieces nothing fits. Per-step
 * temporaries come from an Arena.
 */
export class Heap {
  private top: number;
  private readonly base: number;
  private readonly live = new Map<number, number>();
  /** Free blocks: start → size, end → start (for merging), size → starts (for fitting). */
  private readonly freeStart = new Map<number, number>();
  private readonly freeEnd = new Map<number, number>();
  private readonly bins = new Map<number, Set<number>>();
  private liveBytesCount = 0;

  constructor(readonly memory: WebAssembly.Memory, base: number, private readonly maxBytes = 4 * 1024 * 1024 * 1024 - PAGE) {
    // Address 0 stays unused so 0 can mean "no pointer" in the kernel ABI.
    this.top = this.base = roundUp(Math.max(base, ALIGN), 64);
  }

  /** Bytes in blocks handed out and not yet freed. */
  get liveBytes(): number {
    return this.liveBytesCount;
  }

  get liveBlocks(): number {
    return this.live.size;
  }

  /** Bytes in free blocks below the top (space the heap holds but no block uses). */
  get freeBytes(): number {
    return this.top - this.base - this.liveBytesCount;
  }

  /** Bytes from the heap's base to its top: live blocks plus free blocks between them. */
  get spanBytes(): number {
    return this.top - this.base;
  }

  alloc(bytes: number): number {
    if (!Number.isInteger(bytes) || bytes < 0) {
      throw new NeuriteError("BAD_ARGUMENT", `heap.alloc: size must be a non-negative integer, got ${bytes}`);
    }
    const size = roundUp(Math.max(bytes, 1), ALIGN);
    let ptr = this.takeFree(size);
    if (ptr === 0) {
      ptr = this.top;
      this.ensure(ptr + size, bytes);
      this.top = ptr + size;
    }
    this.live.set(ptr, size);
    this.liveBytesCount += size;
    return ptr;
  }

  release(ptr: number): void {
    const size = this.live.get(ptr);
    if (size === undefined) {
      throw new NeuriteError("BAD_ARGUMENT", `heap.free: ${ptr} is not a live block (double free or foreign pointer)`);
    }
    this.live.delete(ptr);
    this.liveBytesCount -= size;
    let start = ptr;
    let end = ptr + size;
    const before = this.freeEnd.get(start);
    if (before !== undefined) {
      this.unlink(before);
      start = before;
    }
    const after = this.freeStart.get(end);
    if (after !== undefined) {
      this.unlink(end);
      end += after;
    }
    if (end === this.top) this.top = start;
    else this.link(start, end - start);
  }

  /** Size in bytes of a live block, or undefined. */
  sizeOf(ptr: number): number | undefined {
    return this.live.get(ptr);
  }

  arena(capacity: number): Arena {
    return new Arena(this, capacity);
  }

  /** A free block of exactly `size` bytes, else the front of the smallest larger one; 0 when none fits. */
  private takeFree(size: number): number {
    const exact = this.bins.get(size);
    if (exact !== undefined) {
      const ptr = exact.values().next().value!;
      this.unlink(ptr);
      return ptr;
    }
    let best = 0;
    let bestSize = Infinity;
    for (const [blockSize, starts] of this.bins) {
      if (blockSize > size && blockSize < bestSize) {
        bestSize = blockSize;
        best = starts.values().next().value!;
      }
    }
    if (best === 0) return 0;
    this.unlink(best);
    this.link(best + size, bestSize - size);
    return best;
  }

  private link(start: number, size: number): void {
    this.freeStart.set(start, size);
    this.freeEnd.set(start + size, start);
    let bin = this.bins.get(size);
    if (!bin) this.bins.set(size, (bin = new Set()));
    bin.add(start);
  }

  private unlink(start: number): void {
    const size = this.freeStart.get(start)!;
    this.freeStart.delete(start);
    this.freeEnd.delete(start + size);
    const bin = this.bins.get(size)!;
    bin.delete(start);
    if (bin.size === 0) this.bins.delete(size);
  }

  private ensure(end: number, requested: number): void {
    const have = this.memory.buffer.byteLength;
    if (end <= have) return;
    if (end > this.maxBytes) {
      throw new NeuriteError(
        "OUT_OF_MEMORY",
        `out of memory: cannot allocate ${requested} bytes (${this.liveBytesCount} bytes live, limit ${this.maxBytes} bytes)`,
      );
    }
    const pages = Math.ceil((end - have) / PAGE);
    // Grow by at least 1/8 of the current size to keep growth amortised.
    const want = Math.max(pages, Math.ceil(have / PAGE / 8));
    try {
      this.memory.grow(want);
    } catch {
      try {
        this.memory.grow(pages);
      } catch (e) {
        throw new NeuriteError(
          "OUT_OF_MEMORY",
          `out of memory: cannot grow wasm memory from ${have} to ${end} bytes for a ${requested}-byte allocation`,
          { cause: e },
        );
      }
    }
  }
}

/**
 * Bump allocator for one training step's temporaries: `reset()` frees them
 * all at once, so a step allocates nothing from the heap and cannot leak.
 */
export class Arena {
  readonly base: number;
  /** Usable bytes: the requested capacity rounded up to the block alignment. */
  readonly capacity: number;
  private used = 0;
  private disposed = false;

  constructor(private readonly heap: Heap, capacity: number) {
    this.base = heap.alloc(capacity);
    // Sub-allocations are rounded to ALIGN too, so an unrounded capacity would refuse its own size.
    this.capacity = heap.sizeOf(this.base)!;
  }

  alloc(bytes: number): number {
    if (this.disposed) throw new NeuriteError("DISPOSED", "arena.alloc: the arena was disposed");
    if (!Number.isInteger(bytes) || bytes < 0) {
      throw new NeuriteError("BAD_ARGUMENT", `arena.alloc: size must be a non-negative integer, got ${bytes}`);
    }
    const size = roundUp(Math.max(bytes, 1), ALIGN);
    if (this.used + size > this.capacity) {
      throw new NeuriteError(
        "OUT_OF_MEMORY",
        `arena overflow: requested ${bytes} bytes with ${this.used} of ${this.capacity} bytes in use`,
      );
    }
    const ptr = this.base + this.used;
    this.used += size;
    return ptr;
  }

  get usedBytes(): number {
    return this.used;
  }

  reset(): void {
    this.used = 0;
  }

  /** Returns the arena's block to the heap; later calls do nothing. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.heap.release(this.base);
  }
}
