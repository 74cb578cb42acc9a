// GEMM micro-kernels over packed panels (layouts in gemm-pack.ts), and the
// tile store shared by every path.
// see: Goto & van de Geijn, "Anatomy of High-Performance Matrix Multiplication", ACM TOMS 34(3), 2008
// see: https://github.com/flame/blis/blob/master/docs/KernelsHowTo.md
//
// The SIMD tile is 4×8: 8 f32x4 accumulators, A broadcast with load32_splat,
// B as two v128 loads per k step; with the loads and a temporary that is all
// 15 xmm registers V8 allocates. Measured on Zen 3 (tools/bench): unrolling k
// by 2 and 5×8/6×8 tiles spill; A pre-broadcast at packing time speeds this
// loop ~7% in L1 but costs as much in packing. V8 emits 31 instructions per k
// step here (3 of them `lea`: it does not fold a load-splat's offset), so at 6
// per cycle the loop is dispatch-bound near 0.8 of the mul+add peak
// (bench/RESULTS.md, GEMM section).

export const MR = 4;
export const NR = 8;

/** Scratch for a tile's raw sums (row r, column j at (r·NR + j)·4) before a partial store. */
export const TILE: usize = memory.data(MR * NR * 4, 16);

/**
 * C = alpha·TILE + beta·C for tile rows [row0, rows) and columns [col0, cols),
 * with TILE[row0, col0] going to c and C's rows/columns rowStride/colStride
 * bytes apart. beta == 0 never reads C.
 */
export function storeTile(c: usize, rowStride: usize, colStride: usize, row0: i32, rows: i32, col0: i32, cols: i32, alpha: f32, beta: f32): void {
  for (let r = row0; r < rows; r++) {
    const src = TILE + (<usize>(r * NR) << 2);
    let dst = c + <usize>(r - row0) * rowStride;
    for (let j = col0; j < cols; j++) {
      const v = alpha * load<f32>(src + (<usize>j << 2));
      store<f32>(dst, beta == 0 ? v : v + beta * load<f32>(dst));
      dst += colStride;
    }
  }
}

/** acc + x·y, rounded twice (wasm SIMD has no fused multiply-add). */
@inline export function muladd(acc: v128, x: v128, y: v128): v128 {
  return f32x4.add(acc, f32x4.mul(x, y));
}

/** C[0..4) = alpha·v + beta·C; beta == 0 never reads C. */
@inline export function storeRow4(c: usize, v: v128, alpha: v128, beta: f32): void {
  v = f32x4.mul(v, alpha);
  if (beta != 0) v = f32x4.add(v, f32x4.mul(v128.load(c), f32x4.splat(beta)));
  v128.store(c, v);
}

/** One row of a full SIMD tile: C[0..8) = alpha·(lo, hi) + beta·C. */
@inline export function storeRow8(c: usize, lo: v128, hi: v128, alpha: v128, beta: f32): void {
  lo = f32x4.mul(lo, alpha);
  hi = f32x4.mul(hi, alpha);
  if (beta != 0) {
    const vb = f32x4.splat(beta);
    lo = f32x4.add(lo, f32x4.mul(v128.load(c), vb));
    hi = f32x4.add(hi, f32x4.mul(v128.load(c, 16), vb));
  }
  v128.store(c, lo);
  v128.store(c, hi, 16);
}

/**
 * A 4×8 tile alpha·Ap·Bp over kc packed steps (Ap: MR floats per step, Bp: NR),
 * merged into C for tile rows [row0, rows) and columns [col0, cols) — edge
 * tiles overlap their neighbours and store only what those did not. c is
 * C's element for (row0, col0); C rows are ldcB bytes apart.
 */
export function kernelPacked(
  kc: i32, pa: usize, pb: usize, c: usize, ldcB: usize, row0: i32, rows: i32, col0: i32, cols: i32, alpha: f32, beta: f32,
): void {
  if (ASC_FEATURE_SIMD) {
    let c00 = f32x4.splat(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
    const end = pb + (<usize>kc << 5);
    while (pb < end) {
      const b0 = v128.load(pb), b1 = v128.load(pb, 16);
      let a = v128.load32_splat(pa);
      c00 = muladd(c00, a, b0); c01 = muladd(c01, a, b1);
      a = v128.load32_splat(pa, 4);
      c10 = muladd(c10, a, b0); c11 = muladd(c11, a, b1);
      a = v128.load32_splat(pa, 8);
      c20 = muladd(c20, a, b0); c21 = muladd(c21, a, b1);
      a = v128.load32_splat(pa, 12);
      c30 = muladd(c30, a, b0); c31 = muladd(c31, a, b1);
      pa += 16;
      pb += 32;
    }
    if (row0 == 0 && rows == MR && col0 == 0 && cols == NR) {
      const va = f32x4.splat(alpha);
      storeRow8(c, c00, c01, va, beta);
      storeRow8(c + ldcB, c10, c11, va, beta);
      storeRow8(c + 2 * ldcB, c20, c21, va, beta);
      storeRow8(c + 3 * ldcB, c30, c31, va, beta);
    } else {
      v128.store(TILE, c00); v128.store(TILE, c01, 16);
      v128.store(TILE, c10, 32); v128.store(TILE, c11, 48);
      v128.store(TILE, c20, 64); v128.store(TILE, c21, 80);
      v128.store(TILE, c30, 96); v128.store(TILE, c31, 112);
      storeTile(c, ldcB, 4, row0, rows, col0, cols, alpha, beta);
    }
  } else {
    for (let r = 0; r < MR; r += 2) {
      for (let j = 0; j < NR; j += 4) scalar2x4(kc, pa + (<usize>r << 2), pb + (<usize>j << 2), r, j);
    }
    storeTile(c, ldcB, 4, row0, rows, col0, cols, alpha, beta);
  }
}

/** Scalar flavour: a 2×4 block of the packed tile (8 accumulators fit in registers), into TILE. */
function scalar2x4(kc: i32, pa: usize, pb: usize, r: i32, j: i32): void {
  let s00: f32 = 0, s01: f32 = 0, s02: f32 = 0, s03: f32 = 0;
  let s10: f32 = 0, s11: f32 = 0, s12: f32 = 0, s13: f32 = 0;
  const end = pb + (<usize>kc << 5);
  while (pb < end) {
    const a0 = load<f32>(pa), a1 = load<f32>(pa, 4);
    const b0 = load<f32>(pb), b1 = load<f32>(pb, 4), b2 = load<f32>(pb, 8), b3 = load<f32>(pb, 12);
    s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2; s03 += a0 * b3;
    s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2; s13 += a1 * b3;
    pa += MR << 2;
    pb += NR << 2;
  }
  const t = TILE + (<usize>(r * NR + j) << 2);
  store<f32>(t, s00); store<f32>(t, s01, 4); store<f32>(t, s02, 8); store<f32>(t, s03, 12);
  store<f32>(t, s10, NR * 4); store<f32>(t, s11, NR * 4 + 4); store<f32>(t, s12, NR * 4 + 8); store<f32>(t, s13, NR * 4 + 12);
}
