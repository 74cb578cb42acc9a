// Dense layers: GEMM forward and backward (every transpose combination), bias
// add and bias gradient. See ABI.md for the contract.
import { gemmDirect, preferDirect } from "./gemm-direct";
import { sgemmBlock } from "./gemm-blocked";

/** C = beta·C, writing zeros (not reading C) when beta == 0. */
function scaleC(m: i32, n: i32, beta: f32, c: usize, ldc: i32): void {
  for (let i = 0; i < m; i++) {
    const row = c + (<usize>(i * ldc) << 2);
    for (let j = 0; j < n; j++) {
      const p = row + (<usize>j << 2);
      store<f32>(p, beta == 0 ? 0 : beta * load<f32>(p));
    }
  }
}

/**
 * C = alpha·op(A)·op(B) + beta·C, row-major (CBLAS RowMajor). op(A) is m×k,
 * op(B) k×n; transA means A is stored k×m, transB that B is stored n×k.
 */
export function sgemm(
  transA: i32, transB: i32, m: i32, n: i32, k: i32, alpha: f32, a: usize, lda: i32,
  b: usize, ldb: i32, beta: f32, c: usize, ldc: i32,
): void {
  if (m <= 0 || n <= 0) return;
  if (k <= 0 || alpha == 0) {
    scaleC(m, n, beta, c, ldc);
    return;
  }
  if (preferDirect(transA, transB, m, n, k)) {
    gemmDirect(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    return;
  }
  sgemmBlock(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, 0, m, 0, n, 0, 0);
}

/** y[i, j] = x[i, j] + bias[j]; y may alias x. */
export function biasAdd(m: i32, n: i32, x: usize, bias: usize, y: usize): void {
  const row = <usize>n << 2;
  for (let i = 0; i < m; i++) {
    let j = 0;
    if (ASC_FEATURE_SIMD) {
      for (; j + 4 <= n; j += 4) {
        const o = <usize>j << 2;
        v128.store(y + o, f32x4.add(v128.load(x + o), v128.load(bias + o)));
      }
    }
    for (; j < n; j++) {
      const o = <usize>j << 2;
      store<f32>(y + o, load<f32>(x + o) + load<f32>(bias + o));
    }
    x += row;
    y += row;
  }
}

/** db[j] = (accumulate ? db[j] : 0) + Σ_i dy[i, j]: column sums, 16 columns per pass in registers. */
export function biasGrad(m: i32, n: i32, dy: usize, db: usize, accumulate: i32): void {
  const row = <usize>n << 2;
  let j = 0;
  if (ASC_FEATURE_SIMD) {
    for (; j + 16 <= n; j += 16) {
      let s0 = f32x4.splat(0), s1 = s0, s2 = s0, s3 = s0;
      let p = dy + (<usize>j << 2);
      for (let i = 0; i < m; i++) {
        s0 = f32x4.add(s0, v128.load(p)); s1 = f32x4.add(s1, v128.load(p, 16));
        s2 = f32x4.add(s2, v128.load(p, 32)); s3 = f32x4.add(s3, v128.load(p, 48));
        p += row;
      }
      const o = db + (<usize>j << 2);
      if (accumulate) {
        s0 = f32x4.add(s0, v128.load(o)); s1 = f32x4.add(s1, v128.load(o, 16));
        s2 = f32x4.add(s2, v128.load(o, 32)); s3 = f32x4.add(s3, v128.load(o, 48));
      }
      v128.store(o, s0); v128.store(o, s1, 16); v128.store(o, s2, 32); v128.store(o, s3, 48);
    }
    for (; j + 4 <= n; j += 4) {
      let s = f32x4.splat(0);
      let p = dy + (<usize>j << 2);
      for (let i = 0; i < m; i++) {
        s = f32x4.add(s, v128.load(p));
        p += row;
      }
      const o = db + (<usize>j << 2);
      v128.store(o, accumulate ? f32x4.add(s, v128.load(o)) : s);
    }
  }
  for (; j < n; j++) {
    let s: f32 = 0;
    let p = dy + (<usize>j << 2);
    for (let i = 0; i < m; i++) {
      s += load<f32>(p);
      p += row;
    }
    const o = db + (<usize>j << 2);
    store<f32>(o, accumulate ? s + load<f32>(o) : s);
  }
}
