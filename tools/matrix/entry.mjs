// Runs the suite in Node, Bun or Deno and prints one `@@matrix {json}` line for the runner.
import { runSuite } from "./suite/index.mjs";
import { formatResult } from "./report.mjs";

const env = globalThis.process?.env ?? {};
const flavour = env.NEURITE_FLAVOUR === "scalar" ? "scalar" : "simd";
// The runner passes the row's expected kernel threads (and fallback reason) as --threads=N [--threads-reason=RE].
const argv = globalThis.Deno?.args ?? globalThis.process?.argv.slice(2) ?? [];
const arg = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const threads = Number(arg("threads") ?? 1);
const result = await runSuite({ flavour, entry: "node", threads, threadsReason: arg("threads-reason") }, (r) => console.log(formatResult(r)));
console.log(`@@matrix ${JSON.stringify(result)}`);
