// Data movement for @neurite/core (ABI.md "layout.ts"): transpose, broadcastTo,
// slice, concat, gather and oneHot. Elements move as 32-bit patterns (i32 and
// v128 loads/stores, memory.copy), never through float arithmetic, so one
// body serves f32 and i32 data and NaN payloads survive.

import { SHAPE, STRIDES, collapse, dim, nextOffset, startWalk } from "./strided";

@inline function e(p: usize, i: i32): usize {
  return p + (<usize>i << 2);
}

/** y[i] = value (bits) for i < n. */
@inline function fillBits(n: i32, value: u32, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const v = i32x4.splat(value);
    for (; i + 4 <= n; i += 4) v128.store(e(y, i), v);
  }
  for (; i < n; i++) store<u32>(e(y, i), value);
}

/** y[k] = x[k·s] (bits) for k < n. */
@inline function copyRow(n: i32, x: usize, s: i32, y: usize): void {
  if (s == 1) memory.copy(y, x, <usize>n << 2);
  else if (s == 0) fillBits(n, load<u32>(x), y);
  else {
    const step = <usize>s << 2;
    let p = x;
    for (let k = 0; k < n; k++) {
      store<u32>(e(y, k), load<u32>(p));
      p += step;
    }
  }
}

const BLOCK = 32;

// y[i·n + k] = x[i·si + k·sk] over i ∈ [i0, i1), k ∈ [k0, k1), in BLOCK × BLOCK
// tiles so that a transpose touches few cache lines at a time.
function copyTiles(i0: i32, i1: i32, k0: i32, k1: i32, n: i32, x: usize, si: i32, sk: i32, y: usize): void {
  const stepI = <usize>si << 2, stepK = <usize>sk << 2;
  for (let ib = i0; ib < i1; ib += BLOCK) {
    const ie = min(i1, ib + BLOCK);
    for (let kb = k0; kb < k1; kb += BLOCK) {
      const ke = min(k1, kb + BLOCK);
      for (let k = kb; k < ke; k++) {
        let p = x + <usize>ib * stepI + <usize>k * stepK;
        for (let i = ib; i < ie; i++) {
          store<u32>(e(y, i * n + k), load<u32>(p));
          p += stepI;
        }
      }
    }
  }
}

// The transpose proper (x contiguous along i): 4 × 4 blocks moved as four
// vector loads, a shuffle transpose and four vector stores; m4, n4 are
// multiples of 4. see: _MM_TRANSPOSE4_PS in xmmintrin.h (same shuffle pattern).
function transposeTiles(m4: i32, n4: i32, n: i32, x: usize, sk: i32, y: usize): void {
  for (let ib = 0; ib < m4; ib += BLOCK) {
    const ie = min(m4, ib + BLOCK);
    for (let kb = 0; kb < n4; kb += BLOCK) {
      const ke = min(n4, kb + BLOCK);
      for (let k = kb; k < ke; k += 4) {
        for (let i = ib; i < ie; i += 4) {
          const p = e(x, i + k * sk);
          const r0 = v128.load(p), r1 = v128.load(e(p, sk)), r2 = v128.load(e(p, 2 * sk)), r3 = v128.load(e(p, 3 * sk));
          const t0 = v128.shuffle<f32>(r0, r1, 0, 4, 1, 5), t1 = v128.shuffle<f32>(r2, r3, 0, 4, 1, 5);
          const t2 = v128.shuffle<f32>(r0, r1, 2, 6, 3, 7), t3 = v128.shuffle<f32>(r2, r3, 2, 6, 3, 7);
          const q = e(y, i * n + k);
          v128.store(q, v128.shuffle<f32>(t0, t1, 0, 1, 4, 5));
          v128.store(e(q, n), v128.shuffle<f32>(t0, t1, 2, 3, 6, 7));
          v128.store(e(q, 2 * n), v128.shuffle<f32>(t2, t3, 0, 1, 4, 5));
          v128.store(e(q, 3 * n), v128.shuffle<f32>(t2, t3, 2, 3, 6, 7));
        }
      }
    }
  }
}

