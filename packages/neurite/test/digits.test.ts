// Issue 4's bar: the real MNIST digits, MLP 784-128-64-10, Adam 1e-3, batch 64, 20 epochs → test accuracy ≥ 0.94.
import { expect, it } from "vitest";
import * as nt from "../src/index.js";

it("digits MLP reaches ≥ 0.94 test accuracy on the seeded 80/20 split", async () => {
  await nt.ready();
  nt.setSeed(1);
  const { train, test } = await nt.datasets.digits({ testSplit: 0.2, seed: 0 });
  expect(train.x.shape).toEqual([8000, 784]);
  expect(test.x.shape).toEqual([2000, 784]);
  const model = nt.sequential([
    nt.layers.dense({ units: 128, activation: "relu", inputShape: [784] }),
    nt.layers.dense({ units: 64, activation: "relu" }),
    nt.layers.dense({ units: 10, activation: "softmax" }),
  ]);
  model.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  await model.fit(train.x, train.y, { epochs: 20, batchSize: 64, verbose: 0 });
  const [, accuracy] = model.evaluate(test.x, test.y) as number[];
  expect(accuracy).toBeGreaterThanOrEqual(0.94);
}, 120_000);
