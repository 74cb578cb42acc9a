// A·Bᵀ without packing: both operands are contiguous along k, so each C
// element is a dot product, vectorised along k and reduced at the end.
import { TILE, muladd, storeRow4, storeTile } from "./gemm-kernel";

/** Lane i of the result is the sum of the lanes of xi. */
@inline function hsum4(x0: v128, x1: v128, x2: v128, x3: v128): v128 {
  const s01 = f32x4.add(i32x4.shuffle(x0, x1, 0, 4, 1, 5), i32x4.shuffle(x0, x1, 2, 6, 3, 7));
  const s23 = f32x4.add(i32x4.shuffle(x2, x3, 0, 4, 1, 5), i32x4.shuffle(x2, x3, 2, 6, 3, 7));
  return f32x4.add(i32x4.shuffle(s01, s23, 0, 1, 4, 5), i32x4.shuffle(s01, s23, 2, 3, 6, 7));
}

/**
 * A·Bᵀ with both operands contiguous along k: a 2×4 tile of dot products,
 * vectorised along k, from A rows a0, a1 and B rows from b, ldb4 bytes apart.
 * B rows past `cols` repeat the last one (and a1 may repeat a0) when the
 * matrix is that narrow, so nothing is read out of bounds. Stores tile rows
 * [row0, rows) and columns [col0, cols); c is C's element for (row0, col0).
 */
@inline function dotTile(
  k: i32, a0: usize, a1: usize, b: usize, ldb4: usize, c: usize, ldc4: usize,
  row0: i32, rows: i32, col0: i32, cols: i32, alpha: f32, beta: f32,
): void {
  const b1 = b + <usize>min(1, cols - 1) * ldb4, b2 = b + <usize>min(2, cols - 1) * ldb4, b3 = b + <usize>min(3, cols - 1) * ldb4;
  let s00 = f32x4.splat(0), s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00, s12 = s00, s13 = s00;
  const k4 = k & ~3;
  for (let o: usize = 0; o < (<usize>k4 << 2); o += 16) {
    const y0 = v128.load(b + o), y1 = v128.load(b1 + o), y2 = v128.load(b2 + o), y3 = v128.load(b3 + o);
    const x0 = v128.load(a0 + o), x1 = v128.load(a1 + o);
    s00 = muladd(s00, x0, y0); s01 = muladd(s01, x0, y1); s02 = muladd(s02, x0, y2); s03 = muladd(s03, x0, y3);
    s10 = muladd(s10, x1, y0); s11 = muladd(s11, x1, y1); s12 = muladd(s12, x1, y2); s13 = muladd(s13, x1, y3);
  }
  let r0 = hsum4(s00, s01, s02, s03), r1 = hsum4(s10, s11, s12, s13);
  for (let p = k4; p < k; p++) {
    const o = <usize>p << 2;
    let y = f32x4.splat(load<f32>(b + o));
    y = f32x4.replace_lane(y, 1, load<f32>(b1 + o));
    y = f32x4.replace_lane(y, 2, load<f32>(b2 + o));
    y = f32x4.replace_lane(y, 3, load<f32>(b3 + o));
    r0 = muladd(r0, v128.load32_splat(a0 + o), y);
    r1 = muladd(r1, v128.load32_splat(a1 + o), y);
  }
  if (row0 == 0 && rows == 2 && col0 == 0 && cols == 4) {
    const va = f32x4.splat(alpha);
    storeRow4(c, r0, va, beta);
    storeRow4(c + ldc4, r1, va, beta);
  } else {
    v128.store(TILE, r0);
    v128.store(TILE, r1, 32);
    storeTile(c, ldc4, 4, row0, rows, col0, cols, alpha, beta);
  }
}

/** C = alpha·A·Bᵀ + beta·C with A m×k (lda) and B n×k (ldb), both row-major. */
export function dotProduct(m: i32, n: i32, k: i32, alpha: f32, a: usize, lda4: usize, b: usize, ldb4: usize, beta: f32, c: usize, ldc4: usize): void {
  for (let i = 0; i < m; i += 2) {
    // Row pairs, the last one ending at m; a single row (computed twice) when m == 1.
    const is = m >= 2 ? min(i, m - 2) : 0, rows = min(2, m - is);
    const a0 = a + <usize>is * lda4, a1 = a0 + <usize>(rows - 1) * lda4, ci = c + <usize>i * ldc4;
    for (let j = 0; j < n; j += 4) {
      const js = n >= 4 ? min(j, n - 4) : 0, cols = min(4, n - js);
      dotTile(k, a0, a1, b + <usize>js * ldb4, ldb4, ci + (<usize>j << 2), ldc4, i - is, rows, j - js, cols, alpha, beta);
    }
  }
}
