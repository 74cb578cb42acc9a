import { readFileSync } from 'node:fs';
const mem = new WebAssembly.Memory({initial: 16});
const { instance } = await WebAssembly.instantiate(readFileSync(new URL(process.argv[3] ?? './mk2.wasm', import.meta.url)), { env: { abort() {}, memory: mem } });
const e = instance.exports;
const f = new Float32Array(mem.buffer); for (let i = 0; i < f.length; i++) f[i] = Math.random() * 1e-3;
f.fill(0.999, 4, 8); f.fill(0.001, 8, 12);
const names = Object.keys(e).filter(n => /^[kpi]\d/.test(n));
const res = { peak: [] };
const kb = +(process.argv[2] ?? 128);
for (let r = 0; r < 15; r++) {
  let t0 = performance.now(); e.c12u2(2e6, 16); let t = performance.now() - t0; res.peak.push(2e6 * 96 / t / 1e6);
  for (const name of names) {
    const MR = 4;
    const reps = Math.round(1e8 / (2*MR*8*kb)); t0 = performance.now(); e[name](reps, kb, 1024, 65536, 512); t = performance.now() - t0;
    (res[name] ??= []).push(reps * 2 * MR * 8 * kb / t / 1e6);
  }
}
for (const k of Object.keys(res)) console.log(k, ' max', Math.max(...res[k]).toFixed(1), ' median', res[k].sort((a,b)=>a-b)[7].toFixed(1));
