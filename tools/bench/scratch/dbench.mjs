import { readFileSync } from 'node:fs';
export async function load(file) {
  const mem = new WebAssembly.Memory({ initial: 1024 });
  const { instance } = await WebAssembly.instantiate(readFileSync(new URL(file, import.meta.url)), { env: { abort() { throw new Error('abort'); }, memory: mem } });
  return { e: instance.exports, mem };
}
export function refGemm(ta, tb, m, n, k, alpha, A, lda, B, ldb, beta, C, ldc) {
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += (ta ? A[p * lda + i] : A[i * lda + p]) * (tb ? B[j * ldb + p] : B[p * ldb + j]);
    C[i * ldc + j] = alpha * s + (beta === 0 ? 0 : beta * C[i * ldc + j]);
  }
}
