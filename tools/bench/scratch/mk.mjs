import { readFileSync } from 'node:fs';
const mem = new WebAssembly.Memory({initial: 16});
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('./mk.wasm', import.meta.url)), { env: { abort() {}, memory: mem } });
const e = instance.exports;
const f = new Float32Array(mem.buffer); for (let i = 0; i < f.length; i++) f[i] = Math.random() * 1e-3;
const names = Object.keys(e).filter(n => /^[kp]\d/.test(n));
const res = {};
const kb = +(process.argv[2] ?? 128);
for (let r = 0; r < 15; r++) {
  for (const name of names) {
    const MR = +name[1];
    const reps = Math.round(1e8 / (2*MR*8*kb)); const t0 = performance.now(); e[name](reps, kb, 1024, 65536, 512); const t = performance.now() - t0;
    (res[name] ??= []).push(reps * 2 * MR * 8 * kb / t / 1e6);
  }
}
for (const k of names) console.log(k, res[k].map(x=>x.toFixed(1)).join(' '), ' max', Math.max(...res[k]).toFixed(1));
