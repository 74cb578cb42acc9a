// Small products straight from the operands, without packing: for shapes like
// 10×2×8 the call overhead and the packing copies would cost more than the
// arithmetic. Every routine computes C = alpha·op(A)·op(B) + beta·C and never
// reads C when beta == 0.
import { TILE, storeTile, storeRow8 } from "./gemm-kernel";

/**
 * Any transpose, scalar: A(i, p) at a + i·aRow + p·aStep, B(p, j) at
 * b + p·bRow + j·bCol, C(i, j) at c + i·cRow + j·cCol (all in bytes).
 */
export function scalarBlock(
  m: i32, n: i32, k: i32, alpha: f32, a: usize, aRow: usize, aStep: usize,
  b: usize, bRow: usize, bCol: usize, beta: f32, c: usize, cRow: usize, cCol: usize,
): void {
  for (let i = 0; i < m; i++) {
    const ai = a + <usize>i * aRow;
    for (let j = 0; j < n; j++) {
      let pa = ai, pb = b + <usize>j * bCol;
      let s: f32 = 0;
      for (let p = 0; p < k; p++) {
        s += load<f32>(pa) * load<f32>(pb);
        pa += aStep;
        pb += bRow;
      }
      const dst = c + <usize>i * cRow + <usize>j * cCol;
      store<f32>(dst, beta == 0 ? alpha * s : alpha * s + beta * load<f32>(dst));
    }
  }
}

@inline function fma(acc: v128, x: v128, y: v128): v128 {
  return f32x4.add(acc, f32x4.mul(x, y));
}

@inline function storeRow4(c: usize, v: v128, alpha: v128, beta: f32): void {
  v = f32x4.mul(v, alpha);
  if (beta != 0) v = f32x4.add(v, f32x4.mul(v128.load(c), f32x4.splat(beta)));
  v128.store(c, v);
}

/** Stores the transpose of the 4×4 block with rows r0..r3 as four C rows ld bytes apart. */
@inline function storeTransposed(c: usize, ld: usize, r0: v128, r1: v128, r2: v128, r3: v128, alpha: v128, beta: f32): void {
  const t0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5), t1 = i32x4.shuffle(r0, r1, 2, 6, 3, 7);
  const t2 = i32x4.shuffle(r2, r3, 0, 4, 1, 5), t3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
  storeRow4(c, i32x4.shuffle(t0, t2, 0, 1, 4, 5), alpha, beta);
  storeRow4(c + ld, i32x4.shuffle(t0, t2, 2, 3, 6, 7), alpha, beta);
  storeRow4(c + 2 * ld, i32x4.shuffle(t1, t3, 0, 1, 4, 5), alpha, beta);
  storeRow4(c + 3 * ld, i32x4.shuffle(t1, t3, 2, 3, 6, 7), alpha, beta);
}

/**
 * One R×(4·NV) tile (R ≤ 4, NV ≤ 2, both constants after inlining) of
 * L·Rm where row i of L is at a + i·aRow with steps of aStep, and row p of Rm
 * is contiguous at b + p·bStep. TC stores the tile transposed into C.
 */