/** y [m, n] contiguous = x[i·si + k·sk]. */
function copy2dStrided(m: i32, n: i32, x: usize, si: i32, sk: i32, y: usize): void {
  let m4 = 0, n4 = 0;
  if (ASC_FEATURE_SIMD && si == 1) {
    m4 = m & ~3;
    n4 = n & ~3;
    transposeTiles(m4, n4, n, x, sk, y);
  }
  copyTiles(0, m4, n4, n, n, x, si, sk, y);
  copyTiles(m4, m, 0, n, n, x, si, sk, y);
}

/**
 * y (contiguous, of `shape`) = x read through element strides (rank ≤ 8):
 * transpose (permuted strides), broadcastTo (0 strides), slice (x pointing
 * at the first element). Negative strides (reversal) are allowed.
 */
export function stridedCopy(rank: i32, shape: usize, xStrides: usize, x: usize, y: usize): void {
  const r = collapse(rank, shape, xStrides);
  if (r == 0) return;
  const n = dim(SHAPE, r - 1), s = dim(STRIDES, r - 1);
  // A gather along the last axis walks the last two axes as tiles.
  const tiled = r >= 2 && s != 0 && s != 1;
  const m = tiled ? dim(SHAPE, r - 2) : 1, si = tiled ? dim(STRIDES, r - 2) : 0;
  const walk = tiled ? r - 2 : r - 1;
  const steps = startWalk(walk);
  let xo = 0;
  for (let step = 0; step < steps; step++) {
    const xr = x + (<usize>xo << 2), yr = e(y, step * m * n);
    if (tiled) copy2dStrided(m, n, xr, si, s, yr);
    else copyRow(n, xr, s, yr);
    xo = nextOffset(walk, xo);
  }
}

/** y[r, c] = x[r, c] for r < rows, c < cols, with leading dimensions ldx and ldy. */
export function copy2d(rows: i32, cols: i32, x: usize, ldx: i32, y: usize, ldy: i32): void {
  const bytes = <usize>cols << 2;
  for (let r = 0; r < rows; r++) memory.copy(e(y, r * ldy), e(x, r * ldx), bytes);
}

/** y[r, :] = x[idx[r], :]; idx must be in bounds (the checked wrapper verifies it). */
export function gatherRows(nIdx: i32, rowLen: i32, x: usize, idx: usize, y: usize): void {
  const bytes = <usize>rowLen << 2;
  for (let r = 0; r < nIdx; r++) {
    memory.copy(e(y, r * rowLen), x + <usize>load<i32>(e(idx, r)) * bytes, bytes);
  }
}

export { stridedCopy as stridedCopyI32, copy2d as copy2dI32, gatherRows as gatherRowsI32 };

/** dx[idx[r], :] += dy[r, :]; repeated indices accumulate in order. */
export function scatterAddRows(nIdx: i32, rowLen: i32, dy: usize, idx: usize, dx: usize): void {
  const bytes = <usize>rowLen << 2;
  for (let r = 0; r < nIdx; r++) {
    const src = e(dy, r * rowLen), dst = dx + <usize>load<i32>(e(idx, r)) * bytes;
    let i = 0;
    if (ASC_FEATURE_SIMD) {
      for (; i + 4 <= rowLen; i += 4) v128.store(e(dst, i), f32x4.add(v128.load(e(dst, i)), v128.load(e(src, i))));
    }
    for (; i < rowLen; i++) store<f32>(e(dst, i), load<f32>(e(dst, i)) + load<f32>(e(src, i)));
  }
}

/** y[r, :] = off except y[r, idx[r]] = on; an index outside [0, depth) leaves the row all off, like TF. */
export function oneHot(n: i32, depth: i32, idx: usize, on: f32, off: f32, y: usize): void {
  fillBits(n * depth, reinterpret<u32>(off), y);
  for (let r = 0; r < n; r++) {
    const k = load<i32>(e(idx, r));
    if (k >= 0 && k < depth) store<f32>(e(y, r * depth + k), on);
  }
}
