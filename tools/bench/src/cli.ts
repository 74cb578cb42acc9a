#!/usr/bin/env node
// `node tools/bench/dist/cli.js <benchmark> [options]`; with no name, runs them all.
// A benchmark is a module exporting `main(args)`; register new ones in BENCHMARKS.
// Modules load only when run, so listing them stays cheap.
import { pathToFileURL } from "node:url";

type Main = (args: string[]) => Promise<void>;

const BENCHMARKS: Record<string, { describe: string; load: () => Promise<Main> }> = {
  gemm: { describe: "sgemm vs tfjs-wasm matMul vs the f32x4 peak loop", load: async () => (await import("./gemm.js")).main },
  train: { describe: "fit/predict throughput: compiled step vs tfjs-layers (wasm) vs a plain-JS loop", load: async () => (await import("./train.js")).main },
  threads: { describe: "the simd-threads flavour, 1 vs 2 threads: GEMM 512³, MLP and tiny-net training", load: async () => (await import("./threads.js")).main },
};

function usage(): string {
  const lines = ["usage: node tools/bench/dist/cli.js [benchmark] [options]", "", "benchmarks:"];
  for (const [name, b] of Object.entries(BENCHMARKS)) lines.push(`  ${name.padEnd(10)} ${b.describe}`);
  lines.push("", "`<benchmark> --help` lists its options.");
  return lines.join("\n");
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return 0;
  }
  if (name === undefined) {
    for (const b of Object.values(BENCHMARKS)) await (await b.load())([]);
    return 0;
  }
  const b = BENCHMARKS[name];
  if (!b) {
    console.error(`unknown benchmark "${name}"\n\n${usage()}`);
    return 2;
  }
  await (await b.load())(rest);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv.slice(2));
}
