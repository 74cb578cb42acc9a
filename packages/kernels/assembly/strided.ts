// Shape/stride scratch and the multi-index walk shared by the strided kernels
// of layout.ts and reduce.ts (not exported from index.ts). Kernels never nest,
// so one set of arrays serves both families; the threads build makes each
// top-level area thread-local.

export const MAX_RANK = 8;
export const SHAPE = memory.data(MAX_RANK * 4, 16);
export const STRIDES = memory.data(MAX_RANK * 4, 16);
export const INDEX = memory.data(MAX_RANK * 4, 16);

@inline export function dim(arr: usize, d: i32): i32 {
  return load<i32>(arr + (<usize>d << 2));
}

@inline export function setDim(arr: usize, d: i32, v: i32): void {
  store<i32>(arr + (<usize>d << 2), v);
}

/** Zeroes the multi-index INDEX over the first `axes` axes; returns how many positions those axes hold. */
@inline export function startWalk(axes: i32): i32 {
  let count = 1;
  for (let d = 0; d < axes; d++) {
    count *= dim(SHAPE, d);
    setDim(INDEX, d, 0);
  }
  return count;
}

/** Steps INDEX to the next position (last axis fastest); returns `offset` moved along STRIDES to match. */
@inline export function nextOffset(axes: i32, offset: i32): i32 {
  for (let d = axes - 1; d >= 0; d--) {
    offset += dim(STRIDES, d);
    const k = dim(INDEX, d) + 1;
    if (k < dim(SHAPE, d)) {
      setDim(INDEX, d, k);
      break;
    }
    setDim(INDEX, d, 0);
    offset -= dim(STRIDES, d) * dim(SHAPE, d);
  }
  return offset;
}

// Copies (shape, strides) into SHAPE/STRIDES, dropping size-1 axes and merging
// neighbours whose strides are contiguous (the other operand is contiguous), so
// a slice copies whole runs and a bias gradient over [batch, h, w, c] becomes
// [batch·h·w, c]. Returns the new rank, 0 if the shape is empty.
export function collapse(rank: i32, shape: usize, strides: usize): i32 {
  let r = 0;
  for (let d = 0; d < rank; d++) {
    const n = dim(shape, d);
    if (n == 0) return 0;
    if (n == 1) continue;
    const s = dim(strides, d);
    if (r > 0 && dim(STRIDES, r - 1) == s * n) {
      setDim(SHAPE, r - 1, dim(SHAPE, r - 1) * n);
    } else {
      setDim(SHAPE, r, n);
      r++;
    }
    setDim(STRIDES, r - 1, s);
  }
  if (r == 0) {
    setDim(SHAPE, 0, 1);
    setDim(STRIDES, 0, 0);
    r = 1;
  }
  return r;
}
