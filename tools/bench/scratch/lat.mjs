import { readFileSync } from 'node:fs';
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('./lat.wasm', import.meta.url)), { env: { abort() {} } });
const e = instance.exports;
for (let r = 0; r < 5; r++) {
  const it = 2e7; let t0 = performance.now(); e.lat(it, 1e-30); let t = performance.now() - t0;
  const ns = t * 1e6 / (it * 8);
  t0 = performance.now(); e.ilat(it, 3); let t2 = performance.now() - t0;
  const ns2 = t2 * 1e6 / (it * 8);
  console.log('addps ns', ns.toFixed(3), 'GHz if 3cyc', (3 / ns).toFixed(2), ' imul ns', ns2.toFixed(3), 'GHz if 3cyc', (3/ns2).toFixed(2));
}
