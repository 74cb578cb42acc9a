import { afterAll, describe, expect, it } from "vitest";
import * as nt from "@neurite/core";
import { layers, regularizers, sequential, type CompileArgs, type FitArgs } from "../src/index.js";
import { BACKENDS, expectHistoryClose, maxRelError, toyData, train } from "./compiled-helpers.js";

// The eager step is the reference. Unfused, the plan calls the same kernels
// with the same arguments in the same order, so weights match bit for bit
// (on js, to JS_RTOL: the reference activation kernels use leakyRelu's alpha
// unrounded where the plan, like wasm, passes it as an f32). Fused
// (softmax/sigmoid folded into the cross-entropy, as Keras does) the gradient
// at the logits is p − y in one rounding instead of two kernels' worth:
// weights then agree to FUSED_RTOL (elementwise, relative to |w| + 1e-3)
// after 49 steps. Losses include the L1/L2 penalty, which the plan sums in
// f64 and the eager step in f32 ops: history agrees to 1e-7.
const FUSED_RTOL = 2e-5;
const JS_RTOL = 1e-6;

interface Case {
  name: string;
  build: () => ReturnType<typeof sequential>;
  compile: () => CompileArgs;
  data: (d: ReturnType<typeof toyData>) => [nt.Tensor, nt.Tensor];
  fit: FitArgs;
}

// 50 rows in batches of 8: six full batches and a tail of 2, seven steps an epoch, 49 steps in all.
const FIT: FitArgs = { epochs: 7, batchSize: 8 };

const CASES: Case[] = [
  {
    name: "adam, relu/dropout/tanh/softmax, L2, sparse labels, accuracy",
    build: () => sequential([
      layers.dense({ units: 16, activation: "relu", inputShape: [6], kernelRegularizer: regularizers.l2(1e-3) }),
      layers.dropout({ rate: 0.3 }),
      layers.dense({ units: 8, activation: "tanh" }),
      layers.dense({ units: 3, activation: "softmax" }),
    ]),
    compile: () => ({ optimizer: nt.optimizers.adam({ learningRate: 0.01 }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] }),
    data: (d) => [d.x, d.ids],
    fit: FIT,
  },
  {
    name: "nesterov momentum, softmax layer, L1 + class weights, one-hot labels",
    build: () => sequential([
      layers.inputLayer({ shape: [6] }),
      layers.dense({ units: 12, activation: "tanh", biasRegularizer: regularizers.l1(1e-3) }),
      layers.dropout({ rate: 0.2, seed: 5 }),
      layers.dense({ units: 3 }),
      layers.activation({ activation: "softmax" }),
    ]),
    compile: () => ({ optimizer: nt.optimizers.sgd({ learningRate: 0.1, momentum: 0.9, nesterov: true }), loss: "categoricalCrossentropy", metrics: ["categoricalAccuracy"] }),
    data: (d) => [d.x, d.oneHot],
    fit: { ...FIT, classWeight: { 0: 1, 1: 2, 2: 0.5 } },
  },
  {
    name: "sgd, sigmoid + binary cross-entropy, clipValue, accuracy/precision/recall",
    build: () => sequential([layers.dense({ units: 8, activation: "tanh", inputShape: [6] }), layers.dense({ units: 1, activation: "sigmoid" })]),
    compile: () => ({ optimizer: nt.optimizers.sgd({ learningRate: 0.5, clipValue: 0.05 }), loss: "binaryCrossentropy", metrics: ["accuracy", "precision", "recall"] }),
    data: (d) => [d.x, d.binary],
    fit: FIT,
  },
  {
    name: "centered rmsprop with momentum, mse, mae/mse metrics",
    build: () => sequential([layers.dense({ units: 10, activation: "elu", inputShape: [6] }), layers.dense({ units: 3 })]),
    compile: () => ({ optimizer: nt.optimizers.rmsprop({ learningRate: 0.01, momentum: 0.5, centered: true }), loss: "mse", metrics: ["mae", "mse"] }),
    data: (d) => [d.x, d.oneHot],
    fit: FIT,
  },
  {
    name: "adamw, huber, swish/softplus, no shuffle",
    build: () => sequential([layers.dense({ units: 10, activation: "swish", inputShape: [6] }), layers.dense({ units: 3, activation: "softplus" })]),
    compile: () => ({ optimizer: nt.optimizers.adamw({ learningRate: 0.01 }), loss: "huber" }),
    data: (d) => [d.x, d.oneHot],
    fit: { ...FIT, shuffle: false },
  },
  {
    name: "adagrad, mae, leakyRelu",
    build: () => sequential([layers.dense({ units: 10, activation: "leakyRelu", inputShape: [6] }), layers.dense({ units: 3, activation: "sigmoid" })]),
    compile: () => ({ optimizer: nt.optimizers.adagrad({ learningRate: 0.05 }), loss: "mae" }),
    data: (d) => [d.x, d.oneHot],
    fit: FIT,
  },
];

const previous = nt.backendName();
afterAll(() => nt.setBackend(previous));

/** The case on `backend`, trained eagerly and with the plan in `mode`, from the same seeds and data. */
async function eagerAndPlan(c: Case, backend: (typeof BACKENDS)[number], mode: "unfused" | "compiled") {
  await nt.setBackend(backend);
  const [x, y] = c.data(toyData(50, 6, 3, 1));
  const eager = await train(c.build, c.compile, x, y, c.fit, "eager");
  const plan = await train(c.build, c.compile, x, y, c.fit, mode);
  return { eager, plan };
}

describe.each(BACKENDS)("compiled step on %s", (backend) => {
  it.each(CASES)("$name: unfused plan = eager, bit for bit", async (c) => {
    const { eager, plan } = await eagerAndPlan(c, backend, "unfused");
    expect(plan.runner).toBe("compiled");
    expect(eager.runner).toBe("eager");
    expect(plan.iterations).toBe(49);
    expect(eager.iterations).toBe(49);
    if (backend === "js") expect(maxRelError(plan.weights, eager.weights)).toBeLessThan(JS_RTOL);
    else expect(plan.weights).toEqual(eager.weights);
    expectHistoryClose(plan.history, eager.history, 1e-7);
  });

  it.each(CASES)("$name: fused plan ≈ eager", async (c) => {
    const { eager, plan } = await eagerAndPlan(c, backend, "compiled");
    expect(plan.runner, plan.reason).toBe("compiled");
    expect(maxRelError(plan.weights, eager.weights)).toBeLessThan(FUSED_RTOL);
    expectHistoryClose(plan.history, eager.history, FUSED_RTOL);
  });
});
