#!/usr/bin/env node
// The cross-runtime matrix: runs the one conformance suite (suite/) on Node with SIMD (one kernel
// thread and every core), Node with the scalar kernels forced, headless Chromium (plain, and
// cross-origin isolated with threads), Bun and Deno (one thread and every core); prints runtime ×
// passed/failed/skipped, checks that every SIMD row trained to the same bits, and exits 1 if
// anything failed.
// Usage: node tools/matrix/run.mjs [--verbose] [--only node-simd,chromium,...]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { runInChromium } from "./chromium.mjs";
import { formatResult, table } from "./report.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const entry = here("./entry.mjs");
const bin = (name) => here(`../../node_modules/.bin/${name}`);
const ROW_TIMEOUT_MS = 120_000;

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : undefined;

/** Threads a row that asks for every core should get ("auto" is capped at 16). */
const CORES = Math.min(availableParallelism(), 16);
const NOT_ISOLATED = "not cross-origin isolated";
const denoRun = [bin("deno"), "run", "--no-prompt", "--allow-read", "--allow-env=NEURITE_FLAVOUR,NEURITE_THREADS", entry];

/**
 * The rows; `simd` rows must agree bit for bit on the seeded runs, threaded or not. `threads` is
 * the kernel threads a row must end up with (NEURITE_THREADS=1 pins the single-threaded rows;
 * the others take the default, every core), `threadsReason` why it has one thread.
 */
const ROWS = [
  { id: "node-simd", label: "Node (SIMD, 1 thread)", flavour: "simd", threads: 1, cmd: [process.execPath, entry], env: { NEURITE_THREADS: "1" } },
  { id: "node-threads", label: "Node (SIMD, threads)", flavour: "simd", threads: CORES, cmd: [process.execPath, entry] },
  {
    id: "node-scalar", label: "Node (scalar forced)", flavour: "scalar", threads: 1, threadsReason: "scalar",
    cmd: [process.execPath, entry], env: { NEURITE_FLAVOUR: "scalar" },
  },
  { id: "chromium", label: "Chromium (headless, not isolated)", flavour: "simd", chromium: true, streaming: true, threads: 1, threadsReason: NOT_ISOLATED },
  { id: "chromium-isolated", label: "Chromium (COOP/COEP isolated)", flavour: "simd", chromium: true, isolated: true, threads: CORES },
  { id: "bun", label: "Bun (1 thread)", flavour: "simd", threads: 1, cmd: [bin("bun"), entry], env: { NEURITE_THREADS: "1" } },
  { id: "bun-threads", label: "Bun (threads)", flavour: "simd", threads: CORES, cmd: [bin("bun"), entry] },
  { id: "deno", label: "Deno (1 thread)", flavour: "simd", threads: 1, cmd: denoRun, env: { NEURITE_THREADS: "1" } },
  { id: "deno-threads", label: "Deno (threads)", flavour: "simd", threads: CORES, cmd: denoRun },
];

/** The row's expectations as entry.mjs arguments or browser-entry.mjs query parameters. */
function expectations(row) {
  const e = { threads: String(row.threads), ...(row.threadsReason ? { "threads-reason": row.threadsReason } : {}) };
  return {
    args: Object.entries(e).map(([k, v]) => `--${k}=${v}`),
    query: `?${new URLSearchParams({ threads: e.threads, ...(row.threadsReason ? { threadsReason: row.threadsReason } : {}) })}`,
  };
}

