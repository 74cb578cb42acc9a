import { loadKernels } from "../dist/index.js";
import { writeSync, openSync } from "node:fs";
const fd = openSync("/tmp/thr/stress2.log", "w");
const log = (s) => writeSync(fd, s + "\n");
const simd = await loadKernels({ flavour: "simd" });
const two = await loadKernels({ threads: 2 });
const three = await loadKernels({ threads: 3 });
const rnd = (n, seed) => { const a = new Float32Array(n); let s = seed; for (let i = 0; i < n; i++) a[i] = ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1; return a; };
const N = 100003;
for (let round = 0; round < 30; round++) {
  for (const m of [two, three]) {
    const x = m.uploadFloats(rnd(N, 1)), y = m.allocFloats(N);
    for (let kind = 0; kind <= 14; kind++) { log(`r${round} act ${kind} t${m.threads.count} gen ${m.threads.dispatches}`); m.raw.activation(kind, N, 0.2, x, y); m.raw.activationBackward(kind, N, 0.2, x, y, x, y); }
    for (let op = 0; op <= 19; op++) { log(`r${round} unary ${op}`); m.raw.unary(op, N, 1.7, 2.5, x, x); }
    m.free(x); m.free(y);
  }
  const pool = three.threads;
  for (const n of [1, 4, 2, 3]) {
    log(`r${round} setCount ${n}`);
    await pool.setCount(n);
    const a = three.uploadFloats(rnd(300 * 400, 2)), b = three.uploadFloats(rnd(400 * 200, 3)), c = three.allocFloats(300 * 200);
    log(`r${round} sgemm at ${n} count ${pool.count} gen ${pool.dispatches}`);
    three.raw.sgemm(0, 0, 300, 200, 400, 1, a, 400, b, 200, 0, c, 200);
    log(`r${round} sgemm done`);
    three.free(a); three.free(b); three.free(c);
  }
}
log("done");
