import { load } from './dbench.mjs';
const file = process.argv[2] ?? './d-simd.wasm';
const tuneArgs = (process.argv[3] ?? '256,64,256,131072').split(',').map(Number);
const only = process.argv[4];
const { e, mem } = await load(file);
e.tune(...tuneArgs);
const shapes = [[128,784,128],[128,128,64],[256,256,256],[512,512,512],[1024,1024,1024],[32,64,64],[10,2,8]];
const F = new Float32Array(mem.buffer);
const pa = 8 << 20, pb = 16 << 20, pc = 24 << 20;
for (let i = 0; i < (6 << 20); i++) F[(8 << 18) + i] = Math.random();
function time(fn, flops) {
  let reps = 1;
  for (;;) { const t0 = performance.now(); for (let i = 0; i < reps; i++) fn(); const t = performance.now() - t0; if (t > 15) break; reps *= 2; }
  const rs = [];
  for (let r = 0; r < 7; r++) { const t0 = performance.now(); for (let i = 0; i < reps; i++) fn(); rs.push((performance.now() - t0) / reps); }
  rs.sort((a, b) => a - b); return { gf: flops / rs[3] / 1e6, us: rs[3] * 1e3 };
}
for (const [m, k, n] of shapes) {
  const row = [];
  for (const [ta, tb] of [[0,0],[1,0],[0,1],[1,1]]) {
    if (only && only !== `${ta}${tb}`) continue;
    const r = time(() => e.sgemm(ta, tb, m, n, k, 1, pa, ta ? m : k, pb, tb ? k : n, 0, pc, n), 2 * m * n * k);
    row.push(`${ta}${tb}:${r.gf.toFixed(1)}${m*n*k < 1e6 ? '/' + r.us.toFixed(2) + 'us' : ''}`);
  }
  console.log(`${m}x${k}x${n}`.padEnd(14), row.join('  '));
}
