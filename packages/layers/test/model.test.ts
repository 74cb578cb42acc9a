import { describe, expect, it } from "vitest";
import * as nt from "@neurite/core";
import { Model, Sequential, callbacks, layers, sequential } from "../src/index.js";

/** Two Gaussian blobs in 2-D with 0/1 labels. */
function blobs(n: number, seed: number) {
  nt.setSeed(seed);
  const noise = nt.randomNormal([n, 2], 0, 0.5).data();
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % 2;
    xs.push([(c ? 1.5 : -1.5) + noise[2 * i]!, (c ? 1 : -1) + noise[2 * i + 1]!]);
    ys.push(c);
  }
  return { x: nt.tensor(xs), y: nt.tensor(ys, [n, 1]) };
}

describe("Sequential", () => {
  it("builds from the first layer's inputShape, summarises and counts params", () => {
    const m = sequential([layers.dense({ units: 4, activation: "relu", inputShape: [3] }), layers.dense({ units: 2 })]);
    const lines: string[] = [];
    m.summary((l) => lines.push(l));
    expect(m.countParams()).toBe(3 * 4 + 4 + 4 * 2 + 2);
    expect(lines.join("\n")).toMatch(/dense.*\(Dense\).*\(None, 4\).*16/);
    expect(lines.join("\n")).toMatch(/Total params: 26/);
    expect(m.predict(nt.ones([5, 3])).shape).toEqual([5, 2]);
  });

  it("fits a binary problem, evaluates and predicts", async () => {
    const { x, y } = blobs(200, 1);
    const m = sequential([layers.dense({ units: 8, activation: "tanh", inputShape: [2] }), layers.dense({ units: 1, activation: "sigmoid" })]);
    m.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.05 }), loss: "binaryCrossentropy", metrics: ["accuracy"] });
    const h = await m.fit(x, y, { epochs: 20, batchSize: 32, validationSplit: 0.2, verbose: 0 });
    expect(Object.keys(h.history).sort()).toEqual(["accuracy", "loss", "val_accuracy", "val_loss"]);
    expect(h.history.loss!.length).toBe(20);
    expect(h.history.loss![19]!).toBeLessThan(h.history.loss![0]!);
    const [loss, acc] = m.evaluate(x, y) as number[];
    expect(acc).toBeGreaterThan(0.95);
    expect(loss).toBeLessThan(0.2);
    expect(m.metricsNames).toEqual(["loss", "accuracy"]);
  });

  it("same seed gives the same weights after fit", async () => {
    const run = async () => {
      const { x, y } = blobs(64, 3);
      nt.setSeed(11);
      const m = sequential([layers.dense({ units: 4, activation: "relu", inputShape: [2] }), layers.dropout({ rate: 0.2 }), layers.dense({ units: 1, activation: "sigmoid" })]);
      m.compile({ optimizer: "sgd", loss: "binaryCrossentropy" });
      await m.fit(x, y, { epochs: 3, batchSize: 8, verbose: 0 });
      return m.getWeights().map((w) => Array.from(w.data()));
    };
    expect(await run()).toEqual(await run());
  });

  it("rejects bad input with errors that name the problem", async () => {
    const m = sequential([layers.dense({ units: 1, inputShape: [3] })]);
    m.compile({ optimizer: "sgd", loss: "mse" });
    await expect(m.fit(nt.ones([4, 2]), nt.ones([4, 1]), { verbose: 0 })).rejects.toThrow(/expected input of shape \[batch, 3\], got \[4, 2\]/);
    await expect(m.fit(nt.ones([4, 3]), nt.ones([5, 1]), { verbose: 0 })).rejects.toThrow(/x has 4 samples but y has 5/);
    await expect(m.fit(nt.tensor([[1, NaN, 3]]), nt.ones([1, 1]), { verbose: 0 })).rejects.toThrow(/NaN\/Infinity.*row 0/);
    await expect(m.fit(nt.ones([4, 3]), nt.ones([4, 2]), { verbose: 0 })).rejects.toThrow(/same shape/);
    await expect(m.fit(nt.zeros([0, 3]), nt.zeros([0, 1]), { verbose: 0 })).rejects.toThrow(/empty/);
    const c = sequential([layers.dense({ units: 3, activation: "softmax", inputShape: [3] })]);
    c.compile({ optimizer: "adam", loss: "sparseCategoricalCrossentropy" });
    await expect(c.fit(nt.ones([2, 3]), nt.tensor([0, 5]), { verbose: 0 })).rejects.toThrow(/label 5 at row 1 is out of range for 3 classes/);
    expect(() => m.compile({ optimizer: "sgd", loss: "nope" })).toThrow(/unknown loss "nope"/);
    expect(() => layers.dense({ units: 0 })).toThrow(/units must be a positive integer/);
  });

  it("scans a data tensor for NaN once, however many fits use it", async () => {
    const m = sequential([layers.dense({ units: 1, inputShape: [3] })]);
    m.compile({ optimizer: "sgd", loss: "mse" });
    const [x, y] = [nt.ones([4, 3]), nt.ones([4, 1])];
    await m.fit(x, y, { verbose: 0 });
    // Behind the tensor's back (tensors never change): a second scan would refuse this, the first one's verdict stands.
    nt.engine.backend.mod.writeFloats(x.ptr, [NaN]);
    await expect(m.fit(x, y, { verbose: 0, onNaN: "ignore" })).resolves.toBeDefined();
    await expect(m.fit(nt.clone(x), y, { verbose: 0 })).rejects.toThrow(/NaN\/Infinity.*row 0/);
  });

  it("scans a Variable given as data on every fit: its values can change", async () => {
    const m = sequential([layers.dense({ units: 1, inputShape: [3] })]);
    m.compile({ optimizer: "sgd", loss: "mse" });
    const x = nt.variable(nt.ones([4, 3]));
    await m.fit(x, nt.ones([4, 1]), { verbose: 0 });
    x.assign(nt.tensor([[1, 1, 1], [1, 1, 1], [1, Infinity, 1], [1, 1, 1]]));
    await expect(m.fit(x, nt.ones([4, 1]), { verbose: 0 })).rejects.toThrow(/NaN\/Infinity.*row 2/);
  });

  it("fitDataset with a dataset as validationData leaves no tensor behind", async () => {
    const { x, y } = blobs(48, 4);
    const m = sequential([layers.dense({ units: 1, activation: "sigmoid", inputShape: [2] })]);
    m.compile({ optimizer: "adam", loss: "binaryCrossentropy", metrics: ["accuracy"] });
    const ds = (rows: number) => ({
      async *[Symbol.asyncIterator]() {
        for (let b = 0; b < rows; b += 8) yield [nt.slice(x, b, 8), nt.slice(y, b, 8)] as [nt.Tensor, nt.Tensor];
      },
    });
    await m.fitDataset(ds(32), { epochs: 1, verbose: 0 }); // creates Adam's slots
    const live = nt.memory().numTensors;
    const h = await m.fitDataset(ds(32), { epochs: 3, verbose: 0, validationData: ds(48) });
    expect(h.history.val_accuracy).toHaveLength(3);
    expect(nt.memory().numTensors).toBe(live);
  });

  it("earlyStopping stops and restores the best weights", async () => {
    const { x, y } = blobs(100, 5);
    const m = sequential([layers.dense({ units: 1, activation: "sigmoid", inputShape: [2] })]);
    m.compile({ optimizer: nt.optimizers.sgd({ learningRate: 0 }), loss: "binaryCrossentropy" });
    const es = callbacks.earlyStopping({ monitor: "loss", patience: 2, minDelta: 1e-3 });
    const h = await m.fit(x, y, { epochs: 50, verbose: 0, callbacks: [es] });
    expect(h.epoch.length).toBe(3);
  });

  it("custom callbacks see every hook in order", async () => {
    const { x, y } = blobs(20, 6);
    const m = sequential([layers.dense({ units: 1, inputShape: [2] })]);
    m.compile({ optimizer: "sgd", loss: "mse" });
    const seen: string[] = [];
    await m.fit(x, y, {
      epochs: 2, batchSize: 10, verbose: 0,
      callbacks: [{
        onTrainBegin: () => void seen.push("trainBegin"),
        onEpochBegin: (e) => void seen.push(`epochBegin${e}`),
        onBatchEnd: (b) => void seen.push(`batch${b}`),
        onEpochEnd: (e, logs) => void seen.push(`epochEnd${e}:${typeof logs?.loss}`),
        onTrainEnd: () => void seen.push("trainEnd"),
      }],
    });
    expect(seen).toEqual(["trainBegin", "epochBegin0", "batch0", "batch1", "epochEnd0:number", "epochBegin1", "batch0", "batch1", "epochEnd1:number", "trainEnd"]);
  });
});

