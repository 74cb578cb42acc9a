import { load } from './dbench.mjs';
import { readFileSync } from 'node:fs';
const { e, mem } = await load('./d-simd.wasm');
const pmem = new WebAssembly.Memory({ initial: 1 });
const { instance: pk } = await WebAssembly.instantiate(readFileSync(new URL('./peak3.wasm', import.meta.url)), { env: { abort() {}, memory: pmem } });
new Float32Array(pmem.buffer).fill(0.999, 4, 8); new Float32Array(pmem.buffer).fill(0.001, 8, 12);
const F = new Float32Array(mem.buffer);
const pa = 8 << 20, pb = 16 << 20, pc = 24 << 20;
for (let i = 0; i < (6 << 20); i++) F[(8 << 18) + i] = Math.random();
const configs = process.argv[2].split(';').map(s => s.split(',').map(Number));
const shapes = process.argv[3].split(';').map(s => s.split('x').map(Number));
const variants = (process.argv[4] ?? '00').split(',');
function t1(fn, reps) { const t0 = performance.now(); for (let i = 0; i < reps; i++) fn(); return (performance.now() - t0) / reps; }
function peak() { const it = 1e6; const t = t1(() => pk.exports.c12u2(it, 16), 1); return it * 96 / t / 1e6; }
const res = {};
for (let round = 0; round < 7; round++) {
  for (const cfg of configs) {
    e.tune(...cfg);
    for (const [m, k, n] of shapes) for (const v of variants) {
      const ta = +v[0], tb = +v[1];
      const fl = 2 * m * n * k; const reps = Math.max(1, Math.round(2e8 / fl));
      const fn = () => e.sgemm(ta, tb, m, n, k, 1, pa, ta ? m : k, pb, tb ? k : n, 0, pc, n);
      fn();
      const p0 = peak(); const t = t1(fn, reps); const p1 = peak();
      const key = `${cfg.join(',')} ${m}x${k}x${n} ${v}`;
      (res[key] ??= []).push([fl / t / 1e6, fl / t / 1e6 / ((p0 + p1) / 2)]);
    }
  }
}
for (const [k, arr] of Object.entries(res)) {
  const gf = arr.map(x => x[0]).sort((a, b) => a - b), rt = arr.map(x => x[1]).sort((a, b) => a - b);
  console.log(k.padEnd(40), 'GF/s', gf[3].toFixed(1), ' ratio', rt[3].toFixed(3), ' max', rt[6].toFixed(3));
}
