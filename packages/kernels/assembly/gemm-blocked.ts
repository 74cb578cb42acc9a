// The cache-blocked GEMM driver (Goto & van de Geijn; BLIS's loop order jc →
// pc → ic → jr → ir) behind sgemm's packed path, and the pieces the threads
// flavour splits it into (threads.ts): the same blocks in every split, so every
// element of C sums the same products in the same order.
// see: Goto & van de Geijn, "Anatomy of High-Performance Matrix Multiplication", ACM TOMS 34(3), 2008
import { MR, NR, kernelPacked } from "./gemm-kernel";
import { packA, packB, panelStart } from "./gemm-pack";

// Cache blocking for 32 KiB L1d / 512 KiB L2 (Zen 3): a kc×NR panel of B
// (8 KiB) stays in L1 across the row panels of A; the mc×kc block of A
// (64 KiB) stays in L2; the kc×nc block of B (256 KiB) in L2/L3.
const KC = 256;
const MC = 64;
const NC = 256;
const APACK: usize = memory.data(MC * KC * 4, 16);
const BPACK: usize = memory.data(KC * NC * 4, 16);

/**
 * Rows [i0, i1) and columns [j0, j1) of C = alpha·op(A)·op(B) + beta·C over
 * packed blocks (sgemm's contract, for products preferDirect declines). Each
 * block of op(A) and op(B) is packed here, or read from pa / pb when they are
 * set: packSharedA's layout (then i0 = 0, i1 = m) and packSharedB's (then j0 = 0, j1 = n).
 */
export function sgemmBlock(
  transA: i32, transB: i32, m: i32, n: i32, k: i32, alpha: f32, a: usize, lda: i32,
  b: usize, ldb: i32, beta: f32, c: usize, ldc: i32, i0: i32, i1: i32, j0: i32, j1: i32, pa: usize, pb: usize,
): void {
  const kc = kcFor(k), mc = mcFor(i1 - i0), mR = (m + MR - 1) & ~(MR - 1);
  const lda4 = <usize>lda << 2, ldb4 = <usize>ldb << 2, ldc4 = <usize>ldc << 2;
  for (let jc = j0; jc < j1; jc += NC) {
    const nb = min(NC, j1 - jc);
    for (let pc = 0; pc < k; pc += kc) {
      const kb = min(kc, k - pc);
      let bp = BPACK;
      if (pb) bp = pb + ((<usize>jc * k + <usize>pc * ((nb + NR - 1) & ~(NR - 1))) << 2);
      else packB(transB, blockB(transB, b, ldb4, pc, jc), ldb, kb, nb, BPACK);
      const bet = pc == 0 ? beta : 1;
      for (let ic = i0; ic < i1; ic += mc) {
        const mb = min(mc, i1 - ic);
        let ap = APACK;
        if (pa) ap = pa + ((<usize>pc * mR + <usize>ic * kb) << 2);
        else packA(transA, blockA(transA, a, lda4, ic, pc), lda, mb, kb, APACK);
        macroKernel(kb, mb, nb, ap, bp, c + <usize>ic * ldc4 + (<usize>jc << 2), ldc4, alpha, bet);
      }
    }
  }
}

/** Depth of the k blocks: equal-sized, so the last one is never a sliver. Every split keeps it: the bits depend on it. */
@inline function kcFor(k: i32): i32 {
  const nk = (k + KC - 1) / KC;
  return (k + nk - 1) / nk;
}

/** Rows of the m blocks: equal-sized, rounded up to whole micro-panels. */
@inline function mcFor(m: i32): i32 {
  const nm = (m + MC - 1) / MC;
  return ((m + nm - 1) / nm + MR - 1) & ~(MR - 1);
}

/** op(A)'s block at row ic, depth pc. */
@inline function blockA(transA: i32, a: usize, lda4: usize, ic: i32, pc: i32): usize {
  return transA ? a + <usize>pc * lda4 + (<usize>ic << 2) : a + <usize>ic * lda4 + (<usize>pc << 2);
}