describe("subclassed Model (DESIGN.md §3's SimpleNet, as written)", () => {
  class SimpleNet extends Model {
    d1 = layers.dense({ units: 64, activation: "relu" });
    d2 = layers.dense({ units: 10, activation: "softmax" });
    override call(x: nt.Tensor) {
      return this.d2.apply(this.d1.apply(x));
    }
  }

  it("runs a forward pass, tracks its layers and trains with fit", async () => {
    const net = new SimpleNet();
    const y = net.apply(nt.randomNormal([100, 10]));
    expect(y.shape).toEqual([100, 10]);
    expect(net.layers.length).toBe(2);
    expect(net.trainableVariables.length).toBe(4);
    expect(net.countParams()).toBe(10 * 64 + 64 + 64 * 10 + 10);
    const rowSums = nt.sum(y, 1).data();
    for (const s of rowSums) expect(s).toBeCloseTo(1, 5);
    net.compile({ optimizer: "adam", loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
    const labels = nt.argmax(nt.randomNormal([100, 10]));
    const h = await net.fit(nt.randomNormal([100, 10]), labels, { epochs: 2, verbose: 0 });
    expect(h.history.accuracy!.length).toBe(2);
  });

  it("freezing a layer keeps its weights", async () => {
    const net = new SimpleNet();
    net.apply(nt.ones([1, 10]));
    net.d1.trainable = false;
    const before = Array.from(net.d1.kernel!.data());
    net.compile({ optimizer: "adam", loss: "sparseCategoricalCrossentropy" });
    await net.fit(nt.randomNormal([32, 10]), nt.tensor(new Int32Array(32)), { epochs: 1, verbose: 0 });
    expect(Array.from(net.d1.kernel!.data())).toEqual(before);
    expect(net.trainableVariables.length).toBe(2);
  });

  it("trainOnBatch runs one forward pass per batch (the output width is probed once, and never for a Sequential)", () => {
    class Counted extends SimpleNet {
      calls = 0;
      override call(x: nt.Tensor) {
        this.calls++;
        return super.call(x);
      }
    }
    const net = new Counted();
    net.compile({ optimizer: "sgd", loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
    const [x, y] = [nt.randomNormal([16, 10]), nt.tensor(new Int32Array(16))];
    for (let i = 0; i < 5; i++) net.trainOnBatch(x, y);
    expect(net.calls).toBe(1 + 5);
    let seqCalls = 0;
    const counter = layers.activation({ activation: "linear" });
    const plain = counter.call.bind(counter);
    counter.call = (t, args) => (seqCalls++, plain(t, args));
    const seq = sequential([layers.dense({ units: 3, inputShape: [10] }), counter]);
    seq.compile({ optimizer: "sgd", loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
    seq.trainer!.useCompiledStep = false;
    for (let i = 0; i < 5; i++) seq.trainOnBatch(x, y);
    expect(seqCalls).toBe(5);
  });
});

describe("Sequential.add / pop", () => {
  it("works like Keras", () => {
    const m = new Sequential();
    m.add(layers.dense({ units: 2, inputShape: [2] }));
    m.add(layers.dense({ units: 3 }));
    expect(m.pop().className()).toBe("Dense");
    expect(m.layers.length).toBe(1);
  });

  it("builds each layer as it is added when the input shape is declared (weights exist before any call)", () => {
    const m = new Sequential();
    m.add(layers.dense({ units: 4, inputShape: [2] }));
    expect(m.getWeights().map((w) => w.shape)).toEqual([[2, 4], [4]]);
    m.add(layers.dense({ units: 1 }));
    expect(m.getWeights().map((w) => w.shape)).toEqual([[2, 4], [4], [4, 1], [1]]);
    expect(m.countParams()).toBe(17);
    // A layer that does not fit the stack fails on add, and the model is left as it was.
    expect(() => m.add(layers.dense({ units: 3, inputShape: [5] }))).toThrow(/expected input of shape \[batch, 5\], got \[1, 1\]/);
    expect(m.layers.length).toBe(2);
    expect(m.predict(nt.ones([3, 2])).shape).toEqual([3, 1]);
    // Without a declared shape nothing is built until data arrives.
    const lazy = sequential([layers.dense({ units: 4 })]);
    expect(lazy.getWeights()).toEqual([]);
    expect(lazy.predict(nt.ones([2, 6])).shape).toEqual([2, 4]);
    expect(lazy.getWeights().map((w) => w.shape)).toEqual([[6, 4], [4]]);
  });
});
