import type { DenseKernels } from "../abi.js";
import type { RefViews } from "./views.js";

export function denseReference(v: RefViews): DenseKernels {
  // Scalar arguments are f32 in the ABI; round them as the wasm boundary does.
  const f32 = Math.fround;
  return {
    sgemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc) {
      const F = v.refresh().F;
      const al = f32(alpha);
      const be = f32(beta);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          // BLAS semantics: alpha == 0 does not read A or B, beta == 0 does not read C.
          let s = 0;
          if (al !== 0) {
            for (let p = 0; p < k; p++) {
              const x = F[v.f(a, transA ? p * lda + i : i * lda + p)]!;
              const y = F[v.f(b, transB ? j * ldb + p : p * ldb + j)]!;
              s += x * y;
            }
          }
          const at = v.f(c, i * ldc + j);
          F[at] = (al === 0 ? 0 : al * s) + (be === 0 ? 0 : be * F[at]!);
        }
      }
    },
    biasAdd(m, n, x, bias, y) {
      const F = v.refresh().F;
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) F[v.f(y, i * n + j)] = F[v.f(x, i * n + j)]! + F[v.f(bias, j)]!;
      }
    },
    biasGrad(m, n, dy, db, accumulate) {
      const F = v.refresh().F;
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let i = 0; i < m; i++) s += F[v.f(dy, i * n + j)]!;
        F[v.f(db, j)] = (accumulate ? F[v.f(db, j)]! : 0) + s;
      }
    },
  };
}
