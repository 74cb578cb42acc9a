#!/usr/bin/env node
// Issue 7's compression numbers on the digits MLP (784-128-64-10, Adam 1e-3,
// batch 64, 20 epochs, seeded 80/20 split): magnitude pruning at 50/80/90%
// with fine-tuning (polynomial decay), and uint8/float16 weight quantization;
// prints test accuracy deltas and saved sizes.
// Build first (npx tsc -b packages/compress packages/data), then:
//   node packages/compress/scripts/digits-compress.mjs [--seed 1] [--epochs 20] [--finetune 8] [--scope layer|global|both]
import { gzipSync } from "node:zlib";
import * as nt from "@neurite/core";
import { io, layers, sequential, transfer } from "@neurite/layers";
import { datasets } from "@neurite/data/tensors";
import { formatSparsityReport, polynomialDecay, pruneLowMagnitude, quantize, sizeReport, sparsityReport, stripPruning } from "../dist/index.js";

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const seed = Number(option("seed", 1));
const epochs = Number(option("epochs", 20));
const fineTuneEpochs = Number(option("finetune", 8));
const scopes = option("scope", "both") === "both" ? ["layer", "global"] : [option("scope")];
const batchSize = 64;

await nt.ready();
nt.setSeed(seed);
const { train, test } = await datasets.digits({ testSplit: 0.2, seed: 0 });
const compile = (m, lr) => m.compile({ optimizer: nt.optimizers.adam({ learningRate: lr }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
const accuracy = (m) => {
  if (!m.trainer) compile(m, 1e-3);
  return m.evaluate(test.x, test.y)[1];
};
const pct = (a) => `${(100 * a).toFixed(2)}%`;
const delta = (a, b) => `${(100 * (a - b)) >= 0 ? "+" : ""}${(100 * (a - b)).toFixed(2)}`;

const base = sequential([
  layers.dense({ units: 128, activation: "relu", inputShape: [784] }),
  layers.dense({ units: 64, activation: "relu" }),
  layers.dense({ units: 10, activation: "softmax" }),
]);
compile(base, 1e-3);
await base.fit(train.x, train.y, { epochs, batchSize, verbose: 0 });
const acc0 = accuracy(base);
console.log(`dense baseline: ${pct(acc0)} test accuracy (${base.countParams()} weights)`);

/** Gzipped bytes of the weight shards saved at float32 and at uint8 (what an HTTP server would send). */
async function gzipped(m) {
  const size = async (save) => {
    const h = io.memory();
    await save(h);
    return [...h.files].filter(([p]) => p !== "model.json").reduce((a, [, b]) => a + gzipSync(b, { level: 9 }).byteLength, 0);
  };
  return [await size((h) => m.save(h)), await size((h) => quantize(m, { dtype: "uint8" }).save(h))];
}

const copy = () => transfer.truncate(base, base.layers.length, { copy: true });
const steps = Math.ceil(train.x.shape[0] / batchSize) * fineTuneEpochs;

// Control: the dense model fine-tuned for the same extra epochs, so the pruning deltas are not extra training.
// Every fine-tuning run starts from the same seed, so each number is reproducible on its own.
nt.setSeed(seed);
const control = copy();
compile(control, 1e-4);
await control.fit(train.x, train.y, { epochs: fineTuneEpochs, batchSize, verbose: 0 });
console.log(`dense + ${fineTuneEpochs} fine-tuning epochs (control): ${pct(accuracy(control))}`);

const results = { seed, baseline: acc0, control: accuracy(control), pruning: {}, quantization: {} };
for (const scope of scopes) {
  console.log(`\nmagnitude pruning (${scope}), polynomial decay 0 → target over the first ${Math.round((2 * steps) / 3)} of ${steps} fine-tuning steps:`);
  results.pruning[scope] = {};
  for (const target of [0.5, 0.8, 0.9]) {
    const m = copy();
    const oneShot = copy();
    pruneLowMagnitude(oneShot, { targetSparsity: target, scope }).updateMasks();
    stripPruning(oneShot);
    compile(m, 1e-4);
    nt.setSeed(seed);
    const schedule = polynomialDecay({ initialSparsity: 0, finalSparsity: target, beginStep: 0, endStep: Math.round((2 * steps) / 3), frequency: 25 });
    const cb = pruneLowMagnitude(m, { schedule, scope });
    await m.fit(train.x, train.y, { epochs: fineTuneEpochs, batchSize, verbose: 0, callbacks: [cb] });
    stripPruning(m);
    const report = sparsityReport(m);
    const kernels = report.weights.filter((w) => w.shape.length === 2);
    const kernelSparsity = kernels.reduce((a, w) => a + w.zeros, 0) / kernels.reduce((a, w) => a + w.size, 0);
    const acc = accuracy(m);
    results.pruning[scope][target] = { accuracy: acc, delta: acc - acc0, oneShot: accuracy(oneShot), kernelSparsity, perKernel: kernels.map((w) => w.sparsity), runner: m.trainer.lastRunner };
    console.log(`  ${100 * target}%: ${pct(acc)} (${delta(acc, acc0)} points; one-shot without fine-tuning ${pct(accuracy(oneShot))}); kernel sparsity ${pct(kernelSparsity)}`);
    if (target === 0.8) {
      console.log(formatSparsityReport(report).replace(/^/gm, "      "));
      results.pruning[scope].gzip = { dense: await gzipped(base), pruned: await gzipped(m) };
      console.log(`      gzip of the saved weights (float32 / uint8): dense ${results.pruning[scope].gzip.dense.join(" / ")} bytes, pruned ${results.pruning[scope].gzip.pruned.join(" / ")} bytes`);
    }
  }
}

console.log("\nweight quantization (per-tensor, TF.js manifest format):");
const sizes = await sizeReport(base, ["float16", "uint8"]);
for (const row of sizes) {
  const acc = row.dtype === "float32" ? acc0 : accuracy(quantize(base, { dtype: row.dtype }).toModel());
  results.quantization[row.dtype] = { accuracy: acc, delta: acc - acc0, savedBytes: row.savedBytes, weightBytes: row.weightBytes, ratio: row.ratio };
  console.log(`  ${row.dtype.padEnd(8)} ${pct(acc)} (${delta(acc, acc0)} points), saved ${row.savedBytes} bytes (${row.weightBytes} of weights), ${row.ratio.toFixed(2)}× smaller`);
}
console.log(`\n${JSON.stringify(results)}`);