@inline function rowTile(
  R: i32, NV: i32, TC: bool, k: i32, a: usize, aRow: usize, aStep: usize, b: usize, bStep: usize,
  c: usize, cRow: usize, cCol: usize, alpha: f32, beta: f32,
): void {
  let c00 = f32x4.splat(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  const a2: usize = 2 * aRow, a3: usize = 3 * aRow;
  for (let p = 0; p < k; p++) {
    const b0 = v128.load(b);
    const b1 = NV == 2 ? v128.load(b, 16) : b0;
    let x = v128.load32_splat(a);
    c00 = fma(c00, x, b0); if (NV == 2) c01 = fma(c01, x, b1);
    if (R > 1) {
      x = v128.load32_splat(a + aRow);
      c10 = fma(c10, x, b0); if (NV == 2) c11 = fma(c11, x, b1);
      x = v128.load32_splat(a + a2);
      c20 = fma(c20, x, b0); if (NV == 2) c21 = fma(c21, x, b1);
      x = v128.load32_splat(a + a3);
      c30 = fma(c30, x, b0); if (NV == 2) c31 = fma(c31, x, b1);
    }
    a += aStep;
    b += bStep;
  }
  if (TC && R == 4) {
    // Tile row r is C column r (cRow = 4 bytes): transpose 4×4 blocks back into C rows.
    const va = f32x4.splat(alpha);
    storeTransposed(c, cCol, c00, c10, c20, c30, va, beta);
    if (NV == 2) storeTransposed(c + 4 * cCol, cCol, c01, c11, c21, c31, va, beta);
  } else if (TC) {
    v128.store(TILE, c00); v128.store(TILE, c01, 16);
    storeTile(c, cRow, cCol, R, 4 * NV, alpha, beta);
  } else {
    const va = f32x4.splat(alpha);
    if (NV == 2) {
      storeRow8(c, c00, c01, va, beta);
      if (R > 1) {
        storeRow8(c + cRow, c10, c11, va, beta);
        storeRow8(c + 2 * cRow, c20, c21, va, beta);
        storeRow8(c + 3 * cRow, c30, c31, va, beta);
      }
    } else {
      storeRow4(c, c00, va, beta);
      if (R > 1) {
        storeRow4(c + cRow, c10, va, beta);
        storeRow4(c + 2 * cRow, c20, va, beta);
        storeRow4(c + 3 * cRow, c30, va, beta);
      }
    }
  }
}

/** L (M×k) · Rm (k×N) in 4×8 tiles, then 4-wide, then scalar columns; C(i, j) at c + i·cRow + j·cCol. */
@inline function rowProduct(
  TC: bool, M: i32, N: i32, k: i32, alpha: f32, a: usize, aRow: usize, aStep: usize,
  b: usize, bStep: usize, beta: f32, c: usize, cRow: usize, cCol: usize,
): void {
  const n8 = N & ~7, n4 = N & ~3;
  let i = 0;
  for (; i < M; i += 4) {
    const full = i + 4 <= M;
    const ai = a + <usize>i * aRow, ci = c + <usize>i * cRow, passes = full ? 1 : M - i;
    for (let r = 0; r < passes; r++) {
      const ar = ai + <usize>r * aRow, cr = ci + <usize>r * cRow;
      for (let j = 0; j < n8; j += 8) {
        const bj = b + (<usize>j << 2), cj = cr + <usize>j * cCol;
        if (full) rowTile(4, 2, TC, k, ar, aRow, aStep, bj, bStep, cj, cRow, cCol, alpha, beta);
        else rowTile(1, 2, TC, k, ar, aRow, aStep, bj, bStep, cj, cRow, cCol, alpha, beta);
      }
      if (n4 > n8) {
        const bj = b + (<usize>n8 << 2), cj = cr + <usize>n8 * cCol;
        if (full) rowTile(4, 1, TC, k, ar, aRow, aStep, bj, bStep, cj, cRow, cCol, alpha, beta);
        else rowTile(1, 1, TC, k, ar, aRow, aStep, bj, bStep, cj, cRow, cCol, alpha, beta);
      }
    }
  }
  if (N > n4) {
    scalarBlock(M, N - n4, k, alpha, a, aRow, aStep, b + (<usize>n4 << 2), bStep, 4, beta, c + <usize>n4 * cCol, cRow, cCol);
  }
}

function rowProductC(M: i32, N: i32, k: i32, alpha: f32, a: usize, aRow: usize, aStep: usize, b: usize, bStep: usize, beta: f32, c: usize, ldcB: usize): void {
  rowProduct(false, M, N, k, alpha, a, aRow, aStep, b, bStep, beta, c, ldcB, 4);
}

function rowProductCT(M: i32, N: i32, k: i32, alpha: f32, a: usize, aRow: usize, aStep: usize, b: usize, bStep: usize, beta: f32, c: usize, ldcB: usize): void {
  rowProduct(true, M, N, k, alpha, a, aRow, aStep, b, bStep, beta, c, 4, ldcB);
}

/** Lane i of the result is the sum of the lanes of xi. */
@inline function hsum4(x0: v128, x1: v128, x2: v128, x3: v128): v128 {
  const s01 = f32x4.add(i32x4.shuffle(x0, x1, 0, 4, 1, 5), i32x4.shuffle(x0, x1, 2, 6, 3, 7));
  const s23 = f32x4.add(i32x4.shuffle(x2, x3, 0, 4, 1, 5), i32x4.shuffle(x2, x3, 2, 6, 3, 7));
  return f32x4.add(i32x4.shuffle(s01, s23, 0, 1, 4, 5), i32x4.shuffle(s01, s23, 2, 3, 6, 7));
}

/**
 * A·Bᵀ with both operands contiguous along k: an R×4 tile (R ≤ 2) of dot
 * products, vectorised along k. Columns past `cols` repeat the last valid
 * B row, so nothing is read out of bounds; only `cols` are stored.
 */
@inline function dotTile(R: i32, k: i32, a: usize, lda4: usize, b: usize, ldb4: usize, cols: i32, c: usize, ldc4: usize, alpha: f32, beta: f32): void {
  const a1 = a + lda4;
  const b1 = b + <usize>min(1, cols - 1) * ldb4, b2 = b + <usize>min(2, cols - 1) * ldb4, b3 = b + <usize>min(3, cols - 1) * ldb4;
  let s00 = f32x4.splat(0), s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00, s12 = s00, s13 = s00;
  const k4 = k & ~3;
  for (let o: usize = 0; o < (<usize>k4 << 2); o += 16) {
    const y0 = v128.load(b + o), y1 = v128.load(b1 + o), y2 = v128.load(b2 + o), y3 = v128.load(b3 + o);
    const x0 = v128.load(a + o);
    s00 = fma(s00, x0, y0); s01 = fma(s01, x0, y1); s02 = fma(s02, x0, y2); s03 = fma(s03, x0, y3);
    if (R > 1) {
      const x1 = v128.load(a1 + o);
      s10 = fma(s10, x1, y0); s11 = fma(s11, x1, y1); s12 = fma(s12, x1, y2); s13 = fma(s13, x1, y3);
    }
  }
  let r0 = hsum4(s00, s01, s02, s03), r1 = R > 1 ? hsum4(s10, s11, s12, s13) : r0;
  for (let p = k4; p < k; p++) {
    const o = <usize>p << 2;
    let y = f32x4.splat(load<f32>(b + o));
    y = f32x4.replace_lane(y, 1, load<f32>(b1 + o));
    y = f32x4.replace_lane(y, 2, load<f32>(b2 + o));
    y = f32x4.replace_lane(y, 3, load<f32>(b3 + o));
    r0 = fma(r0, v128.load32_splat(a + o), y);
    if (R > 1) r1 = fma(r1, v128.load32_splat(a1 + o), y);
  }
  if (cols == 4) {
    const va = f32x4.splat(alpha);
    storeRow4(c, r0, va, beta);
    if (R > 1) storeRow4(c + ldc4, r1, va, beta);
  } else {
    v128.store(TILE, r0);
    v128.store(TILE, r1, 32);
    storeTile(c, ldc4, 4, R, cols, alpha, beta);
  }
}

/** C = alpha·A·Bᵀ + beta·C with A m×k (lda) and B n×k (ldb), both row-major. */
function dotProduct(m: i32, n: i32, k: i32, alpha: f32, a: usize, lda4: usize, b: usize, ldb4: usize, beta: f32, c: usize, ldc4: usize): void {
  for (let i = 0; i < m; i += 2) {
    const ai = a + <usize>i * lda4, ci = c + <usize>i * ldc4;
    for (let j = 0; j < n; j += 4) {
      const bj = b + <usize>j * ldb4, cj = ci + (<usize>j << 2), cols = min(4, n - j);
      if (i + 2 <= m) dotTile(2, k, ai, lda4, bj, ldb4, cols, cj, ldc4, alpha, beta);
      else dotTile(1, k, ai, lda4, bj, ldb4, cols, cj, ldc4, alpha, beta);
    }
  }
}

/** The unpacked path for every transpose combination (row-major, CBLAS semantics). */
export function gemmDirect(
  transA: i32, transB: i32, m: i32, n: i32, k: i32, alpha: f32, a: usize, lda: i32,
  b: usize, ldb: i32, beta: f32, c: usize, ldc: i32,
): void {
  const lda4 = <usize>lda << 2, ldb4 = <usize>ldb << 2, ldc4 = <usize>ldc << 2;
  const aRow: usize = transA ? 4 : lda4, aStep: usize = transA ? lda4 : 4;
  if (ASC_FEATURE_SIMD) {
    if (!transB) {
      rowProductC(m, n, k, alpha, a, aRow, aStep, b, ldb4, beta, c, ldc4);
    } else if (!transA) {
      dotProduct(m, n, k, alpha, a, lda4, b, ldb4, beta, c, ldc4);
    } else {
      // Aᵀ·Bᵀ = (B·A)ᵀ: rows of B times rows of A, stored transposed.
      rowProductCT(n, m, k, alpha, b, ldb4, 4, a, lda4, beta, c, ldc4);
    }
    return;
  }
  const bRow: usize = transB ? 4 : ldb4, bCol: usize = transB ? ldb4 : 4;
  scalarBlock(m, n, k, alpha, a, aRow, aStep, b, bRow, bCol, beta, c, ldc4, 4);
}
