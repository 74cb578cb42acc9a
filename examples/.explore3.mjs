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
const pre = subset(train, 0, 5), few = subset(train, 5, 10, 50), ev = subset(test, 5, 10), evA = subset(test, 0, 5);
const hidden = [128, 64];
const body = () => hidden.map((units, i) => layers.dense({ units, activation: "relu", ...(i === 0 && { inputShape: [784] }) }));
const head = () => layers.dense({ units: 5, activation: "softmax" });
const acc = (m, d = ev) => +m.evaluate(d.x, d.y)[1].toFixed(4);
async function ft(model, optimizer, epochs = 30, callbacks = []) {
  model.compile({ optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  await model.fit(few.x, few.y, { epochs, batchSize: 32, verbose: 0, callbacks });
  return acc(model);
}
const out = {};
nt.setSeed(1);
const rnd = sequential(body()); rnd.ensureBuilt();
nt.setSeed(1);
const base = sequential([...body(), head()]);
base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
await base.fit(pre.x, pre.y, { epochs: 10, batchSize: 64, verbose: 0 });
out.baseOn04 = acc(base, evA);
for (const [name, b, drop] of [["random", rnd, 0], ["sup", base, 1]]) {
  for (const lr of [1e-2, 3e-2]) {
    const w = b.getWeights();
    nt.setSeed(1);
    const s = transfer.fineTune(b, { head: head(), dropTop: drop, optimizer: () => nt.optimizers.adam({ learningRate: lr }) });
    out[`${name}Probe${lr}`] = await ft(s.model, s.optimizer, 50);
    b.setWeights(w);
  }
}
console.log(JSON.stringify(out));
