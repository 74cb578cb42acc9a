// Bundles the playground into dist/: app.js (page), worker.js (training), diagram.js (the network diagram's
// painter, on an OffscreenCanvas), styles.css, index.html and the kernels' .wasm files, which the training
// worker's nt.ready() streams from next to itself. `node build.mjs`.
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Builds the app into `outdir` (default dist/); returns esbuild's result. */
export async function build({ outdir = join(here, "dist"), minify = true } = {}) {
  const tmp = `${outdir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: here,
    entryPoints: { app: "src/main.ts", worker: "src/worker/main.ts", diagram: "src/view/diagram-worker.ts", styles: "src/styles.css" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify,
    sourcemap: true,
    outdir: tmp,
    entryNames: "[name]",
    // node:* are dynamic imports on Node-only paths; mnist is the digits dataset, which the playground never loads.
    external: ["node:*", "mnist/*"],
    logLevel: "warning",
  });
  await copyFile(join(here, "src", "index.html"), join(tmp, "index.html"));
  for (const flavour of ["simd", "scalar"]) {
    await copyFile(require.resolve(`@neurite/kernels/kernels-${flavour}.wasm`), join(tmp, `kernels-${flavour}.wasm`));
  }
  // Swap the finished folder in whole: a server never sees a half-written dist/.
  await rm(outdir, { recursive: true, force: true });
  await rename(tmp, outdir);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await build();
