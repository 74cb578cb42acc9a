import { loadKernels } from "../dist/index.js";
const m = await loadKernels({ threads: 3 });
const pool = m.threads;
console.log("count", pool.count);
for (const n of [1, 4, 2, 3]) {
  const t = performance.now();
  const timer = setTimeout(() => console.log("stuck at", n, "count", pool.count, "reason", pool.reason), 3000);
  await pool.setCount(n);
  clearTimeout(timer);
  console.log("n", n, "count", pool.count, (performance.now() - t).toFixed(0), "ms");
}
