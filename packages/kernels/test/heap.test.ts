import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Heap, NeuriteError, loadKernels, referenceKernels, type KernelModule } from "../src/index.js";

const PAGE = 65536;

function errorOf(call: () => unknown): NeuriteError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(NeuriteError);
    return e as NeuriteError;
  }
  throw new Error("expected a NeuriteError, nothing was thrown");
}

/** A module still computes correctly: upload, run a kernel, read back. */
function expectWorking(mod: KernelModule): void {
  const p = mod.uploadFloats([1, 2, 3, 4, 5]);
  expect(mod.checked.sum(5, p)).toBe(15);
  mod.raw.scal(5, 2, p);
  expect(Array.from(mod.readFloats(p, 5))).toEqual([2, 4, 6, 8, 10]);
  mod.free(p);
}

describe("heap: free-list allocator", () => {
  it("hands out 16-byte aligned, disjoint blocks above heapBase, never address 0", async () => {
    for (const mod of [await loadKernels(), referenceKernels()]) {
      const sizes = [0, 1, 3, 4, 15, 16, 17, 100, 4095, 65537];
      const blocks = sizes.map((s) => [mod.heap.alloc(s), Math.max(s, 1)] as const);
      for (const [ptr] of blocks) {
        expect(ptr % 16).toBe(0);
        expect(ptr).toBeGreaterThanOrEqual(Math.max(mod.raw.heapBase(), 16));
      }
      const sorted = [...blocks].sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]![0]).toBeGreaterThanOrEqual(sorted[i - 1]![0] + sorted[i - 1]![1]);
      for (const [ptr] of blocks) mod.heap.release(ptr);
      expect(mod.heap.liveBytes).toBe(0);
    }
  });

  it("reuses freed blocks of the same size and splits the smallest larger free block", () => {
    const mod = referenceKernels();
    const heap = mod.heap;
    const a = heap.alloc(100);
    const b = heap.alloc(100);
    heap.release(a);
    expect(heap.alloc(100)).toBe(a);
    expect(heap.liveBlocks).toBe(2);
    expect(heap.liveBytes).toBe(2 * 112);
    const big = heap.alloc(4096);
    const guard = heap.alloc(16);
    heap.release(big);
    const small = heap.alloc(256);
    expect(small).toBeGreaterThanOrEqual(big);
    expect(small + 256).toBeLessThanOrEqual(big + 4096);
    for (const p of [a, b, guard, small]) heap.release(p);
    expect(heap.liveBytes).toBe(0);
  });

  it("a steady alloc/free pattern (one training step's shapes) does not grow memory", async () => {
    const mod = await loadKernels();
    const bytes = mod.memory.buffer.byteLength;
    const shapes = [784 * 128, 128, 128 * 10, 10, 32 * 784];
    for (let step = 0; step < 200; step++) {
      const ptrs = shapes.map((n) => mod.allocFloats(n));
      for (const p of ptrs.reverse()) mod.free(p);
    }
    expect(mod.memory.buffer.byteLength).toBe(bytes);
    expect(mod.heap.liveBytes).toBe(0);
  });

  it("merges freed neighbours, so a request larger than any one freed block reuses their space", () => {
    const heap = referenceKernels().heap;
    const [a, b, c] = [heap.alloc(1024), heap.alloc(1024), heap.alloc(1024)];
    const guard = heap.alloc(16);
    for (const p of [b, a, c]) heap.release(p);
    expect(heap.freeBytes).toBe(3072);
    expect(heap.alloc(3072)).toBe(a);
    expect(heap.freeBytes).toBe(0);
    heap.release(a);
    heap.release(guard);
    // The free run below the top went back to the top with it.
    expect(heap.freeBytes).toBe(0);
    expect(heap.spanBytes).toBe(0);
  });

  it("random alloc/free sequences keep blocks aligned and disjoint, and freeing everything empties the heap", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 5000 }), fc.nat()), { minLength: 1, maxLength: 120 }), (ops) => {
        const heap = new Heap(new WebAssembly.Memory({ initial: 1, maximum: 1000 }), 1000);
        const live: [number, number][] = [];
        for (const [isAlloc, bytes, pick] of ops) {
          if (isAlloc || live.length === 0) live.push([heap.alloc(bytes), Math.max(bytes, 1)]);
          else heap.release(live.splice(pick % live.length, 1)[0]![0]);
          const sorted = [...live].sort((x, y) => x[0] - y[0]);
          for (const [i, [ptr, size]] of sorted.entries()) {
            expect(ptr % 16).toBe(0);
            expect(ptr).toBeGreaterThanOrEqual(1024);
            expect(ptr + size).toBeLessThanOrEqual(1024 + heap.spanBytes);
            if (i > 0) expect(ptr).toBeGreaterThanOrEqual(sorted[i - 1]![0] + sorted[i - 1]![1]);
          }
        }
        for (const [ptr] of live) heap.release(ptr);
        expect([heap.liveBytes, heap.freeBytes, heap.spanBytes]).toEqual([0, 0, 0]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("shapes that change every step (a last partial batch, predict on new sizes) do not fragment memory", async () => {
    const mod = await loadKernels();
    const next = ((s) => () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32))(3);
    let peak = 0;
    for (let step = 0; step < 2000; step++) {
      // A step of an MLP with batch size b: input, activations, gradients of three layers, freed in mixed order.
      const b = 1 + Math.floor(next() * 256);
      const ptrs = [784, 128, 128, 64, 64, 10, 10].map((w) => mod.allocFloats(b * w));
      const weights = mod.allocFloats(1000 + Math.floor(next() * 1000));
      for (let i = ptrs.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [ptrs[i], ptrs[j]] = [ptrs[j]!, ptrs[i]!];
      }
      for (const p of ptrs) mod.free(p);
      mod.free(weights);
      if (step === 200) peak = mod.memory.buffer.byteLength;
    }
    // Every step fits in the space the largest steps needed; no growth after warm-up.
    expect(mod.memory.buffer.byteLength).toBe(peak);
    expect(mod.heap.liveBytes).toBe(0);
  });

  it("double free and foreign pointers are errors that name the pointer", () => {
    const mod = referenceKernels();
    const p = mod.allocFloats(8);
    mod.free(p);
    const e = errorOf(() => mod.free(p));
    expect(e.code).toBe("BAD_ARGUMENT");
    expect(e.message).toContain(String(p));
    expect(e.message).toMatch(/double free/);
    const q = mod.allocFloats(8);
    expect(errorOf(() => mod.free(q + 4)).code).toBe("BAD_ARGUMENT");
    mod.free(q);
  });

  it("rejects negative and fractional sizes", () => {
    const heap = referenceKernels().heap;
    for (const bad of [-1, 1.5, NaN, Infinity]) expect(errorOf(() => heap.alloc(bad)).code).toBe("BAD_ARGUMENT");
  });
});

