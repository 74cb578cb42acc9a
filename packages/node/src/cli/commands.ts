import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";
import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { loadModel } from "@neurite/layers";
import { metrics } from "@neurite/eval";
import { readCsv } from "@neurite/data";
import { serveStatic } from "../serve.js";
import { loadCliData } from "./data.js";

const require = createRequire(import.meta.url);

/** A model path or URL as a loadModel URL (file:// for plain paths; a folder means its model.json). */
export function modelUrl(p: string): string {
  if (/^[a-z]+:\/\//.test(p)) return p;
  const abs = resolve(p);
  return `file://${abs.endsWith(".json") ? abs : join(abs, "model.json")}`;
}

/** Classification report, confusion matrix and ROC AUC (or regression errors) of a saved model on a dataset. */
export async function evaluateCommand(model: string, dataSpec: string, o: { label?: string; seed: number }, print: (s: string) => void): Promise<void> {
  const m = await loadModel(modelUrl(model));
  const d = await loadCliData(dataSpec, { label: o.label, seed: o.seed });
  const x = d.test?.x ?? d.x;
  const y = d.test?.y ?? d.y;
  const probs = m.predict(x);
  const p = probs.data();
  const truth = Array.from(y.data());
  const cols = probs.size / probs.shape[0]!;
  if (d.classes === 0) {
    print(`mse: ${metrics.meanSquaredError(truth, Array.from(p)).toFixed(6)}`);
    print(`mae: ${metrics.meanAbsoluteError(truth, Array.from(p)).toFixed(6)}`);
    print(`r2: ${metrics.r2Score(truth, Array.from(p)).toFixed(6)}`);
    return;
  }
  const rows = truth.length;
  const pred = Array.from({ length: rows }, (_, i) => {
    if (cols === 1) return p[i]! > 0.5 ? 1 : 0;
    let best = 0;
    for (let j = 1; j < cols; j++) if (p[i * cols + j]! > p[i * cols + best]!) best = j;
    return best;
  });
  print(metrics.classificationReportText(truth, pred));
  const cm = metrics.confusionMatrix(truth, pred);
  print("confusion matrix (rows: true, columns: predicted):");
  for (const r of cm) print(r.map((v) => String(v).padStart(6)).join(""));
  const scores = cols === 1 ? Array.from(p) : Array.from({ length: rows }, (_, i) => Array.from(p.subarray(i * cols, (i + 1) * cols)));
  const auc = cols === 1 ? metrics.rocAucScore(truth, scores as number[]) : metrics.rocAucScore(truth, scores as number[][], { multiClass: "ovr", average: "macro" });
  print(`ROC AUC${cols === 1 ? "" : " (one-vs-rest, macro)"}: ${auc.toFixed(4)}`);
}

/** Predictions of a saved model for the rows of a CSV (all columns are features), as CSV. */
export async function predictCommand(model: string, input: string, print: (s: string) => void): Promise<void> {
  if (!existsSync(input)) throw new NeuriteError("NOT_FOUND", `input file not found: ${input}`);
  const m = await loadModel(modelUrl(model));
  const table = await readCsv(input);
  const out = m.predict(nt.tensor(table.x.data, table.x.shape));
  const cols = out.size / out.shape[0]!;
  const v = out.data();
  print(Array.from({ length: cols }, (_, j) => `output_${j}`).join(","));
  for (let i = 0; i < out.shape[0]!; i++) print(Array.from(v.subarray(i * cols, (i + 1) * cols)).join(","));
}

/** The built playground app (apps/playground/dist), if installed. */
export function playgroundDir(): string {
  try {
    return join(dirname(require.resolve("@neurite/playground/package.json")), "dist");
  } catch {
    throw new NeuriteError("NOT_FOUND", "the playground app is not installed (apps/playground); run `npm run build` in the repository");
  }
}

export async function playgroundCommand(port: number): Promise<string> {
  const dir = playgroundDir();
  if (!existsSync(join(dir, "index.html"))) throw new NeuriteError("NOT_FOUND", `the playground is not built (${dir}); run \`npm run build\``);
  // Cross-origin isolation lets the playground use shared memory (threads) where the browser allows it.
  const { url } = await serveStatic(dir, port, "127.0.0.1", { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" });
  return url;
}

/** Runs tools/bench (a workspace of the repository) with the given arguments. */
export function benchCommand(args: string[]): Promise<number> {
  let cli: string;
  try {
    cli = join(dirname(require.resolve("@neurite/bench/package.json")), "dist", "cli.js");
  } catch {
    throw new NeuriteError("NOT_FOUND", "the benchmarks (tools/bench) are only available in a clone of the Neurite repository");
  }
  return new Promise((res) => spawn(process.execPath, [cli, ...args], { stdio: "inherit" }).on("exit", (code) => res(code ?? 1)));
}