/** op(B)'s block at depth pc, column jc. */
@inline function blockB(transB: i32, b: usize, ldb4: usize, pc: i32, jc: i32): usize {
  return transB ? b + <usize>jc * ldb4 + (<usize>pc << 2) : b + <usize>pc * ldb4 + (<usize>jc << 2);
}

/** The jr/ir loops over one packed mb×kb block of A and kb×nb block of B, into C at c (BLIS's macro-kernel). */
function macroKernel(kb: i32, mb: i32, nb: i32, pa: usize, pb: usize, c: usize, ldc4: usize, alpha: f32, beta: f32): void {
  for (let jr = 0; jr < nb; jr += NR) {
    const pbj = pb + (<usize>(jr * kb) << 2);
    const js = panelStart(jr, nb, NR), cols = min(NR, nb - js);
    for (let ir = 0; ir < mb; ir += MR) {
      const is = panelStart(ir, mb, MR), rows = min(MR, mb - is);
      const cTile = c + <usize>ir * ldc4 + (<usize>jr << 2);
      kernelPacked(kb, pa + (<usize>(ir * kb) << 2), pbj, cTile, ldc4, ir - is, rows, jr - js, cols, alpha, beta);
    }
  }
}

// Shared packing for threads (threads.ts): one operand is packed once into a
// buffer every thread reads, in blocks that several threads pack at once, and
// each thread then computes whole columns (or rows) of C packing only its own
// part of the other operand. Packed A holds block (pc, ic) at pc·⌈m⌉ + ic·kb
// floats (⌈m⌉: m rounded up to MR), packed B block (jc, pc) at jc·k + pc·⌈nb⌉.

/** Floats packed op(A) (m×k: rows = m) or op(B) (k×n: isB, rows = n) takes in the shared layout. */
export function sharedPackFloats(isB: bool, rows: i32, k: i32): i64 {
  return <i64>(isB ? (rows + NR - 1) & ~(NR - 1) : (rows + MR - 1) & ~(MR - 1)) * k;
}

/** Blocks packSharedA (rows = m) or packSharedB (isB, rows = n) split the packing into. */
export function sharedPackBlocks(isB: bool, rows: i32, k: i32): i32 {
  const kc = kcFor(k), nk = (k + kc - 1) / kc;
  if (isB) return ((rows + NC - 1) / NC) * nk;
  const mc = mcFor(rows);
  return nk * ((rows + mc - 1) / mc);
}

/** Packs block `index` (pc-major) of op(A), m×k, into the shared layout at dst. */
export function packSharedA(transA: i32, a: usize, lda: i32, m: i32, k: i32, index: i32, dst: usize): void {
  const kc = kcFor(k), mc = mcFor(m), nm = (m + mc - 1) / mc;
  const pc = (index / nm) * kc, ic = (index % nm) * mc;
  const kb = min(kc, k - pc);
  const at = <usize>pc * ((m + MR - 1) & ~(MR - 1)) + <usize>ic * kb;
  packA(transA, blockA(transA, a, <usize>lda << 2, ic, pc), lda, min(mc, m - ic), kb, dst + (at << 2));
}

/** Packs block `index` (jc-major) of op(B), k×n, into the shared layout at dst. */
export function packSharedB(transB: i32, b: usize, ldb: i32, n: i32, k: i32, index: i32, dst: usize): void {
  const kc = kcFor(k), nk = (k + kc - 1) / kc;
  const jc = (index / nk) * NC, pc = (index % nk) * kc;
  const nb = min(NC, n - jc);
  const at = <usize>jc * k + <usize>pc * ((nb + NR - 1) & ~(NR - 1));
  packB(transB, blockB(transB, b, <usize>ldb << 2, pc, jc), ldb, min(kc, k - pc), nb, dst + (at << 2));
}