describe("heap: memory growth", () => {
  it("grows memory on demand; old views detach but the module and kernels keep working", async () => {
    for (const mod of [await loadKernels({ flavour: "simd" }), await loadKernels({ flavour: "scalar" }), referenceKernels()]) {
      const first = mod.uploadFloats([1, 2, 3]);
      const before = mod.memory.buffer.byteLength;
      const stale = new Float32Array(mod.memory.buffer, first, 3);
      const n = before / 4 + 1000;
      const big = mod.allocFloats(n);
      expect(mod.memory.buffer.byteLength).toBeGreaterThan(before);
      // Why Tensors keep (ptr, length) and never a view: memory.grow detached this one.
      expect(stale.length).toBe(0);
      expect(Array.from(mod.readFloats(first, 3))).toEqual([1, 2, 3]);
      mod.checked.fill(n, 0.5, big);
      expect(mod.checked.sum(n, big)).toBe(n / 2);
      expect(mod.readFloats(big + (n - 1) * mod.floatBytes, 1)[0]).toBe(0.5);
      mod.free(big);
      mod.free(first);
      expectWorking(mod);
    }
  });
});

describe("heap: out of memory", () => {
  it("reports OUT_OF_MEMORY at the maximum, and the library keeps working after it", async () => {
    const mod = await loadKernels({ maximumPages: 40 });
    const blocks: number[] = [];
    let error: NeuriteError | undefined;
    for (let i = 0; i < 100 && !error; i++) {
      try {
        blocks.push(mod.allocFloats(PAGE / 4));
      } catch (e) {
        error = e as NeuriteError;
      }
    }
    expect(error).toBeInstanceOf(NeuriteError);
    expect(error!.code).toBe("OUT_OF_MEMORY");
    expect(error!.message).toMatch(/out of memory: cannot grow wasm memory .* 65536-byte allocation/);
    expect(mod.memory.buffer.byteLength).toBe(40 * PAGE);
    expect(mod.heap.liveBlocks).toBe(blocks.length);
    // Freed space is reusable at the limit, and kernels still run.
    mod.free(blocks.pop()!);
    blocks.push(mod.allocFloats(PAGE / 4));
    mod.free(blocks.pop()!);
    expectWorking(mod);
    for (const p of blocks) mod.free(p);
    expect(mod.heap.liveBytes).toBe(0);
    expectWorking(mod);
  });

  it("refuses a request beyond the heap's limit without growing memory", () => {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 100 });
    const heap = new Heap(memory, 1024, 8 * PAGE);
    const e = errorOf(() => heap.alloc(16 * PAGE));
    expect(e.code).toBe("OUT_OF_MEMORY");
    expect(e.message).toContain(`cannot allocate ${16 * PAGE} bytes`);
    expect(memory.buffer.byteLength).toBe(PAGE);
    expect(heap.alloc(PAGE)).toBeGreaterThanOrEqual(1024);
  });
});

