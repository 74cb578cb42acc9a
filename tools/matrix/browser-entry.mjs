// Runs the suite in a browser page (bundled by chromium.mjs) and leaves the result in window.__matrix.
import * as nt from "neurite";
import { runSuite } from "./suite/index.mjs";
import { formatResult } from "./report.mjs";

try {
  // The browser entry's ready() streams the kernels; the runner checks how they arrived.
  const kernelSource = await nt.ready();
  // ?threads=N: the threads this page must end up with after asking for every core (1 where it is
  // not cross-origin isolated, with the reason given as ?threadsReason=RE).
  const params = new URLSearchParams(location.search);
  const threads = Number(params.get("threads") ?? 1);
  await nt.setThreads("auto");
  const expect = { flavour: "simd", entry: "browser", threads, threadsReason: params.get("threadsReason") ?? undefined };
  const result = await runSuite(expect, (r) => console.log(formatResult(r)));
  // setThreads swaps in the threaded build (from the bytes embedded in the bundle) where it can.
  result.facts.kernelSource = nt.engine.backend.mod.threads ? "embedded (simd-threads)" : kernelSource;
  window.__matrix = result;
} catch (e) {
  window.__matrix = { fatal: `${e?.name}: ${e?.message}\n${e?.stack ?? ""}` };
}
