// The seed's custom training loop (DESIGN.md §3), as written there, on a toy problem.
import { expect, it } from "vitest";
import * as nt from "../src/index.js";
import { eachBackend } from "./helpers.js";

/** A subclass-free two-layer net: weights as variables, apply() as ops. */
function twoLayerNet(inputs: number, hidden: number, classes: number) {
  const init = nt.initializers.glorotUniform();
  const w1 = nt.variable(init.apply([inputs, hidden]), { name: "w1" });
  const b1 = nt.variable(nt.zeros([hidden]), { name: "b1" });
  const w2 = nt.variable(init.apply([hidden, classes]), { name: "w2" });
  const b2 = nt.variable(nt.zeros([classes]), { name: "b2" });
  return {
    trainableVariables: [w1, b1, w2, b2],
    apply: (x: nt.Tensor) => nt.softmax(nt.add(nt.matMul(nt.relu(nt.add(nt.matMul(x, w1), b1)), w2), b2)),
  };
}

eachBackend("the seed's custom training loop", () => {
  it("trains a two-layer net with GradientTape + Adam until the loss is below 0.1", () => {
    nt.setSeed(7);
    // Three Gaussian blobs in 2-D, one-hot labels.
    const n = 150;
    const centers = [[0, 2], [-2, -1], [2, -1]];
    const noise = nt.randomNormal([n, 2], 0, 0.4).data();
    const xs: number[][] = [];
    const ys: number[][] = [];
    for (let i = 0; i < n; i++) {
      const c = i % 3;
      xs.push([centers[c]![0]! + noise[2 * i]!, centers[c]![1]! + noise[2 * i + 1]!]);
      ys.push([0, 1, 2].map((k) => (k === c ? 1 : 0)));
    }
    const x = nt.tensor(xs);
    const y = nt.tensor(ys);
    const net = twoLayerNet(2, 16, 3);
    const optimizer = nt.optimizers.adam({ learningRate: 0.05 });
    let last = Infinity;
    for (let epoch = 0; epoch < 100; epoch++) {
      last = nt.tidy(() => {
        const tape = new nt.GradientTape();
        const loss = tape.run(() => nt.losses.categoricalCrossentropy(y, net.apply(x)));
        const grads = tape.gradient(loss, net.trainableVariables);
        optimizer.applyGradients(grads, net.trainableVariables);
        return loss.item();
      });
    }
    expect(last).toBeLessThan(0.1);
  });
});
