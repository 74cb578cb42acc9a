// Thread-local scratch for the simd-threads flavour. Kernels keep their scratch
// (GEMM packing panels, shape buffers) in `memory.data(size, align)` statics;
// with one memory shared by several instances those addresses would be shared
// too. scripts/build.mjs rewrites each such top-level declaration into a call
// of threadLocal(), so every instance places its scratch at its own `tlsBase`
// (an imported, per-instance global). Only the threads build imports this file.

/** Where this instance's scratch starts; 0 means "right after the static data" (the main instance). */
@external("env", "tlsBase") declare const TLS_BASE: usize;

let used: usize = 0;

/** Reserves `size` bytes of this instance's scratch (runs once per instance, at start). */
export function threadLocal(size: i32, align: i32 = 16): usize {
  const mask = <usize>max(align, 16) - 1;
  used = (used + mask) & ~mask;
  const at = (TLS_BASE == 0 ? mainBase() : TLS_BASE) + used;
  used += <usize>size;
  return at;
}

@inline function mainBase(): usize {
  return (__heap_base + 63) & ~63;
}

/** Bytes of scratch each instance needs: the size of a worker's tlsBase block. */
export function tlsBytes(): usize {
  return (used + 63) & ~63;
}

/** First byte free for the allocator in the main instance: its scratch sits at the heap base. */
export function tlsHeapBase(): usize {
  return mainBase() + tlsBytes();
}
