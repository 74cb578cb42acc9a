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
const hidden = [256, 256, 128];
const drop = Number(process.env.DROP ?? 0);
const noise = Number(process.env.NOISE ?? 0);
const preEpochs = Number(process.env.PE ?? 20);
const head = () => layers.dense({ units: 5, activation: "softmax" });
const acc = (m) => m.evaluate(ev.x, ev.y)[1];
const seeds = [1, 2, 3];
const recipes = {
  disc: { learningRates: { head: 1e-2, base: 1e-3 }, freezeUpTo: 0 },
  staged: { learningRates: { head: 1e-2, base: 1e-3 }, unfreezeSchedule: [{ epoch: 5, unfreeze: 1 }, { epoch: 10, unfreeze: 1 }, { epoch: 15, unfreeze: 1 }] },
};
const sums = {};
const add = (k, v) => (sums[k] = (sums[k] ?? 0) + v / seeds.length);
for (const seed of seeds) {
  nt.setSeed(seed);
  const ls = [];
  if (noise) ls.push(layers.dropout({ rate: noise, inputShape: [784] }));
  hidden.forEach((u, i) => { ls.push(layers.dense({ units: u, activation: "relu", ...(i === 0 && !noise && { inputShape: [784] }) })); if (drop) ls.push(layers.dropout({ rate: drop })); });
  const base = sequential([...ls, head()]);
  if (noise) base.batchInputShape = [null, 784];
  base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy" });
  await base.fit(pre.x, pre.y, { epochs: preEpochs, batchSize: 64, verbose: 0 });
  // keep the dense layers only (dropout layers are the identity at test time, but would also regularize fine-tuning)
  const dense = sequential(base.layers.filter((l) => l.className() === "Dense").slice(0, hidden.length));
  dense.batchInputShape = [null, 784];
  const w = dense.getWeights();
  for (const [r, cfg] of Object.entries(recipes)) {
    dense.setWeights(w); nt.setSeed(seed);
    const s = transfer.fineTune(dense, { head: head(), ...cfg });
    s.model.compile({ optimizer: s.optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
    await s.model.fit(few.x, few.y, { epochs: 30, batchSize: 32, verbose: 0, callbacks: s.callbacks });
    add(r, acc(s.model));
  }
}
console.log(JSON.stringify({ drop, noise, preEpochs, ...Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, +(100 * v).toFixed(1)])) }));
