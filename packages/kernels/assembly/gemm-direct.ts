// Small products straight from the operands, without packing: for shapes like
// 10×2×8 the call overhead and the packing copies would cost more than the
// arithmetic. Every routine computes C = alpha·op(A)·op(B) + beta·C and never
// reads C when beta == 0.
import { TILE, muladd, storeRow4, storeRow8, storeTile } from "./gemm-kernel";
import { dotProduct } from "./gemm-dot";

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
 * is contiguous at b + p·bStep. Stores tile rows [row0, R) and columns
 * [col0, 4·NV) (edge tiles overlap their neighbours); c is C's element for
 * (row0, col0). TC stores the tile transposed: tile rows are C columns.
 */
@inline function rowTile(
  R: i32, NV: i32, TC: bool, k: i32, a: usize, aRow: usize, aStep: usize, b: usize, bStep: usize,
  c: usize, cRow: usize, cCol: usize, row0: i32, col0: i32, alpha: f32, beta: f32,
): void {
  let c00 = f32x4.splat(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  const a2: usize = 2 * aRow, a3: usize = 3 * aRow;
  for (let p = 0; p < k; p++) {
    const b0 = v128.load(b);
    const b1 = NV == 2 ? v128.load(b, 16) : b0;
    let x = v128.load32_splat(a);
    c00 = muladd(c00, x, b0); if (NV == 2) c01 = muladd(c01, x, b1);
    if (R > 1) {
      x = v128.load32_splat(a + aRow);
      c10 = muladd(c10, x, b0); if (NV == 2) c11 = muladd(c11, x, b1);
      x = v128.load32_splat(a + a2);
      c20 = muladd(c20, x, b0); if (NV == 2) c21 = muladd(c21, x, b1);
      x = v128.load32_splat(a + a3);
      c30 = muladd(c30, x, b0); if (NV == 2) c31 = muladd(c31, x, b1);
    }
    a += aStep;
    b += bStep;
  }
  const va = f32x4.splat(alpha);
  if (row0 != 0 || col0 != 0 || (TC && R < 4)) {
    v128.store(TILE, c00); v128.store(TILE, c01, 16);
    v128.store(TILE, c10, 32); v128.store(TILE, c11, 48);
    v128.store(TILE, c20, 64); v128.store(TILE, c21, 80);
    v128.store(TILE, c30, 96); v128.store(TILE, c31, 112);
    storeTile(c, cRow, cCol, row0, R, col0, 4 * NV, alpha, beta);
  } else if (TC) {
    // Tile row r is C column r (cRow = 4 bytes): transpose 4×4 blocks back into C rows.
    storeTransposed(c, cCol, c00, c10, c20, c30, va, beta);
    if (NV == 2) storeTransposed(c + 4 * cCol, cCol, c01, c11, c21, c31, va, beta);
  } else if (NV == 2) {
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

/** Every tile of one R-row block: a is the block's first row of L, c is C's row for tile row row0. */
@inline function rowBlock(
  R: i32, TC: bool, N: i32, k: i32, a: usize, aRow: usize, aStep: usize, b: usize, bStep: usize,
  c: usize, cRow: usize, cCol: usize, row0: i32, alpha: f32, beta: f32,
): void {
  const n8 = N & ~7;
  for (let j = 0; j < n8; j += 8) {
    rowTile(R, 2, TC, k, a, aRow, aStep, b + (<usize>j << 2), bStep, c + <usize>j * cCol, cRow, cCol, row0, 0, alpha, beta);
  }
  // The last columns: an 8- or 4-wide tile ending at N, storing only what is new.
  const rest = N - n8;
  if (rest > 4) {
    rowTile(R, 2, TC, k, a, aRow, aStep, b + (<usize>(N - 8) << 2), bStep, c + <usize>n8 * cCol, cRow, cCol, row0, 8 - rest, alpha, beta);
  } else if (rest > 0) {
    rowTile(R, 1, TC, k, a, aRow, aStep, b + (<usize>(N - 4) << 2), bStep, c + <usize>n8 * cCol, cRow, cCol, row0, 4 - rest, alpha, beta);
  }
}

/**
 * L (M×k) · Rm (k×N) with N ≥ 4: 4-row blocks (the last one ending at M),
 * single rows when M < 4; C(i, j) at c + i·cRow + j·cCol.
 */
@inline function rowProduct(
  TC: bool, M: i32, N: i32, k: i32, alpha: f32, a: usize, aRow: usize, aStep: usize,
  b: usize, bStep: usize, beta: f32, c: usize, cRow: usize, cCol: usize,
): void {
  if (M < 4) {
    for (let i = 0; i < M; i++) {
      rowBlock(1, TC, N, k, a + <usize>i * aRow, aRow, aStep, b, bStep, c + <usize>i * cRow, cRow, cCol, 0, alpha, beta);
    }
    return;
  }
  for (let i = 0; i < M; i += 4) {
    const is = min(i, M - 4);
    rowBlock(4, TC, N, k, a + <usize>is * aRow, aRow, aStep, b, bStep, c + <usize>i * cRow, cRow, cCol, i - is, alpha, beta);
  }
}

function rowProductC(M: i32, N: i32, k: i32, alpha: f32, a: usize, aRow: usize, aStep: usize, b: usize, bStep: usize, beta: f32, c: usize, ldcB: usize): void {
  rowProduct(false, M, N, k, alpha, a, aRow, aStep, b, bStep, beta, c, ldcB, 4);
}

function rowProductCT(M: i32, N: i32, k: i32, alpha: f32, a: usize, aRow: usize, aStep: usize, b: usize, bStep: usize, beta: f32, c: usize, ldcB: usize): void {
  rowProduct(true, M, N, k, alpha, a, aRow, aStep, b, bStep, beta, c, 4, ldcB);
}

/**
 * Whether sgemm should skip packing, from measurements on Zen 3 / V8 11
 * (tools/bench): the unpacked kernels win on tiny calls (per-call overhead)
 * and on skinny ones, where packing copies about as much as it computes;
 * packing wins once its panels are reused.
 */
export function preferDirect(transA: i32, transB: i32, m: i32, n: i32, k: i32): bool {
  const work = <i64>m * n * k;
  if (!ASC_FEATURE_SIMD) return work <= 1024;
  if (work <= 2048) return true;
  const skinny = m < 8 || n < 16;
  // A·Bᵀ runs as dot products, which need some k to amortise their reductions.
  if (transB && !transA) return work <= 1 << 17 || (skinny && k >= 32);
  // The vector kernels need 4 columns of C (4 rows for Aᵀ·Bᵀ); with fewer they fall back to scalar.
  if (transB ? m < 4 : n < 4) return false;
  return skinny || work <= 1 << 18;
}

/** The unpacked path for every transpose combination (row-major, CBLAS semantics). */
export function gemmDirect(
  transA: i32, transB: i32, m: i32, n: i32, k: i32, alpha: f32, a: usize, lda: i32,
  b: usize, ldb: i32, beta: f32, c: usize, ldc: i32,
): void {
  const lda4 = <usize>lda << 2, ldb4 = <usize>ldb << 2, ldc4 = <usize>ldc << 2;
  const aRow: usize = transA ? 4 : lda4, aStep: usize = transA ? lda4 : 4;
  if (ASC_FEATURE_SIMD) {
    if (!transB && n >= 4) {
      rowProductC(m, n, k, alpha, a, aRow, aStep, b, ldb4, beta, c, ldc4);
      return;
    }
    if (transB && !transA) {
      dotProduct(m, n, k, alpha, a, lda4, b, ldb4, beta, c, ldc4);
      return;
    }
    if (transB && m >= 4) {
      // Aᵀ·Bᵀ = (B·A)ᵀ: rows of B times rows of A, stored transposed.
      rowProductCT(n, m, k, alpha, b, ldb4, 4, a, lda4, beta, c, ldc4);
      return;
    }
  }
  const bRow: usize = transB ? 4 : ldb4, bCol: usize = transB ? ldb4 : 4;
  scalarBlock(m, n, k, alpha, a, aRow, aStep, b, bRow, bCol, beta, c, ldc4, 4);
}
