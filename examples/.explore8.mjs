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
const hidden = JSON.parse(process.env.H ?? "[256,128]");
const act = process.env.ACT ?? "tanh";
const body = () => hidden.map((units, i) => layers.dense({ units, activation: act, ...(i === 0 && { inputShape: [784] }) }));
const head = () => layers.dense({ units: 5, activation: "softmax" });
const acc = (m) => m.evaluate(ev.x, ev.y)[1];
const disc = { learningRates: { head: 1e-2, base: 1e-3 } };
async function ft(s) {
  s.model.compile({ optimizer: s.optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  await s.model.fit(few.x, few.y, { epochs: 30, batchSize: 32, verbose: 0, callbacks: s.callbacks });
  return acc(s.model);
}
const out = { scratch: [], dae: [], sup: [], daeSup: [] };
for (const seed of [1, 2, 3, 4, 5]) {
  nt.setSeed(seed);
  out.scratch.push(await ft(transfer.fineTune(sequential(body()), { head: head(), freezeUpTo: 0, ...disc })));
  nt.setSeed(seed);
  const ae = transfer.autoencoder({ inputDim: 784, layers: hidden, activation: act, denoising: { noise: "mask", rate: 0.3 } });
  await ae.pretrain(train.x, { epochs: 20, batchSize: 64 });
  const aew = ae.encoder.getWeights();
  nt.setSeed(seed);
  out.dae.push(await ft(transfer.fineTune(ae.encoder, { head: head(), freezeUpTo: 0, ...disc })));
  for (const [k, init] of [["sup", null], ["daeSup", aew]]) {
    nt.setSeed(seed);
    const b = body();
    const base = sequential([...b, head()]);
    base.ensureBuilt();
    if (init) sequential(b).setWeights(init);
    base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy" });
    await base.fit(pre.x, pre.y, { epochs: 20, batchSize: 64, verbose: 0 });
    nt.setSeed(seed);
    out[k].push(await ft(transfer.fineTune(base, { head: head(), dropTop: 1, ...disc, unfreezeSchedule: [{ epoch: 5, unfreeze: 1 }, { epoch: 10, unfreeze: "all" }] })));
  }
  console.error(seed, JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.at(-1)]))));
}
const stat = (v) => { const m = v.reduce((a, b) => a + b) / v.length; const sd = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1)); return `${(100 * m).toFixed(1)}±${(100 * sd).toFixed(1)}`; };
console.log(JSON.stringify({ act, hidden, ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, stat(v)])) }));
