import { readFileSync } from 'node:fs';
const mem = new WebAssembly.Memory({initial: 1});
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('./peak3.wasm', import.meta.url)), { env: { abort() {}, memory: mem } });
const e = instance.exports;
const f = new Float32Array(mem.buffer); f.fill(0.999, 4, 8); f.fill(0.001, 8, 12);
const names = Object.keys(e).filter(n => /^[cs]\d/.test(n));
const res = {};
for (let r = 0; r < 5; r++) {
  for (const name of names) {
    const n = +name.match(/\d+/)[0]; const fl = name[0] === 'c' ? 8 : 4;
    const it = 2e6; const t0 = performance.now(); e[name](it, 16); const t = performance.now() - t0;
    (res[name] ??= []).push(it * n * fl / t / 1e6);
  }
}
for (const k of names) console.log(k, res[k].map(x=>x.toFixed(1)).join(' '), ' max', Math.max(...res[k]).toFixed(1));
