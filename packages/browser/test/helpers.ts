// Shared by the browser package's suites: a small seeded model and a check that two models agree.
import * as nt from "@neurite/core";
import { layers, sequential, type Model } from "@neurite/layers";
import { expect } from "vitest";

/** A seeded 3 → 4 (tanh) → 2 (softmax) model; glorot init makes every weight non-trivial. */
export function smallModel(seed = 7): Model {
  nt.setSeed(seed);
  const model = sequential([
    layers.dense({ units: 4, activation: "tanh", inputShape: [3] }),
    layers.dense({ units: 2, activation: "softmax" }),
  ]);
  model.build([null, 3]);
  return model;
}

/** Same weights, bit for bit, and the same predictions on a probe batch. */
export function expectSameModel(actual: Model, expected: Model): void {
  expect(actual.weights.map((w) => Array.from(w.data()))).toEqual(expected.weights.map((w) => Array.from(w.data())));
  const [a, e] = nt.tidy(() => {
    const probe = nt.tensor([[0.1, -0.2, 0.3], [1, 2, -3]]);
    return [actual, expected].map((m) => Array.from(m.predict(probe).data()));
  });
  expect(a).toEqual(e);
}