/** Runs an entry as a child process; its result is the `@@matrix` line it prints. */
function runProcess(row, log) {
  return new Promise((resolve) => {
    if (!existsSync(row.cmd[0])) return resolve({ fatal: `${row.cmd[0]} not found (run npm install)` });
    const env = { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", ...row.env };
    for (const name of ["NEURITE_FLAVOUR", "NEURITE_THREADS"]) if (!row.env?.[name]) delete env[name];
    const child = spawn(row.cmd[0], [...row.cmd.slice(1), ...expectations(row).args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let result;
    const timer = setTimeout(() => child.kill("SIGKILL"), ROW_TIMEOUT_MS);
    child.stdout.on("data", (d) => {
      out += d;
      let nl;
      while ((nl = out.indexOf("\n")) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith("@@matrix ")) result = JSON.parse(line.slice(9));
        else log(line);
      }
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (result) return resolve(result);
      const why = signal === "SIGKILL" ? `timed out after ${ROW_TIMEOUT_MS / 1000}s` : `exited with ${code}`;
      resolve({ fatal: `${why} without a result\n${err.trim().split("\n").slice(-15).join("\n")}` });
    });
  });
}

/** Per-test lines: all with --verbose, otherwise failures and skips only. */
const lineLog = (line) => {
  if (verbose || !line.startsWith("  ok")) console.log(line);
};

const started = Date.now();
const outcomes = [];
for (const row of ROWS.filter((r) => !only || only.includes(r.id))) {
  console.log(`\n▶ ${row.label}`);
  const t0 = Date.now();
  const r = row.chromium
    ? await runInChromium({ log: lineLog, timeoutMs: ROW_TIMEOUT_MS, isolated: row.isolated, query: expectations(row).query })
    : await runProcess(row, lineLog);
  if (r.fatal) console.log(`  FAIL the suite did not complete: ${r.fatal}`);
  outcomes.push({ row, r, seconds: (Date.now() - t0) / 1000 });
}

// Cross-runtime checks: the same seeded run must give the same bits wherever the same kernels run,
// and the data pipeline (plain JS) the same order everywhere.
const checks = [];
function agree(name, rows, key) {
  const values = rows.map(({ row, r }) => [row.label, r.facts?.[key]]);
  const distinct = new Set(values.map(([, v]) => v));
  const ok = values.length > 0 && distinct.size === 1 && !distinct.has(undefined);
  checks.push({ name, ok, detail: values.map(([l, v]) => `${l}: ${v ?? "—"}`).join(", ") });
}
const simdRows = outcomes.filter((o) => o.row.flavour === "simd");
if (simdRows.length > 1) {
  agree("SIMD rows: identical weights hash", simdRows, "weightsHash");
  agree("SIMD rows: identical batch-loss hash", simdRows, "lossHash");
  agree("SIMD rows: identical weights hash of the fit that splits kernels across threads", simdRows, "splitFitHash");
}
if (outcomes.length > 1) agree("all rows: identical shuffle order of the data pipeline", outcomes, "pipelineOrder");
for (const o of outcomes) {
  if (o.r.fatal) continue;
  if (o.r.facts?.flavour !== o.row.flavour) checks.push({ name: `${o.row.label}: kernel flavour`, ok: false, detail: `ran ${o.r.facts?.flavour}, expected ${o.row.flavour}` });
  if (o.row.streaming) checks.push({ name: `${o.row.label}: kernels arrived by instantiateStreaming`, ok: o.r.facts?.kernelSource === "streaming", detail: `source: ${o.r.facts?.kernelSource}` });
}

const rowsTable = [["runtime", "version", "kernels", "threads", "passed", "failed", "skipped", "weights hash", "time"]];
for (const { row, r, seconds } of outcomes) {
  const failed = r.fatal ? `${r.failed ?? 0} + crashed` : r.failed;
  const version = r.facts?.runtime?.split(" ")[1] ?? r.version ?? "?";
  rowsTable.push([row.label, version, r.facts?.flavour ?? row.flavour, r.facts?.threads ?? "?", r.passed ?? 0, failed, r.skipped ?? 0, r.facts?.weightsHash ?? "—", `${seconds.toFixed(1)}s`]);
}
console.log(`\nConformance matrix (${outcomes[0]?.r.results?.length ?? "?"} tests per runtime)\n`);
console.log(table(rowsTable));
const reasons = outcomes.filter(({ r }) => r.facts?.threadsReason).map(({ row, r }) => `  ${row.label}: ${r.facts.threadsReason}`);
if (reasons.length) console.log(`\nOne kernel thread, and why:\n${reasons.join("\n")}`);
const skips = outcomes.flatMap(({ row, r }) => (r.results ?? []).filter((x) => x.status === "skip").map((x) => `  ${row.label}: ${x.name} — ${x.reason}`));
if (skips.length) console.log(`\nSkipped:\n${skips.join("\n")}`);
const failures = outcomes.flatMap(({ row, r }) => (r.results ?? []).filter((x) => x.status === "fail").map((x) => `  ${row.label}:${formatResult(x).slice(1)}`));
if (failures.length) console.log(`\nFailed:\n${failures.join("\n")}`);
if (checks.length) {
  console.log("");
  console.log(table([["cross-runtime check", "result", "values"], ...checks.map((c) => [c.name, c.ok ? "ok" : "FAIL", c.detail])]));
}
const bad = outcomes.some(({ r }) => r.fatal || r.failed > 0) || checks.some((c) => !c.ok);
console.log(`\n${bad ? "MATRIX FAILED" : "matrix green"} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
process.exitCode = bad ? 1 : 0;
