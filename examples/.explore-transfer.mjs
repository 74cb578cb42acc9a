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
const hidden = [128, 64];
const body = () => hidden.map((units, i) => layers.dense({ units, activation: "relu", ...(i === 0 && { inputShape: [784] }) }));
const head = () => layers.dense({ units: 5, activation: "softmax" });
const acc = (m) => m.evaluate(ev.x, ev.y)[1];
const epochs = 30;
async function ft(model, optimizer, callbacks = []) {
  model.compile({ optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  await model.fit(few.x, few.y, { epochs, batchSize: 32, verbose: 0, callbacks });
  return +acc(model).toFixed(4);
}
const seed = Number(process.argv[2] ?? 1);
const out = {};
nt.setSeed(seed);
out.scratch = await ft(sequential([...body(), head()]), nt.optimizers.adam({ learningRate: 1e-3 }));
// supervised
nt.setSeed(seed);
const base = sequential([...body(), head()]);
base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy" });
await base.fit(pre.x, pre.y, { epochs: 10, batchSize: 64, verbose: 0 });
const snap = base.getWeights();
const variants = {
  supAllLr1e3: { dropTop: 1, freezeUpTo: 0 },
  supFrozen: { dropTop: 1 },
  supDrop2Frozen: { dropTop: 2 },
  supDrop2All: { dropTop: 2, freezeUpTo: 0 },
  supStaged: { dropTop: 1, unfreezeSchedule: [{ epoch: 10, unfreeze: 1 }, { epoch: 20, unfreeze: "all" }], learningRates: { head: 1e-3, base: 1e-4 } },
  supLr: { dropTop: 1, freezeUpTo: 0, learningRates: { head: 1e-3, base: 1e-4 } },
};
for (const [k, v] of Object.entries(variants)) {
  base.setWeights(snap); nt.setSeed(seed);
  const s = transfer.fineTune(base, { head: head(), ...v });
  out[k] = await ft(s.model, s.optimizer, s.callbacks);
}
for (const [name, cfg] of Object.entries({ ae: {}, dae: { denoising: { noise: "mask", rate: 0.3 } }, greedy: { greedyLayerWise: true } })) {
  nt.setSeed(seed);
  const ae = transfer.autoencoder({ inputDim: 784, layers: hidden, ...cfg });
  await ae.pretrain(train.x, { epochs: 10, batchSize: 64, endToEndEpochs: cfg.greedyLayerWise ? 5 : 0 });
  const w = ae.encoder.getWeights();
  for (const [k, v] of Object.entries({ All: { freezeUpTo: 0 }, Frozen: {}, Lr: { freezeUpTo: 0, learningRates: { head: 1e-3, base: 3e-4 } } })) {
    ae.encoder.setWeights(w); nt.setSeed(seed);
    const s = transfer.fineTune(ae.encoder, { head: head(), ...v });
    out[name + k] = await ft(s.model, s.optimizer, s.callbacks);
  }
}
console.log(JSON.stringify(out));
