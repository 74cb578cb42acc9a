#!/usr/bin/env node
// Pretraining → fine-tuning on digits (issue 7). Fine-tune on digits 5–9 with
// only 50 labelled images per class, starting from
//   scratch      random weights,
//   autoencoder  the encoder of a denoising autoencoder trained on all 8000
//                training images without their labels,
//   supervised   a classifier trained on the training images of digits 0–4
//                (its head replaced, the body thawed in stages).
// Same seed, architecture, optimizer (Adam, head 1e-2, body 1e-3) and budget
// (30 epochs of batch 32 on the same 250 images) for all three; prints test
// accuracy on the 975 test images of digits 5–9, per seed and mean ± sd.
// Build first (npx tsc -b packages/layers packages/data), then:
//   node examples/transfer-digits.mjs [--activation tanh|relu] [--hidden 256,128] [--seeds 1,2,3,4,5]
//        [--pretrain-epochs 20] [--epochs 30] [--per-class 50] [--greedy]
import * as nt from "@neurite/core";
import { layers, sequential, transfer } from "@neurite/layers";
import { datasets } from "@neurite/data/tensors";

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const activation = option("activation", "tanh");
const hidden = option("hidden", "256,128").split(",").map(Number);
const seeds = option("seeds", "1,2,3,4,5").split(",").map(Number);
const pretrainEpochs = Number(option("pretrain-epochs", 20));
const epochs = Number(option("epochs", 30));
const perClass = Number(option("per-class", 50));
const greedy = process.argv.includes("--greedy");

await nt.ready();
const { train, test } = await datasets.digits({ testSplit: 0.2, seed: 0 });

/** Rows whose label is in [lo, hi), labels shifted to start at 0; the first `cap` of each class when given. */
function subset(d, lo, hi, cap) {
  const y = d.y.data();
  const counts = new Map();
  const rows = [];
  for (let i = 0; i < y.length; i++) {
    const c = counts.get(y[i]) ?? 0;
    if (y[i] < lo || y[i] >= hi || (cap !== undefined && c >= cap)) continue;
    counts.set(y[i], c + 1);
    rows.push(i);
  }
  const idx = nt.tensor(Int32Array.from(rows), [rows.length], "int32");
  const out = { x: nt.gather(d.x, idx), y: nt.tensor(Int32Array.from(rows, (r) => y[r] - lo), [rows.length], "int32") };
  idx.dispose();
  return out;
}

const pre = subset(train, 0, 5);
const few = subset(train, 5, 10, perClass);
const target = subset(test, 5, 10);
console.log(`${activation} MLP 784-${hidden.join("-")}-5; pretraining: ${train.x.shape[0]} unlabelled images / ${pre.x.shape[0]} labelled 0–4, ` +
  `${pretrainEpochs} epochs; fine-tuning: ${few.x.shape[0]} images of 5–9, ${epochs} epochs; test: ${target.x.shape[0]} images of 5–9`);

const body = () => hidden.map((units, i) => layers.dense({ units, activation, ...(i === 0 && { inputShape: [784] }) }));
const head = () => layers.dense({ units: 5, activation: "softmax" });
const learningRates = { head: 1e-2, base: 1e-3 };

async function fineTuned(setup) {
  setup.model.compile({ optimizer: setup.optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  await setup.model.fit(few.x, few.y, { epochs, batchSize: 32, verbose: 0, callbacks: setup.callbacks });
  return setup.model.evaluate(target.x, target.y)[1];
}

const runs = {
  async scratch(seed) {
    nt.setSeed(seed);
    return fineTuned(transfer.fineTune(sequential(body()), { head: head(), freezeUpTo: 0, learningRates }));
  },
  async autoencoder(seed) {
    nt.setSeed(seed);
    const ae = transfer.autoencoder({ inputDim: 784, layers: hidden, activation, denoising: { noise: "mask", rate: 0.3 }, greedyLayerWise: greedy });
    await ae.pretrain(train.x, { epochs: greedy ? Math.ceil(pretrainEpochs / hidden.length) : pretrainEpochs, batchSize: 64 });
    nt.setSeed(seed);
    return fineTuned(transfer.fineTune(ae.encoder, { head: head(), freezeUpTo: 0, learningRates }));
  },
  async supervised(seed) {
    nt.setSeed(seed);
    const base = sequential([...body(), head()]);
    base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy" });
    await base.fit(pre.x, pre.y, { epochs: pretrainEpochs, batchSize: 64, verbose: 0 });
    nt.setSeed(seed);
    const unfreezeSchedule = [{ epoch: Math.round(epochs / 6), unfreeze: 1 }, { epoch: Math.round(epochs / 3), unfreeze: "all" }];
    return fineTuned(transfer.fineTune(base, { head: head(), dropTop: 1, unfreezeSchedule, learningRates }));
  },
};

const results = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (const seed of seeds) {
  for (const [k, run] of Object.entries(runs)) results[k].push(await run(seed));
  console.log(`seed ${seed}: ${Object.entries(results).map(([k, v]) => `${k} ${(100 * v.at(-1)).toFixed(1)}%`).join(", ")}`);
}
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v) => (v.length > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / (v.length - 1)) : 0);
console.log(`test accuracy on digits 5–9, mean ± sd over ${seeds.length} seed(s):`);
for (const [k, v] of Object.entries(results)) {
  const gain = k === "scratch" ? "" : `  (${(100 * (mean(v) - mean(results.scratch))).toFixed(1)} points over scratch; better on ${v.filter((a, i) => a > results.scratch[i]).length}/${v.length} seeds)`;
  console.log(`  ${k.padEnd(12)} ${(100 * mean(v)).toFixed(1)} ± ${(100 * sd(v)).toFixed(1)}%${gain}`);
}
