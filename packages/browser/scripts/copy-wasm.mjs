// Puts the kernels' .wasm files next to dist/kernels.js, where `new URL("./kernels-simd.wasm", import.meta.url)`
// finds them (bundlers copy files referenced that way into their output).
import { copyFile, rename } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const require = createRequire(import.meta.url);
for (const flavour of ["simd", "scalar"]) {
  const from = require.resolve(`@neurite/kernels/kernels-${flavour}.wasm`);
  const to = join(dist, `kernels-${flavour}.wasm`);
  await copyFile(from, `${to}.tmp`);
  await rename(`${to}.tmp`, to);
}
