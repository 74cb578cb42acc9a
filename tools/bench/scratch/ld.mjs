import { readFileSync } from 'node:fs';
const mem = new WebAssembly.Memory({initial: 16});
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('./ld.wasm', import.meta.url)), { env: { abort() {}, memory: mem } });
const e = instance.exports;
const names = Object.keys(e).filter(n => /^[ls]\d/.test(n));
const res = {};
const kb = 128;
for (let r = 0; r < 15; r++) {
  for (const name of names) {
    const reps = 20000; const t0 = performance.now(); e[name](reps, kb, 1024, 65536, 512); const t = performance.now() - t0;
    (res[name] ??= []).push(t * 1e6 / (reps * kb) * 3.16);
  }
}
for (const k of Object.keys(res)) console.log(k, 'cycles/iter min', Math.min(...res[k]).toFixed(2));
