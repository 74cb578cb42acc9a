import { loadKernels } from "../dist/index.js";
const m = await loadKernels({ threads: 3 });
const pool = m.threads;
const N = 100003;
const x = m.allocFloats(N), y = m.allocFloats(N);
const ctrlView = () => new Int32Array(m.memory.buffer);
let phase = "";
const iv = setInterval(() => console.log("alive", phase, "count", pool.count, "disp", pool.dispatches), 2000);
for (let round = 0; round < 20; round++) {
  phase = "kernels " + round;
  for (let i = 0; i < 200; i++) m.raw.activation(1, N, 0, x, y);
  phase = "resize " + round;
  for (const n of [1, 4, 2, 3]) { await pool.setCount(n); for (let i = 0; i < 20; i++) m.raw.activation(1, N, 0, x, y); }
}
clearInterval(iv);
console.log("done", pool.dispatches);
