// Scale check: generates RUNS runs × STEPS steps in a temp logdir, serves it, and measures in headless
// Chromium how long the run list and a chart of 20 runs take to appear (from the navigation to the frame
// that shows them, and to when Playwright noticed).
//   node scripts/perf.mjs [--runs 1000] [--steps 10000] [--keep]
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import * as esbuild from "esbuild";
import { build } from "../build.mjs";
import { launch } from "./chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({ options: { runs: { type: "string", default: "1000" }, steps: { type: "string", default: "10000" }, keep: { type: "boolean", default: false } } });
const RUNS = Number(args.runs);
const STEPS = Number(args.steps);
const CHART_RUNS = 20;
const CHART = 'section.card[data-tag="train/loss"][data-loaded="1"]';

/**
 * One run as a training loop logs it: train/loss every step, val/loss and
 * val/accuracy every 100 steps, a weight histogram every 1000, hparams first.
 */
function runText(r) {
  const wall0 = 1_764_000_000 + r * 60;
  const lines = [`{"step":0,"wall":${wall0},"kind":"hparams","tag":"run","params":{"learningRate":${(0.001 * (1 + (r % 10))).toFixed(3)},"units":${32 << r % 3}},"metrics":{"val_loss":${(0.2 + (r % 17) / 40).toFixed(4)}}}`];
  let seed = r + 1;
  for (let s = 0; s < STEPS; s++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const wall = (wall0 + s * 0.05).toFixed(3);
    const loss = 2 * Math.exp(-s / (2000 + 10 * r)) + 0.1 + 0.05 * (seed / 2 ** 32);
    lines.push(`{"step":${s},"wall":${wall},"kind":"scalar","tag":"train/loss","value":${loss.toFixed(6)}}`);
    if (s % 100 === 0) {
      lines.push(`{"step":${s},"wall":${wall},"kind":"scalar","tag":"val/loss","value":${(loss * 1.1).toFixed(6)}}`);
      lines.push(`{"step":${s},"wall":${wall},"kind":"scalar","tag":"val/accuracy","value":${(1 - loss / 2.5).toFixed(6)}}`);
    }
    if (s % 1000 === 0) {
      const bins = Array.from({ length: 20 }, (_, i) => `{"lo":${(i - 10) / 10},"hi":${(i - 9) / 10},"count":${Math.round(100 * Math.exp(-((i - 9.5) ** 2) / 20))}}`);
      lines.push(`{"step":${s},"wall":${wall},"kind":"histogram","tag":"weights/dense/kernel","bins":[${bins.join(",")}]}`);
    }
  }
  return lines.join("\n") + "\n";
}

/**
 * The server, bundled from its TypeScript source into test-output/ (inside the repo, so @neurite/* resolve),
 * started in a process of its own as `neurite dashboard` runs: in this one it would share the event loop
 * with Playwright, which then notices the page late by whatever the server is doing meanwhile.
 */
