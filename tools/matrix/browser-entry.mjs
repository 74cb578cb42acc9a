// Runs the suite in a browser page (bundled by chromium.mjs) and leaves the result in window.__matrix.
import * as nt from "neurite";
import { runSuite } from "./suite/index.mjs";
import { formatResult } from "./report.mjs";

try {
  // The browser entry's ready() streams the kernels; the runner checks how they arrived.
  const kernelSource = await nt.ready();
  const result = await runSuite({ flavour: "simd", entry: "browser" }, (r) => console.log(formatResult(r)));
  result.facts.kernelSource = kernelSource;
  window.__matrix = result;
} catch (e) {
  window.__matrix = { fatal: `${e?.name}: ${e?.message}\n${e?.stack ?? ""}` };
}
