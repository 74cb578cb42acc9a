// Runs the suite in Node, Bun or Deno and prints one `@@matrix {json}` line for the runner.
import { runSuite } from "./suite/index.mjs";
import { formatResult } from "./report.mjs";

const env = globalThis.process?.env ?? {};
const flavour = env.NEURITE_FLAVOUR === "scalar" ? "scalar" : "simd";
const result = await runSuite({ flavour, entry: "node" }, (r) => console.log(formatResult(r)));
console.log(`@@matrix ${JSON.stringify(result)}`);
