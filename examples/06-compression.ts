// Pruning and quantization of a digits MLP, with the size/accuracy table: magnitude pruning to
// 80% sparsity while fine-tuning, then float16 and uint8 weight quantization (TF.js's format, so
// the files load in TF.js too). Run: node examples/run.mjs 06
import { gzipSync } from "node:zlib";
import * as nt from "neurite";
import { polynomialDecay, pruneLowMagnitude, quantize, sparsityReport, stripPruning } from "@neurite/compress";

await nt.ready();
nt.setSeed(5);
const [epochs, pruneEpochs] = process.env.CI ? [3, 2] : [10, 4];
const batchSize = 64;

const { train, test } = await nt.datasets.digits({ testSplit: 0.2, seed: 0 });
const model = nt.sequential([
  nt.layers.dense({ units: 128, activation: "relu", inputShape: [784] }),
  nt.layers.dense({ units: 64, activation: "relu" }),
  nt.layers.dense({ units: 10, activation: "softmax" }),
]);
model.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
await model.fit(train.x, train.y, { epochs, batchSize, verbose: 0 });

/** Test accuracy, and the bytes of model.json + shards as saved, raw and gzipped (what a server would send). */
async function measure(name: string, m: nt.Sequential, save: (h: nt.IOHandler) => Promise<unknown> = (h) => m.save(h)) {
  const store = nt.io.memory();
  await save(store);
  const files = [...store.files.values()];
  const bytes = files.reduce((n, b) => n + b.byteLength, 0);
  const gzipped = files.reduce((n, b) => n + gzipSync(b).byteLength, 0);
  // A loaded model comes back uncompiled (no optimizer state is saved); evaluate needs the loss and metric.
  if (!m.trainer) m.compile({ optimizer: "adam", loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  const accuracy = (m.evaluate(test.x, test.y) as number[])[1]!;
  return { name, bytes, gzipped, accuracy };
}

const rows = [await measure("float32", model)];

// Prune while fine-tuning: sparsity ramps from 0 to 80% over the first epoch's steps, then holds.
const steps = Math.ceil(train.x.shape[0]! / batchSize);
const pruning = pruneLowMagnitude(model, { schedule: polynomialDecay({ finalSparsity: 0.8, endStep: steps, frequency: 25 }) });
await model.fit(train.x, train.y, { epochs: pruneEpochs, batchSize, verbose: 0, callbacks: [pruning] });
stripPruning(model);
const sparsity = sparsityReport(model);
const kernelSparsity = sparsity.weights.filter((w) => w.weight.endsWith("kernel")).map((w) => w.sparsity);
rows.push(await measure("pruned 80%, float32", model));

for (const dtype of ["float16", "uint8"] as const) {
  const q = quantize(model, { dtype });
  rows.push(await measure(`pruned 80%, ${dtype}`, q.toModel(), (h) => q.save(h)));
}

console.log("model                  saved bytes   gzipped   test accuracy");
for (const r of rows) {
  console.log(`${r.name.padEnd(21)} ${String(r.bytes).padStart(12)} ${String(r.gzipped).padStart(9)}   ${r.accuracy.toFixed(4)}`);
}

const [dense, pruned, half, uint8] = rows as [typeof rows[0], typeof rows[0], typeof rows[0], typeof rows[0]];
if (!kernelSparsity.every((s) => s > 0.79 && s < 0.81)) throw new Error(`every kernel should be 80% zeros, got ${kernelSparsity}`);
if (!(pruned.accuracy > 0.9)) throw new Error(`the pruned model's accuracy ${pruned.accuracy} should stay above 0.9`);
if (!(pruned.gzipped < 0.5 * dense.gzipped)) throw new Error(`80% zeros should halve the gzipped size: ${dense.gzipped} → ${pruned.gzipped}`);
if (!(half.bytes < 0.55 * pruned.bytes && uint8.bytes < 0.3 * pruned.bytes)) throw new Error("float16 should about halve the saved size and uint8 quarter it");
if (!(Math.abs(half.accuracy - pruned.accuracy) < 0.002 && pruned.accuracy - uint8.accuracy < 0.01)) {
  throw new Error(`quantization should cost under 0.2 (float16) and 1 (uint8) accuracy points: ${pruned.accuracy} → ${half.accuracy}, ${uint8.accuracy}`);
}
console.log("ok: 80% sparse kernels, and each step cut the size at a small accuracy cost");
