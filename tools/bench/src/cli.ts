#!/usr/bin/env node
// `node tools/bench/dist/cli.js <benchmark> [options]`; with no name, runs them all.
// A benchmark is a module with `main(args)`; register new ones in BENCHMARKS.
import { pathToFileURL } from "node:url";

interface Benchmark {
  describe: string;
  main(args: string[]): Promise<void>;
}

const BENCHMARKS: Record<string, () => Promise<Benchmark>> = {
  gemm: async () => ({ describe: "sgemm vs tfjs-wasm matMul vs the f32x4 peak loop", main: (await import("./gemm.js")).main }),
};

async function usage(): Promise<string> {
  const lines = ["usage: node tools/bench/dist/cli.js [benchmark] [options]", "", "benchmarks:"];
  for (const [name, load] of Object.entries(BENCHMARKS)) lines.push(`  ${name.padEnd(10)} ${(await load()).describe}`);
  lines.push("", "`<benchmark> --help` lists its options.");
  return lines.join("\n");
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    console.log(await usage());
    return 0;
  }
  if (name === undefined) {
    for (const load of Object.values(BENCHMARKS)) await (await load()).main([]);
    return 0;
  }
  const load = BENCHMARKS[name];
  if (!load) {
    console.error(`unknown benchmark "${name}"\n\n${await usage()}`);
    return 2;
  }
  await (await load()).main(rest);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv.slice(2));
}
