import { loadKernels } from "../dist/index.js";
const N = +(process.argv[2] ?? 512);
const T = +(process.argv[3] ?? 2);
const t0 = performance.now();
const mt = await loadKernels({ threads: T });
console.log("loaded threads", mt.threads?.count, mt.threadsReason, (performance.now() - t0).toFixed(0), "ms");
const st = await loadKernels({ flavour: "simd" });
function setup(mod) {
  const a = mod.allocFloats(N * N), b = mod.allocFloats(N * N), c = mod.allocFloats(N * N);
  const r = new Float32Array(N * N); let s = 7; for (let i = 0; i < r.length; i++) r[i] = ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) - 0.5;
  mod.writeFloats(a, r); mod.writeFloats(b, r.map((x) => x * 0.5));
  return { a, b, c };
}
const P = setup(mt), Q = setup(st);
for (const [tA, tB] of [[0,0],[1,0],[0,1],[1,1]]) {
  mt.raw.sgemm(tA, tB, N, N, N, 1, P.a, N, P.b, N, 0, P.c, N);
  st.raw.sgemm(tA, tB, N, N, N, 1, Q.a, N, Q.b, N, 0, Q.c, N);
  const x = mt.readFloats(P.c, N * N), y = st.readFloats(Q.c, N * N);
  let diff = 0; for (let i = 0; i < x.length; i++) if (Object.is(x[i], y[i]) === false) diff++;
  console.log("trans", tA, tB, "mismatches", diff);
}
function time(mod, p, reps) { const t = performance.now(); for (let i = 0; i < reps; i++) mod.raw.sgemm(0, 0, N, N, N, 1, p.a, N, p.b, N, 0, p.c, N); return (performance.now() - t) / reps; }
for (let r = 0; r < 3; r++) {
  const a = time(st, Q, 10), b = time(mt, P, 10);
  console.log(`1t ${a.toFixed(2)} ms  ${T}t ${b.toFixed(2)} ms  x${(a / b).toFixed(2)}  GF/s ${(2*N*N*N/a/1e6).toFixed(1)}`);
}
