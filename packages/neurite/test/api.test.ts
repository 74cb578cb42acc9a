// DESIGN.md §3's public API, written the way a user writes it.
import { describe, expect, it } from "vitest";
import * as nt from "../src/index.js";

describe("the public API contract", () => {
  it("ready, seed, tensors and the Sequential flow", async () => {
    await nt.ready();
    expect(["wasm", "wasm-simd", "wasm-scalar", "js"]).toContain(nt.backendName());
    nt.setSeed(42);
    const x = nt.tensor([[1, 2], [3, 4]]);
    expect(x.shape).toEqual([2, 2]);
    expect(await x.array()).toEqual([[1, 2], [3, 4]]);
    const model = nt.sequential([
      nt.layers.dense({ units: 64, activation: "relu", inputShape: [10] }),
      nt.layers.dense({ units: 10, activation: "softmax" }),
    ]);
    model.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "categoricalCrossentropy", metrics: ["accuracy"] });
    const xs = nt.randomNormal([64, 10]);
    const ys = nt.oneHot(nt.argmax(nt.randomNormal([64, 10])), 10);
    const history = await model.fit(xs, ys, { epochs: 2, batchSize: 32, validationSplit: 0.2, callbacks: [nt.callbacks.earlyStopping()], verbose: 0 });
    expect(history.history.val_loss).toHaveLength(2);
    expect(model.evaluate(xs, ys)).toHaveLength(2);
    expect(model.predict(xs).shape).toEqual([64, 10]);
  });

  it("subclassing and the custom GradientTape loop", () => {
    class SimpleNet extends nt.Model {
      d1 = nt.layers.dense({ units: 64, activation: "relu" });
      d2 = nt.layers.dense({ units: 10, activation: "softmax" });
      override call(x: nt.Tensor) {
        return this.d2.apply(this.d1.apply(x));
      }
    }
    const net = new SimpleNet();
    const x = nt.randomNormal([16, 10]);
    const y = nt.oneHot(nt.argmax(nt.randomNormal([16, 10])), 10);
    const optimizer = nt.optimizers.adam();
    net.apply(x);
    const tape = new nt.GradientTape();
    const loss = tape.run(() => nt.losses.categoricalCrossentropy(y, net.apply(x)));
    const grads = tape.gradient(loss, net.trainableVariables);
    optimizer.applyGradients(grads, net.trainableVariables);
    expect(grads.map((g) => g.shape)).toEqual([[10, 64], [64], [64, 10], [10]]);
  });

  it("metrics take arrays or tensors and return plain numbers", () => {
    expect(nt.metrics.rocAucScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75);
    expect(nt.metrics.f1Score(nt.tensor(new Int32Array([0, 1, 2, 0])), [0, 2, 1, 0], { average: "macro" })).toBeCloseTo(1 / 3);
  });
});
