import { load, refGemm } from './dbench.mjs';
let bad = 0;
for (const file of ['./d-simd.wasm', './d-scalar.wasm']) {
  const { e, mem } = await load(file);
  for (const direct of [0, 1 << 30]) {
    e.tune(64, 16, 32, direct);
    for (let t = 0; t < 300; t++) {
      const ta = t & 1, tb = (t >> 1) & 1;
      const r = () => 1 + Math.floor(Math.random() * (Math.random() < 0.3 ? 5 : 90));
      const m = r(), n = r(), k = r();
      const lda = (ta ? m : k) + (t % 3), ldb = (tb ? k : n) + (t % 5 == 0 ? 3 : 0), ldc = n + (t % 7 == 0 ? 2 : 0);
      const alpha = [1, 0.5, -2][t % 3], beta = [0, 1, 0.25][(t >> 2) % 3];
      const aN = (ta ? k : m) * lda, bN = (tb ? n : k) * ldb, cN = m * ldc;
      const F = new Float32Array(mem.buffer);
      const pa = 4096 * 1024, pb = pa + aN * 4 + 64, pc = pb + bN * 4 + 64;
      const A = Float32Array.from({ length: aN }, () => Math.random() * 2 - 1);
      const B = Float32Array.from({ length: bN }, () => Math.random() * 2 - 1);
      const C0 = Float32Array.from({ length: cN }, () => beta === 0 ? NaN : Math.random());
      F.set(A, pa / 4); F.set(B, pb / 4); F.set(C0, pc / 4);
      e.sgemm(ta, tb, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
      const got = F.slice(pc / 4, pc / 4 + cN);
      const want = Float64Array.from(C0);
      refGemm(ta, tb, m, n, k, alpha, A, lda, B, ldb, beta, want, ldc);
      for (let i = 0; i < m; i++) for (let j = 0; j < ldc; j++) {
        const g = got[i * ldc + j], w = j < n ? want[i * ldc + j] : C0[i * ldc + j];
        if (!(Math.abs(g - w) <= 1e-5 * k + 1e-5 * Math.abs(w)) && !(Number.isNaN(g) && Number.isNaN(w))) {
          if (bad++ < 10) console.log(file, direct, { ta, tb, m, n, k, lda, ldb, ldc, alpha, beta }, i, j, g, w);
        }
      }
    }
  }
}
console.log('bad', bad);