describe("heap: arena", () => {
  it("bumps aligned blocks inside its capacity and starts over after reset", () => {
    const heap = referenceKernels().heap;
    const arena = heap.arena(1000);
    expect(arena.capacity).toBe(1008);
    const a = arena.alloc(10);
    const b = arena.alloc(33);
    const c = arena.alloc(0);
    expect([a, b, c]).toEqual([arena.base, arena.base + 16, arena.base + 64]);
    expect(arena.usedBytes).toBe(80);
    arena.reset();
    expect(arena.usedBytes).toBe(0);
    expect(arena.alloc(10)).toBe(a);
    // The whole capacity is usable, also when it is not a multiple of the alignment.
    const exact = heap.arena(100);
    expect(exact.alloc(100)).toBe(exact.base);
  });

  it("overflow is an OUT_OF_MEMORY error with a clear message, and the arena survives it", () => {
    const heap = referenceKernels().heap;
    const arena = heap.arena(256);
    arena.alloc(200);
    const e = errorOf(() => arena.alloc(100));
    expect(e.code).toBe("OUT_OF_MEMORY");
    expect(e.message).toBe("arena overflow: requested 100 bytes with 208 of 256 bytes in use");
    expect(arena.usedBytes).toBe(208);
    expect(arena.alloc(48)).toBe(arena.base + 208);
    arena.reset();
    expect(arena.alloc(256)).toBe(arena.base);
    expect(errorOf(() => arena.alloc(Number.NaN)).code).toBe("BAD_ARGUMENT");
    expect(errorOf(() => arena.alloc(-1)).code).toBe("BAD_ARGUMENT");
  });

  it("dispose returns the block to the heap once; later allocations are refused", () => {
    const heap = referenceKernels().heap;
    const arena = heap.arena(4096);
    expect(heap.liveBytes).toBe(4096);
    arena.dispose();
    expect(heap.liveBytes).toBe(0);
    arena.dispose();
    expect(heap.liveBytes).toBe(0);
    expect(errorOf(() => arena.alloc(16)).code).toBe("DISPOSED");
  });
});
