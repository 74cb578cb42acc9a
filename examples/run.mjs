#!/usr/bin/env node
// Runs the examples: type-checks them, bundles each NN-*.ts with esbuild (dependencies stay
// imports, resolved from the repo's node_modules) and runs it with node, then the browser
// example in headless Chromium. Fails on the first example that throws or exits non-zero.
//   node examples/run.mjs            every example (CI=1 for the fast settings)
//   node examples/run.mjs 03 07      only those whose name starts with 03 or 07
//   --no-typecheck                   skip `tsc` on examples/ and examples/browser/
// Build the packages first (npm run build).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith("--"));
const picked = (name) => filters.length === 0 || filters.some((f) => name.startsWith(f));

// Inside the repo, so that `import "neurite"` in a bundle resolves through the workspace's node_modules.
const out = join(root, "node_modules", ".cache", "neurite-examples");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function run(label, cmd, cmdArgs) {
  const started = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: "inherit", env: process.env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed (${r.signal ?? `exit ${r.status}`}) after ${seconds} s`);
    process.exit(1);
  }
  console.log(`✓ ${label} (${seconds} s)\n`);
}

const examples = readdirSync(here).filter((f) => /^\d\d-.*\.ts$/.test(f)).sort().filter(picked);
const browser = picked("09") || picked("browser");

if (!args.includes("--no-typecheck")) {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  run("typecheck", process.execPath, [tsc, "-p", join(here, "tsconfig.json")]);
  if (browser) run("typecheck browser/", process.execPath, [tsc, "-p", join(here, "browser", "tsconfig.json")]);
}
for (const file of examples) {
  const bundle = join(out, file.replace(/\.ts$/, ".mjs"));
  await build({
    entryPoints: [join(here, file)], outfile: bundle, bundle: true, platform: "node", format: "esm",
    packages: "external", target: "node20", logLevel: "warning",
    // Paths an example builds from import.meta.url stay relative to its source file, not to the bundle.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(join(here, file)).href) },
  });
  console.log(`── ${file}`);
  run(file, process.execPath, [bundle]);
}
if (browser) {
  console.log("── 09 browser/");
  run("browser/", process.execPath, [join(here, "browser", "check.mjs")]);
}
console.log(`${examples.length + (browser ? 1 : 0)} examples passed`);
