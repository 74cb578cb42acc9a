#!/usr/bin/env node
// Trains the digits MLP with DP-SGD at a target ε (δ = 1e-5) and, for
// comparison, without privacy; prints accuracy, ε and the time per epoch.
// Build first (npx tsc -p packages/privacy/tsconfig.json), then:
//   node packages/privacy/scripts/digits-dp.mjs [--epsilon 3] [--epochs 15] [--batch 512]
//        [--clip 1] [--lr 0.2] [--hidden 128,64] [--seed N] [--no-baseline]
// Batches are Poisson-sampled (each example joins a step with probability
// batch/N), so the printed ε is the accountant's proven bound. Without --seed
// the noise and the sampling come from the CSPRNG.
import * as nt from "@neurite/core";
import { layers, sequential } from "@neurite/layers";
import { digits } from "@neurite/data";
import { computeEpsilon, dpOptimizer, noiseMultiplierFor, poissonSample, PrivacyRandom } from "../dist/index.js";

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}
const targetEpsilon = Number(option("epsilon", 3));
const delta = 1e-5;
const epochs = Number(option("epochs", 15));
const batchSize = Number(option("batch", 512));
const clip = Number(option("clip", 1));
const lr = Number(option("lr", 0.2));
const hidden = option("hidden", "128,64").split(",").map(Number);
const seedArg = option("seed", undefined);
const seed = seedArg === undefined ? undefined : Number(seedArg);
const baseline = !process.argv.includes("--no-baseline");

await nt.ready();
nt.setSeed(seed ?? 1);
const data = await digits({ testSplit: 0.2, seed: 0 });
const toTensors = (part) => [nt.tensor(part.x.data, part.x.shape), nt.tensor(part.y.data, part.y.shape, "int32")];
const [xTrain, yTrain] = toTensors(data.train);
const [xTest, yTest] = toTensors(data.test);
const n = xTrain.shape[0];

function buildModel() {
  const model = sequential([
    ...hidden.map((units, i) => layers.dense({ units, activation: "relu", ...(i === 0 ? { inputShape: [784] } : {}) })),
    layers.dense({ units: 10, activation: "softmax" }),
  ]);
  model.ensureBuilt();
  return model;
}
const accuracy = (model) => model.evaluate(xTest, yTest, { batchSize: 2000 })[1];

const steps = Math.round((epochs * n) / batchSize);
const noiseMultiplier = noiseMultiplierFor({ targetEpsilon, delta, steps, batchSize, datasetSize: n });
const random = new PrivacyRandom(seed);
const model = buildModel();
const dp = dpOptimizer(nt.optimizers.sgd({ learningRate: lr, momentum: 0.9 }), {
  l2NormClip: clip, noiseMultiplier, expectedBatchSize: batchSize, seed,
});
model.compile({ optimizer: dp, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
console.log(`digits: ${n} train / ${xTest.shape[0]} test, MLP 784-${hidden.join("-")}-10, ${model.countParams()} params`);
console.log(`DP-SGD: q = ${batchSize}/${n}, ${steps} steps, clip ${clip}, noise multiplier ${noiseMultiplier.toFixed(4)}, lr ${lr} (momentum 0.9), ${random.secure ? "CSPRNG" : `seed ${seed}`}`);
const stepsPerEpoch = Math.round(n / batchSize);
let trainMs = 0;
for (let s = 0; s < steps; s++) {
  const t0 = performance.now();
  const rows = poissonSample(n, batchSize / n, random);
  // An empty Poisson batch (probability e^-512 here) would be a noise-only step; skipping it changes nothing measurable.
  if (rows.length === 0) continue;
  nt.tidy(() => {
    const idx = nt.tensor(rows, [rows.length], "int32");
    model.trainOnBatch(nt.gather(xTrain, idx), nt.gather(yTrain, idx));
  });
  trainMs += performance.now() - t0;
  if ((s + 1) % stepsPerEpoch === 0 || s === steps - 1) {
    const eps = computeEpsilon({ steps: dp.iterations, batchSize, datasetSize: n, noiseMultiplier, delta });
    console.log(`  step ${s + 1}/${steps}  test accuracy ${accuracy(model).toFixed(4)}  ε ${eps.toFixed(3)}`);
  }
}
const result = {
  private: {
    accuracy: accuracy(model), epsilon: computeEpsilon({ steps: dp.iterations, batchSize, datasetSize: n, noiseMultiplier, delta }),
    delta, noiseMultiplier, clip, steps: dp.iterations, secondsPerEpoch: trainMs / 1000 / epochs,
  },
};

/** Seconds per epoch of fit() (fixed shuffled batches) with this optimizer: the cost of privacy, like for like. */
async function fitSeconds(optimizer, compiledStep = true) {
  nt.setSeed(seed ?? 1);
  const m = buildModel();
  m.compile({ optimizer, loss: "sparseCategoricalCrossentropy" });
  m.trainer.useCompiledStep = compiledStep;
  const t0 = performance.now();
  await m.fit(xTrain, yTrain, { epochs: 2, batchSize, verbose: 0 });
  m.dispose();
  return (performance.now() - t0) / 1000 / 2;
}
result.fitSecondsPerEpoch = {
  private: await fitSeconds(dpOptimizer(nt.optimizers.sgd({ learningRate: lr }), { l2NormClip: clip, noiseMultiplier, seed })),
  nonPrivateEager: await fitSeconds(nt.optimizers.sgd({ learningRate: lr }), false),
  nonPrivateCompiled: await fitSeconds(nt.optimizers.sgd({ learningRate: lr })),
};

if (baseline) {
  nt.setSeed(seed ?? 1);
  const plain = buildModel();
  plain.compile({ optimizer: nt.optimizers.sgd({ learningRate: 0.05, momentum: 0.9 }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  const t0 = performance.now();
  await plain.fit(xTrain, yTrain, { epochs, batchSize, verbose: 0 });
  result.nonPrivate = { accuracy: accuracy(plain), secondsPerEpoch: (performance.now() - t0) / 1000 / epochs };
}
console.log(JSON.stringify(result, null, 2));
