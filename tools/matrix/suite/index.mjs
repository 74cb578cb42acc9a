// The conformance suite: written once, run by every row of the matrix (Node, Bun, Deno, Chromium).
import * as nt from "neurite";
import { createHarness, assertEqual } from "../harness.mjs";
import { loadWasm, registerKernelTests } from "./kernels.mjs";
import { registerGradientTests } from "./gradients.mjs";
import { registerTrainingTests } from "./training.mjs";
import { registerPipelineTests } from "./pipeline.mjs";
import { registerThreadsTests } from "./threads.mjs";

/** "node 20.20.2", "bun 1.4.5", "deno 2.9.6" or "chromium 139.0…". */
export function runtimeName() {
  const g = globalThis;
  if (g.Deno) return `deno ${g.Deno.version.deno}`;
  if (g.Bun) return `bun ${g.Bun.version}`;
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`;
  const chrome = g.navigator?.userAgent?.match(/Chrome\/([\d.]+)/);
  return chrome ? `chromium ${chrome[1]}` : (g.navigator?.userAgent ?? "unknown");
}

/**
 * Runs every test. `expect.flavour` is the kernel flavour this row must load, `expect.entry`
 * which `neurite` entry ("node" or "browser") its import must resolve to, `expect.threads` its
 * kernel threads and `expect.threadsReason` (a regular expression) why it has just one.
 */
export async function runSuite(expect, onResult) {
  const t = createHarness();
  const facts = { runtime: runtimeName() };
  const wasm = loadWasm();
  t.test("runtime: the expected kernel flavour and neurite entry point", async () => {
    await nt.ready();
    facts.flavour = nt.backendFlavour();
    facts.entry = typeof nt.trainInWorker === "function" ? "browser" : "node";
    assertEqual(facts.flavour, expect.flavour, "nt.backendFlavour()");
    assertEqual((await wasm).flavour, expect.flavour, "loadKernels().flavour");
    assertEqual(facts.entry, expect.entry, "the neurite entry this runtime resolved");
  });
  registerKernelTests(t, wasm);
  registerGradientTests(t);
  registerTrainingTests(t, facts);
  registerPipelineTests(t, facts);
  registerThreadsTests(t, facts, expect);
  const summary = await t.run(onResult);
  return { ...summary, facts };
}
