#!/usr/bin/env node
// Soak test (issue 12): 100,000 training steps through model.fit (the compiled step when fit picks it)
// and 10,000 eager GradientTape steps, sampling nt.memory() and RSS. Prints the figures and writes them
// to bench/RESULTS.md between <!-- soak:start --> and <!-- soak:end --> (other sections are left alone).
// Run `npm run build` first: this imports the built `neurite` package.
// Usage: node tools/soak/soak.mjs [--fit-steps 100000] [--tape-steps 10000] [--no-write]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { arch, cpus, platform } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { drift, soakFit, soakTape } from "./soak-lib.mjs";

// RSS readings mean something only after a full GC: rerun with --expose-gc when it is not on.
if (typeof globalThis.gc !== "function") {
  const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const entry = join(root, "packages", "neurite", "dist", "index.js");
if (!existsSync(entry)) {
  console.error(`soak: ${entry} is missing; run \`npm run build\` first`);
  process.exit(2);
}
const nt = await import(entry);

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 8) {
    console.error(`soak: ${name} must be an integer ≥ 8`);
    process.exit(2);
  }
  return v;
};
const fitSteps = opt("--fit-steps", 100_000);
const tapeSteps = opt("--tape-steps", 10_000);

await nt.ready();
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const signed = (b) => `${b >= 0 ? "+" : "−"}${Math.abs(b)}`;

function describe(name, r) {
  const d = drift(r.samples);
  const first = r.samples[1] ?? r.samples[0];
  const last = r.samples[r.samples.length - 1];
  return {
    name, steps: r.steps, seconds: r.seconds, d, first, last,
    row: `| ${name} | ${r.steps.toLocaleString("en")} | ${(r.seconds * 1e6 / r.steps).toFixed(1)} µs | ${first.numTensors} → ${last.numTensors} | ` +
      `${first.numBytes} → ${last.numBytes} B | ${mb(first.wasmBytes)} → ${mb(last.wasmBytes)} | ${mb(first.jsHeap)} → ${mb(last.jsHeap)} | ` +
      `${mb(first.rss)} → ${mb(last.rss)} (peak ${mb(d.peakRss)}) | ${r.finalLoss.toFixed(4)} |`,
  };
}

const fit = await soakFit(nt, fitSteps, Math.max(8, Math.floor(fitSteps / 20 / 8) * 8));
const tape = soakTape(nt, tapeSteps, Math.max(1, Math.floor(tapeSteps / 20)));
const rows = [describe(`model.fit (${fit.runner} step)`, fit), describe("GradientTape loop (eager)", tape)];
const flat = rows.every((r) => r.d.numTensors === 0 && r.d.numBytes === 0 && r.d.heapBytes === 0 && r.d.wasmBytes === 0);

const lines = [
  "## Soak: long runs keep memory flat",
  "",
  `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${platform()}/${arch()} · ${cpus()[0]?.model ?? "?"} · backend ${nt.backendName()} (${nt.backendFlavour()})` +
    ` · \`node tools/soak/soak.mjs\``,
  "",
  "Readings from the first sample after warm-up (end of the first epoch / first step) to the last; 20 samples per run, each after a full GC.",
  "",
  "| run | steps | per step | live tensors | live bytes | wasm memory | JS heap | RSS | final loss |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...rows.map((r) => r.row),
  "",
  fit.runner === "compiled" ? "model.fit ran the compiled step." : `model.fit ran the eager step (${fit.reason}).`,
  `Drift: ${rows.map((r) => `${r.name}: tensors ${signed(r.d.numTensors)}, bytes ${signed(r.d.numBytes)}, heap ${signed(r.d.heapBytes)}, JS heap ${signed(Math.round(r.d.jsHeap / 1024))} KiB, RSS ${signed(Math.round(r.d.rss / 1024))} KiB`).join("; ")}.`,
  flat ? "Live tensors, live bytes, heap bytes and wasm memory did not move; RSS moves by allocator noise (it goes up and down between samples)." : "**Memory moved: see the drift above.**",
];
const section = lines.join("\n");
console.log(section);

if (!args.includes("--no-write")) {
  const file = join(root, "bench", "RESULTS.md");
  const start = "<!-- soak:start -->";
  const end = "<!-- soak:end -->";
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmark results\n";
  const block = `${start}\n${section}\n${end}`;
  const a = old.indexOf(start);
  const b = old.indexOf(end);
  const next = a >= 0 && b > a ? old.slice(0, a) + block + old.slice(b + end.length) : `${old.trimEnd()}\n\n${block}\n`;
  // Temp file + rename: a reader never sees half a report, and sections written by others are kept as they were read.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, next);
  renameSync(tmp, file);
  console.log(`\nwrote ${file}`);
}
process.exitCode = flat ? 0 : 1;
