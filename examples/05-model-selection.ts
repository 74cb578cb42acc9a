// Model selection on iris: 5-fold cross-validation, then a grid search and a random search
// over units and learning rate, written as run logs that the dashboard shows (its HParams
// view). The example starts the dashboard on the logs and reads the trials back from its API.
// Run: node examples/run.mjs 05   (logs go to runs/, or a temp dir under CI)
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as nt from "neurite";
import { RunWriter, timestampRun } from "@neurite/node";
import { writeToRunLog, type RunLogEvent } from "@neurite/eval";

await nt.ready();
nt.setSeed(0);
const ci = Boolean(process.env.CI);
const fit = { epochs: ci ? 40 : 100, batchSize: 16 };

const { x, y, classNames } = nt.datasets.iris();
console.log(`iris: ${x.shape[0]} flowers, ${x.shape[1]} features, classes ${classNames.join(", ")}`);

/** A fresh compiled model for one set of hyperparameters; the searches call it once per fold. */
function buildModel(params: nt.selection.Params): nt.Sequential {
  const model = nt.sequential([
    nt.layers.dense({ units: Number(params.units), activation: "relu", inputShape: [4] }),
    nt.layers.dense({ units: 3, activation: "softmax" }),
  ]);
  model.compile({ optimizer: nt.optimizers.adam({ learningRate: Number(params.learningRate) }), loss: "sparseCategoricalCrossentropy" });
  return model;
}

const cv = await nt.selection.crossValidate(buildModel, x, y, { folds: 5, params: { units: 16, learningRate: 0.05 }, fit, seed: 0 });
console.log(`5-fold accuracy: ${cv.testScores.accuracy!.map((s) => s.toFixed(3)).join(" ")} → ${cv.mean.accuracy!.toFixed(3)} ± ${cv.std.accuracy!.toFixed(3)}`);

const folds = 3;
const grid = await nt.selection.gridSearch({ units: [4, 16], learningRate: [0.005, 0.05] }, buildModel, x, y, { folds, fit, seed: 1 });
const random = await nt.selection.randomSearch(
  { units: nt.selection.intRange(2, 32), learningRate: nt.selection.logUniform(1e-3, 1e-1) },
  buildModel, x, y, { folds, fit, seed: 2, nIter: ci ? 3 : 10 },
);
for (const [name, r] of [["grid", grid], ["random", random]] as const) {
  console.log(`${name} search, best first:`);
  for (const c of r.results) console.log(`  #${c.rank} units=${c.params.units} learningRate=${Number(c.params.learningRate).toPrecision(2)} accuracy ${c.meanTestScore.accuracy!.toFixed(3)}`);
  r.bestModel?.dispose();
}

// One run per trial (logdir/<search>/trial-N/events.jsonl): the dashboard keys a run's hparams by
// tag, and writeToRunLog tags every candidate "trial".
const logdir = ci ? await mkdtemp(join(tmpdir(), "neurite-runs-")) : "runs";
const stamp = timestampRun();
function logResult(group: string, result: Parameters<typeof writeToRunLog>[0]): void {
  const writers = new Map<number, RunWriter>();
  writeToRunLog(result, (e: RunLogEvent) => {
    const trial = e.kind === "hparams" ? e.trial : 0;
    if (!writers.has(trial)) writers.set(trial, new RunWriter(join(logdir, group), `trial-${trial}`));
    writers.get(trial)!.write({ ...e });
  });
  for (const w of writers.values()) w.close();
}
logResult(`${stamp}-cv`, cv);
logResult(`${stamp}-grid`, grid);
logResult(`${stamp}-random`, random);
console.log(`run logs in ${join(logdir, `${stamp}-*`)}`);

// Serve the logs as `npx neurite dashboard --logdir runs` does, and ask its API for the trials.
const cli = fileURLToPath(new URL("./cli/bin.js", import.meta.resolve("@neurite/node")));
const dashboard = spawn(process.execPath, [cli, "dashboard", "--logdir", logdir, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
try {
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    dashboard.stdout!.on("data", (b: Buffer) => {
      out += b;
      const m = /dashboard: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!.replace(/\/$/, ""));
    });
    dashboard.on("exit", (code) => reject(new Error(`the dashboard exited (${code}) before serving`)));
  });
  console.log(`dashboard: ${url}  (HParams view)`);
  const runs = [grid, random].flatMap((r, i) => r.results.map((c) => `${stamp}-${i ? "random" : "grid"}/trial-${c.index}`));
  const reply = (await (await fetch(`${url}/api/events?kinds=hparams&runs=${runs.map(encodeURIComponent).join(",")}`)).json()) as {
    runs: { run: string; events: { params: Record<string, unknown>; metrics: Record<string, number> }[] }[];
  };
  const shown = reply.runs.filter((r) => r.events.length > 0);
  if (shown.length !== grid.results.length + random.results.length) throw new Error(`the dashboard shows ${shown.length} trials, expected ${runs.length}`);
  const best = shown.find((r) => r.run === `${stamp}-grid/trial-${grid.bestIndex}`)!.events[0]!;
  if (Math.abs(best.metrics.accuracy! - grid.bestScore) > 1e-9) throw new Error(`the dashboard's best grid score ${best.metrics.accuracy} differs from ${grid.bestScore}`);
} finally {
  dashboard.kill();
  if (ci) await rm(logdir, { recursive: true, force: true });
}

if (grid.results.length !== 4) throw new Error(`a 2×2 grid has 4 candidates, got ${grid.results.length}`);
if (!(cv.mean.accuracy! > 0.85)) throw new Error(`cross-validated accuracy ${cv.mean.accuracy} should be above 0.85`);
if (!(grid.bestScore >= Math.max(...grid.results.map((c) => c.meanTestScore.accuracy!)))) throw new Error("the best grid candidate is not the top scorer");
console.log("ok: cross-validation, both searches, and their trials are in the dashboard");
