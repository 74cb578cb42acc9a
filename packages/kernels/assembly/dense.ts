// Dense layers: GEMM forward and backward (every transpose combination), bias
// add and bias gradient. See ABI.md for the contract.
import { MR, NR, kernelPacked } from "./gemm-kernel";
import { packA, packB, panelStart } from "./gemm-pack";
import { gemmDirect, preferDirect } from "./gemm-direct";

// Cache blocking for 32 KiB L1d / 512 KiB L2 (Zen 3): a kc×NR panel of B
// (8 KiB) stays in L1 across the row panels of A; the mc×kc block of A
// (64 KiB) stays in L2; the kc×nc block of B (256 KiB) in L2/L3.
const KC = 256;
const MC = 64;
const NC = 256;
const APACK: usize = memory.data(MC * KC * 4, 16);
const BPACK: usize = memory.data(KC * NC * 4, 16);

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
  // Equal-sized blocks, so the last one is never a sliver.
  const nk = (k + KC - 1) / KC, kc = (k + nk - 1) / nk;
  const nm = (m + MC - 1) / MC, mc = ((m + nm - 1) / nm + MR - 1) & ~(MR - 1);
  const lda4 = <usize>lda << 2, ldb4 = <usize>ldb << 2, ldc4 = <usize>ldc << 2;
  for (let jc = 0; jc < n; jc += NC) {
    const nb = min(NC, n - jc);
    for (let pc = 0; pc < k; pc += kc) {
      const kb = min(kc, k - pc);
      const bBlock = transB ? b + <usize>jc * ldb4 + (<usize>pc << 2) : b + <usize>pc * ldb4 + (<usize>jc << 2);
      packB(transB, bBlock, ldb, kb, nb, BPACK);
      const bet = pc == 0 ? beta : 1;
      for (let ic = 0; ic < m; ic += mc) {
        const mb = min(mc, m - ic);
        const aBlock = transA ? a + <usize>pc * lda4 + (<usize>ic << 2) : a + <usize>ic * lda4 + (<usize>pc << 2);
        packA(transA, aBlock, lda, mb, kb, APACK);
        const cBlock = c + <usize>ic * ldc4 + (<usize>jc << 2);
        for (let jr = 0; jr < nb; jr += NR) {
          const pb = BPACK + (<usize>(jr * kb) << 2);
          const js = panelStart(jr, nb, NR), cols = min(NR, nb - js);
          for (let ir = 0; ir < mb; ir += MR) {
            const is = panelStart(ir, mb, MR), rows = min(MR, mb - is);
            const cTile = cBlock + <usize>ir * ldc4 + (<usize>jr << 2);
            kernelPacked(kb, APACK + (<usize>(ir * kb) << 2), pb, cTile, ldc4, ir - is, rows, jr - js, cols, alpha, bet);
          }
        }
      }
    }
  }
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
