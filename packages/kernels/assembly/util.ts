// Level-1 helpers. PLACEHOLDER: the util family fills in the rest of ABI.md's util table.

/** First byte after static data (GEMM packing panels live below it). */
export function heapBase(): usize {
  return __heap_base;
}