async function startServer(options) {
  const file = join(here, "..", "test-output", "perf-server.mjs");
  await esbuild.build({ entryPoints: [join(here, "../../../packages/node/src/dashboard/server.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile: file, logLevel: "warning" });
  const code = `const { startDashboard } = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log((await startDashboard(${JSON.stringify(options)})).url);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  process.once("exit", () => child.kill());
  const url = await new Promise((resolve, reject) => {
    child.stdout.once("data", (b) => resolve(String(b).trim()));
    child.once("exit", (status) => reject(new Error(`the server exited (${status})`)));
  });
  return { url, close: () => void child.kill() };
}

const work = mkdtempSync(join(tmpdir(), "dash-perf-"));
const logdir = join(work, "logdir");
const t0 = performance.now();
let bytes = 0;
for (let r = 0; r < RUNS; r++) {
  const dir = join(logdir, `run-${String(r).padStart(4, "0")}`);
  mkdirSync(dir, { recursive: true });
  const text = runText(r);
  bytes += text.length;
  writeFileSync(join(dir, "events.jsonl"), text);
}
console.log(`generated ${RUNS} runs × ${STEPS} steps: ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s (${work})`);

const appDir = join(work, "app");
await build({ outdir: appDir });
const dash = await startServer({ logdir, port: 0, appDir });
const browser = await launch();
const results = {};
try {
  // 1. API: listing every run (stat + head/tail sample of each unread file), then again warm.
  for (const pass of ["cold", "warm"]) {
    const t = performance.now();
    const body = await (await fetch(`${dash.url}api/runs`)).json();
    results[`GET /api/runs (${pass})`] = `${(performance.now() - t).toFixed(0)} ms, ${body.runs.length} runs`;
  }
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // When each condition shows on screen, taken in the page: the task right after the first frame that
  // follows it (that frame paints the canvas). Playwright's own waiting notices it later (its polling and
  // round trips add tens to hundreds of ms on a busy machine): both are shown.
  await page.addInitScript(({ runs, chart }) => {
    const marks = (window.__marks = {});
    const checks = { list: () => document.querySelector(".run-list")?.getAttribute("data-count") === String(runs) && document.querySelector(".run-row"), chart: () => document.querySelector(chart) };
    new MutationObserver(() => {
      for (const [k, holds] of Object.entries(checks)) {
        if (k in marks || !holds()) continue;
        marks[k] = undefined;
        requestAnimationFrame(() => setTimeout(() => (marks[k] = performance.now())));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, { runs: RUNS, chart: CHART });
  /** Call once Playwright has seen the condition: its in-page time, then when Playwright noticed it. */
  const shown = async (mark) => {
    const noticed = await page.evaluate(() => performance.now());
    const inPage = await (await page.waitForFunction((k) => window.__marks[k], mark)).jsonValue();
    return `${inPage.toFixed(0)} ms (Playwright noticed at ${noticed.toFixed(0)} ms)`;
  };
  // 2. Browser: page load until all run rows are in the sidebar (default view charts the 10 newest runs).
  await page.goto(dash.url);
  await page.waitForFunction((n) => document.querySelector(".run-list")?.getAttribute("data-count") === String(n) && document.querySelector(".run-row"), RUNS, { timeout: 60_000, polling: "raf" });
  results[`run list in the browser (navigation → ${RUNS} rows)`] = await shown("list");
  await page.waitForSelector(CHART, { timeout: 60_000 });
  // 3. Browser: a chart of 20 runs never read before (server parses them cold), then the same again.
  const runs = Array.from({ length: CHART_RUNS }, (_, i) => `run-${String(i * Math.floor(RUNS / CHART_RUNS)).padStart(4, "0")}`);
  const q = runs.map((r) => `run=${r}`).join("&") + "&tagFilter=" + encodeURIComponent("^train/loss$");
  for (const pass of ["cold", "warm"]) {
    await page.goto(`${dash.url}?${q}`);
    await page.waitForSelector(CHART, { timeout: 60_000 });
    const ms = await shown("chart");
    const points = await page.$eval('section.card[data-tag="train/loss"]', (el) => el.dataset.points);
    const drawn = await page.$eval('section.card[data-tag="train/loss"]', (el) => el.dataset.runs.split(",").length);
    results[`chart of ${CHART_RUNS} runs (${pass}; navigation → drawn)`] = `${ms}, ${drawn} runs, ${Number(points).toLocaleString("en-US")} points behind it`;
  }
  const t = performance.now();
  const sc = await (await fetch(`${dash.url}api/scalars?${runs.map((r) => `run=${r}`).join("&")}&tag=train/loss&maxPoints=2000&smoothing=0.6`)).json();
  results[`GET /api/scalars, ${CHART_RUNS} runs, cached`] = `${(performance.now() - t).toFixed(0)} ms, ${sc.series.reduce((a, s) => a + s.step.length, 0)} points sent`;
} finally {
  await browser.close();
  dash.close();
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(58)} ${v}`);
