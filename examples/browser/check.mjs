#!/usr/bin/env node
// Builds the browser example (main.ts bundled for the browser, the kernels' .wasm copied beside
// it), serves it on 127.0.0.1 and checks it in headless Chromium (Debian's /usr/bin/chromium
// through playwright-core). `--serve` only serves it, for a look in your own browser.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "node_modules", ".cache", "neurite-examples", "browser");
const require = createRequire(import.meta.url);
const chromiumArgs = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, "main.ts")], outfile: join(out, "main.js"), bundle: true, format: "esm",
  platform: "browser", target: "es2022", logLevel: "warning",
  // @neurite/data reads files with node:fs behind a runtime check that a page never reaches.
  external: ["node:*"],
});
copyFileSync(join(here, "index.html"), join(out, "index.html"));
for (const flavour of ["simd", "scalar"]) copyFileSync(require.resolve(`@neurite/browser/kernels-${flavour}.wasm`), join(out, `kernels-${flavour}.wasm`));

const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
const server = createServer((req, res) => {
  const name = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/$/, "/index.html").slice(1);
  const type = types[name.slice(name.lastIndexOf("."))];
  if (!/^[\w.-]+$/.test(name) || !type) return void res.writeHead(404).end();
  try {
    res.writeHead(200, { "content-type": type }).end(readFileSync(join(out, name)));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(process.argv.includes("--serve") ? 8081 : 0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
if (process.argv.includes("--serve")) {
  console.log(`browser example: ${url}  (Ctrl+C to stop)`);
} else {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => "result" in window, null, { timeout: 60_000 }).catch(() => errors.push("no result within 60 s"));
    if (errors.length) throw new Error(`the page failed: ${errors.join("; ")}`);
    const result = await page.evaluate(() => window.result);
    console.log((await page.textContent("#log")).trim());
    const blue = await page.evaluate(() => {
      const c = document.getElementById("map");
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) n += d[i + 2] === 180 ? 1 : 0;
      return n / (d.length / 4);
    });
    console.log(`Chromium ${browser.version()}: ${JSON.stringify(result)}; map ${(100 * blue).toFixed(0)}% class 1`);
    if (result.source !== "streaming") throw new Error(`kernels should stream from the served .wasm, got ${result.source}`);
    if (!(result.accuracy > 0.9)) throw new Error(`XOR accuracy ${result.accuracy} should be above 0.9`);
    // XOR is class 1 in two opposite quadrants: about half the map.
    if (!(blue > 0.3 && blue < 0.7)) throw new Error(`the decision map should be about half class 1, got ${blue}`);
    console.log("ok: the page streamed the kernels, learned XOR and drew it");
  } finally {
    await browser.close();
    server.close();
  }
}
