// Bundles src/ into dist/: app.js (uPlot included), styles.css, index.html, favicon.svg. Run: `node build.mjs`.
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the app into `outdir` (default dist/); returns esbuild's result. */
export async function build({ outdir = join(here, "dist"), minify = true } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: here,
    entryPoints: { app: "src/main.ts", styles: "src/styles.css" },
    bundle: true,
    format: "esm",
    target: "es2022",
    minify,
    sourcemap: true,
    outdir,
    entryNames: "[name]",
    logLevel: "warning",
  });
  for (const f of ["index.html", "favicon.svg"]) await copyFile(join(here, "src", f), join(outdir, f));
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await build();
