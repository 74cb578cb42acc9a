import { expect, it } from "vitest";
import * as nt from "../src/index.js";

it("digits() has the class counts the mnist package ships", async () => {
  const { x, y } = await nt.datasets.digits();
  expect(x.shape).toEqual([10000, 784]);
  expect(x.dtype).toBe("float32");
  expect(y.dtype).toBe("int32");
  const counts = new Array(10).fill(0);
  for (const v of y.data()) counts[v]++;
  expect(counts).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
  const px = x.data();
  expect(Math.min(...px.subarray(0, 784 * 10))).toBeGreaterThanOrEqual(0);
  expect(Math.max(...px.subarray(0, 784 * 10))).toBeLessThanOrEqual(1);
});

it("a tensor pipeline yields tuples of tensors, batched, reproducibly shuffled", async () => {
  const xs = nt.tensor([[1], [2], [3], [4], [5]]);
  const ys = nt.tensor([10, 20, 30, 40, 50]);
  const ds = nt.data.fromTensorSlices([xs, ys]).shuffle(5, { seed: 3 }).batch(2);
  const first = await ds.toArray();
  expect(first.map(([x]) => x.shape)).toEqual([[2, 1], [2, 1], [1, 1]]);
  const again = await ds.toArray();
  expect(again.map(([, y]) => Array.from(y.data()))).toEqual(first.map(([, y]) => Array.from(y.data())));
  const flat = first.flatMap(([x, y]) => Array.from(x.data()).map((v, i) => [v, y.data()[i]]));
  expect(flat.map(([v, w]) => w! / v!)).toEqual([10, 10, 10, 10, 10]);
});

it("fitDataset matches fit on the same data and seed", async () => {
  const x = nt.randomNormal([96, 4], 0, 1, 5);
  const y = nt.tensor(Array.from({ length: 96 }, (_, i) => i % 3), [96], "int32");
  const build = () => {
    nt.setSeed(9);
    const m = nt.sequential([nt.layers.dense({ units: 8, activation: "tanh", inputShape: [4] }), nt.layers.dense({ units: 3, activation: "softmax" })]);
    m.compile({ optimizer: nt.optimizers.sgd({ learningRate: 0.1, momentum: 0.9 }), loss: "sparseCategoricalCrossentropy" });
    return m;
  };
  const a = build();
  // fit() runs the compiled step (softmax fused into the loss, as Keras does): equal up to float rounding.
  const ha = await a.fit(x, y, { epochs: 3, batchSize: 32, shuffle: false, verbose: 0 });
  const b = build();
  const hb = await b.fitDataset(nt.data.fromTensorSlices([x, y]).batch(32), { epochs: 3, verbose: 0 });
  const close = (p: number[], q: number[]) => p.forEach((v, i) => expect(Math.abs(v - q[i]!)).toBeLessThan(1e-5 * (1 + Math.abs(q[i]!))));
  close(hb.history.loss!, ha.history.loss!);
  b.getWeights().forEach((w, i) => close(Array.from(w.data()), Array.from(a.getWeights()[i]!.data())));
  // The eager step is the reference: there they agree exactly.
  const e = build();
  e.trainer!.useCompiledStep = false;
  const he = await e.fit(x, y, { epochs: 3, batchSize: 32, shuffle: false, verbose: 0 });
  expect(hb.history.loss).toEqual(he.history.loss);
  expect(b.getWeights().map((w) => Array.from(w.data()))).toEqual(e.getWeights().map((w) => Array.from(w.data())));
  const c = build();
  const hc = await c.fitDataset(nt.data.fromTensorSlices([x, y]).shuffle(1000, { seed: 4 }).batch(32), { epochs: 3, verbose: 0 });
  expect(hc.history.loss![2]!).toBeLessThan(hc.history.loss![0]!);
});
