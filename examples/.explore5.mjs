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
const head = () => layers.dense({ units: 5, activation: "softmax" });
const acc = (m) => +(100 * m.evaluate(ev.x, ev.y)[1]).toFixed(1);
async function probe(b, drop, lr = 3e-2) {
  nt.setSeed(1);
  const s = transfer.fineTune(b, { head: head(), dropTop: drop, optimizer: () => nt.optimizers.adam({ learningRate: lr }) });
  s.model.compile({ optimizer: s.optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  await s.model.fit(few.x, few.y, { epochs: 30, batchSize: 32, verbose: 0 });
  return acc(s.model);
}
const out = {};
// raw pixels: logistic regression
nt.setSeed(1);
const lr = sequential([layers.dense({ units: 5, activation: "softmax", inputShape: [784] })]);
lr.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-2 }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
await lr.fit(few.x, few.y, { epochs: 30, batchSize: 32, verbose: 0 });
out.pixelsLogReg = acc(lr);
for (const hidden of [[128, 64], [512]]) {
  nt.setSeed(1);
  const ae = transfer.autoencoder({ inputDim: 784, layers: hidden, denoising: { noise: "mask", rate: 0.3 } });
  await ae.pretrain(train.x, { epochs: 10, batchSize: 64 });
  out[`dae${hidden}`] = await probe(ae.encoder, 0);
  nt.setSeed(1);
  const base = sequential([...hidden.map((u, i) => layers.dense({ units: u, activation: "relu", ...(i === 0 && { inputShape: [784] }) })), layers.dropout({ rate: 0.3 }), head()]);
  base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy" });
  await base.fit(pre.x, pre.y, { epochs: 10, batchSize: 64, verbose: 0 });
  out[`sup${hidden}`] = await probe(base, 2);
}
console.log(JSON.stringify(out));
