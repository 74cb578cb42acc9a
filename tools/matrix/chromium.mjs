// The Chromium rows: bundles browser-entry.mjs with esbuild (browser conditions, as an app would),
// serves it on 127.0.0.1 with the kernels' .wasm as application/wasm, and runs it in Debian's
// headless chromium through playwright-core (no browser download). With `isolated`, every response
// carries the COOP/COEP headers that make the page cross-origin isolated (shared memory, threads).
import { build } from "esbuild";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
export const chromiumArgs = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

async function bundle() {
  const out = await build({
    entryPoints: [new URL("./browser-entry.mjs", import.meta.url).pathname],
    bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "silent",
    outfile: "matrix.js",
    // @neurite/data imports node:fs behind a runtime check (CSV files, digits in Node); never reached in a page.
    external: ["node:*"],
  });
  return out.outputFiles[0].contents;
}

const ISOLATION_HEADERS = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };

/** Serves the page, the bundle and the two kernel flavours; everything else is a 404. */
async function serve(js, isolated) {
  const files = new Map([
    ["/", ["text/html", '<!doctype html><meta charset="utf-8"><title>neurite matrix</title><script type="module" src="/matrix.js"></script>']],
    ["/matrix.js", ["text/javascript", js]],
  ]);
  for (const flavour of ["simd", "scalar"]) {
    files.set(`/kernels-${flavour}.wasm`, ["application/wasm", await readFile(require.resolve(`@neurite/kernels/kernels-${flavour}.wasm`))]);
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const file = files.get(path);
    // The page asks for a favicon on its own; answering it keeps the console free of a stray 404.
    const status = file ? 200 : path === "/favicon.ico" ? 204 : 404;
    res.writeHead(status, { "content-type": file ? file[0] : "text/plain", ...(isolated ? ISOLATION_HEADERS : {}) });
    res.end(file ? file[1] : status === 404 ? "not found" : undefined);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/**
 * Runs the suite in Chromium; resolves to the suite's result (or {fatal}) and streams the page's log.
 * `query` is the page's search string (the row's expectations, read by browser-entry.mjs).
 */
export async function runInChromium({ log = console.log, timeoutMs = 120_000, isolated = false, query = "" } = {}) {
  const server = await serve(await bundle(), isolated);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("console", (m) => log(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/${query}`);
    await page.waitForFunction(() => window.__matrix !== undefined, null, { timeout: timeoutMs, polling: 100 }).catch((e) => errors.push(e.message));
    const result = await page.evaluate(() => window.__matrix);
    const version = browser.version();
    if (!result) return { fatal: `the page produced no result: ${errors.join("; ") || "timeout"}`, version };
    return { ...result, version };
  } finally {
    await browser.close();
    server.close();
  }
}
