import * as nt from "@neurite/core";
import { layers, sequential, transfer } from "@neurite/layers";
import { datasets } from "@neurite/data/tensors";
await nt.ready();
const { train, test } = await datasets.digits({ testSplit: 0.2, seed: 0 });
function subset(d, lo, hi, cap) {
  const y = d.y.data(); const counts = new Map(); const rows = [];
  for (let i = 0; i < y.length; i++) { if (y[i] < lo || y[i] >= hi) continue; const c = counts.get(y[i]) ?? 0; if (cap !== undefined && c >= cap) continue; counts.set(y[i], c + 1); rows.push(i); }
  const idx = nt.tensor(Int32Array.from(rows), [rows.length], "int32");
  return { x: nt.gather(d.x, idx), y: nt.tensor(Int32Array.from(rows, (r) => y[r] - lo), [rows.length], "int32") };
}
const pre = subset(train, 0, 5), few = subset(train, 5, 10, 50), ev = subset(test, 5, 10);
const hidden = JSON.parse(process.argv[2] ?? "[128,64]");
const preEpochs = Number(process.argv[3] ?? 10);
const seeds = [1, 2, 3];
const body = () => hidden.map((units, i) => layers.dense({ units, activation: process.env.ACT ?? "relu", ...(i === 0 && { inputShape: [784] }) }));
const head = () => layers.dense({ units: 5, activation: "softmax" });
const acc = (m) => m.evaluate(ev.x, ev.y)[1];
async function ft(model, optimizer, callbacks = []) {
  model.compile({ optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  await model.fit(few.x, few.y, { epochs: 30, batchSize: 32, verbose: 0, callbacks });
  return acc(model);
}
const recipes = process.env.R ? JSON.parse(process.env.R) : {
  staged: { unfreezeSchedule: [{ epoch: 10, unfreeze: "all" }], learningRates: { head: 1e-2, base: 1e-3 } },
  disc: { freezeUpTo: 0, learningRates: { head: 1e-2, base: 1e-3 } },
  disc2: { freezeUpTo: 0, learningRates: { head: 3e-3, base: 1e-3 } },
};
const sums = {};
const add = (k, v) => (sums[k] = (sums[k] ?? 0) + v / seeds.length);
for (const seed of seeds) {
  nt.setSeed(seed);
  add("scratch", await ft(sequential([...body(), head()]), nt.optimizers.adam({ learningRate: 1e-3 })));
  nt.setSeed(seed);
  add("scratchLr3e-3", await ft(sequential([...body(), head()]), nt.optimizers.adam({ learningRate: 3e-3 })));
  nt.setSeed(seed);
  const base = sequential([...body(), head()]);
  base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy" });
  await base.fit(pre.x, pre.y, { epochs: preEpochs, batchSize: 64, verbose: 0 });
  nt.setSeed(seed);
  const ae = transfer.autoencoder({ inputDim: 784, layers: hidden, activation: process.env.ACT ?? "relu", denoising: { noise: "mask", rate: 0.3 } });
  await ae.pretrain(train.x, { epochs: preEpochs, batchSize: 64 });
  for (const [name, b, drop] of [["sup", base, 1], ["dae", ae.encoder, 0]]) {
    const w = b.getWeights();
    for (const [r, cfg] of Object.entries(recipes)) {
      b.setWeights(w); nt.setSeed(seed);
      const s = transfer.fineTune(b, { head: head(), dropTop: drop, ...cfg });
      add(name + "-" + r, await ft(s.model, s.optimizer, s.callbacks));
    }
  }
}
console.log(JSON.stringify({ hidden, preEpochs, ...Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, +(100 * v).toFixed(1)])) }));
