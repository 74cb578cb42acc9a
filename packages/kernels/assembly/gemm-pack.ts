// Packing of op(A) and op(B) blocks into the panel layouts the micro-kernel
// streams: A in MR-row micro-panels, element (p, r) of panel q at
// (q·kb + p)·MR + r; B in NR-column micro-panels, element (p, j) at
// (q·kb + p)·NR + j. Panel q covers rows (columns) from panelStart(q·MR, …):
// the last panel is shifted back to end at the block's edge, overlapping its
// neighbour, so every panel is full and no lane multiplies padding. Only a
// block narrower than one panel is zero-padded.
import { MR, NR } from "./gemm-kernel";

/** First row (column) covered by the panel at i of a block of `count`: the last panel ends at the edge. */
@inline export function panelStart(i: i32, count: i32, width: i32): i32 {
  return count >= width ? min(i, count - width) : i;
}

/** 4×4 transpose: rows r0..r3 in, columns out, stored 16 bytes apart from dst. */
@inline function transpose4(r0: v128, r1: v128, r2: v128, r3: v128, dst: usize, step: usize): void {
  const t0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5), t1 = i32x4.shuffle(r0, r1, 2, 6, 3, 7);
  const t2 = i32x4.shuffle(r2, r3, 0, 4, 1, 5), t3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
  v128.store(dst, i32x4.shuffle(t0, t2, 0, 1, 4, 5));
  v128.store(dst + step, i32x4.shuffle(t0, t2, 2, 3, 6, 7));
  v128.store(dst + 2 * step, i32x4.shuffle(t1, t3, 0, 1, 4, 5));
  v128.store(dst + 3 * step, i32x4.shuffle(t1, t3, 2, 3, 6, 7));
}

/**
 * Packs an mb×kb block of a matrix into `width`-wide micro-panels. Element
 * (i, p) of the block is at src + i·iStride + p·pStride (bytes): for op(A),
 * i is the row; for op(B), i is the column.
 */
function packScalar(src: usize, iStride: usize, pStride: usize, i0: i32, count: i32, kb: i32, width: i32, dst: usize): void {
  for (let p = 0; p < kb; p++) {
    const row = src + <usize>i0 * iStride + <usize>p * pStride;
    const out = dst + (<usize>(p * width) << 2);
    for (let r = 0; r < width; r++) {
      store<f32>(out + (<usize>r << 2), r < count ? load<f32>(row + <usize>r * iStride) : 0);
    }
  }
}

/** op(A) block (mb×kb) at a into MR-row panels; transA: A is stored k×m. */
export function packA(transA: i32, a: usize, lda: i32, mb: i32, kb: i32, dst: usize): void {
  const ld = <usize>lda << 2;
  const iStride: usize = transA ? 4 : ld, pStride: usize = transA ? ld : 4;
  for (let i = 0; i < mb; i += MR) {
    const panel = dst + (<usize>(i * kb) << 2);
    const start = panelStart(i, mb, MR), rows = min(MR, mb - start);
    let p = 0;
    if (ASC_FEATURE_SIMD) {
      if (rows == MR) {
        if (transA) {
          for (; p < kb; p++) v128.store(panel + (<usize>p << 4), v128.load(a + <usize>p * ld + (<usize>start << 2)));
        } else {
          const r0 = a + <usize>start * ld;
          for (; p + 4 <= kb; p += 4) {
            const q = r0 + (<usize>p << 2);
            transpose4(v128.load(q), v128.load(q + ld), v128.load(q + 2 * ld), v128.load(q + 3 * ld), panel + (<usize>p << 4), 16);
          }
        }
      }
    }
    if (p < kb) packScalar(a + <usize>p * pStride, iStride, pStride, start, rows, kb - p, MR, panel + (<usize>p << 4));
  }
}

/** op(B) block (kb×nb) at b into NR-column panels; transB: B is stored n×k. */
export function packB(transB: i32, b: usize, ldb: i32, kb: i32, nb: i32, dst: usize): void {
  const ld = <usize>ldb << 2;
  const jStride: usize = transB ? ld : 4, pStride: usize = transB ? 4 : ld;
  for (let j = 0; j < nb; j += NR) {
    const panel = dst + (<usize>(j * kb) << 2);
    const start = panelStart(j, nb, NR), cols = min(NR, nb - start);
    let p = 0;
    if (ASC_FEATURE_SIMD) {
      if (cols == NR) {
        if (transB) {
          const r0 = b + <usize>start * ld;
          for (; p + 4 <= kb; p += 4) {
            const q = r0 + (<usize>p << 2), out = panel + (<usize>p << 5);
            transpose4(v128.load(q), v128.load(q + ld), v128.load(q + 2 * ld), v128.load(q + 3 * ld), out, 32);
            const q4 = q + 4 * ld;
            transpose4(v128.load(q4), v128.load(q4 + ld), v128.load(q4 + 2 * ld), v128.load(q4 + 3 * ld), out + 16, 32);
          }
        } else {
          for (; p < kb; p++) {
            const q = b + <usize>p * ld + (<usize>start << 2), out = panel + (<usize>p << 5);
            v128.store(out, v128.load(q));
            v128.store(out, v128.load(q, 16), 16);
          }
        }
      }
    }
    if (p < kb) packScalar(b + <usize>p * pStride, jStride, pStride, start, cols, kb - p, NR, panel + (<usize>p << 5));
  }
}
