// Diagnostics: dead ReLU units after a too-high learning rate, over- and underfitting read from
// fit() histories, and how much the random seed alone moves a model. Run: node examples/run.mjs 07
import * as nt from "neurite";

await nt.ready();
const ci = Boolean(process.env.CI);
const { train, test } = await nt.datasets.digits({ testSplit: 0.2, seed: 0 });

function mlp(units: [number, number], learningRate: number): nt.Sequential {
  const model = nt.sequential([
    nt.layers.dense({ units: units[0], activation: "relu", inputShape: [784] }),
    nt.layers.dense({ units: units[1], activation: "relu" }),
    nt.layers.dense({ units: 10, activation: "softmax" }),
  ]);
  model.compile({ optimizer: nt.optimizers.adam({ learningRate }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  return model;
}

// 1. Dead units: a unit whose pre-activation is ≤ 0 on every test image never fires and gets no gradient.
const deadFraction: Record<string, number> = {};
for (const learningRate of [1e-3, 0.1]) {
  nt.setSeed(0);
  const model = mlp([128, 64], learningRate);
  await model.fit(train.x, train.y, { epochs: 2, batchSize: 64, verbose: 0 });
  const report = nt.diagnose.deadUnits(model, test.x);
  console.log(`learning rate ${learningRate}: ${report.map((r) => `${r.layer} ${r.deadIndices.length}/${r.units} dead`).join(", ")}`);
  deadFraction[learningRate] = report[0]!.deadFraction;
  model.dispose();
}

// 2. Fit diagnosis from the loss curves: a big model on 100 images overfits; a tiny one at 1e-5 underfits.
nt.setSeed(0);
const big = mlp([256, 128], 1e-3);
const few = [nt.slice(train.x, 0, 100), nt.slice(train.y, 0, 100)] as const;
const overHistory = await big.fit(few[0], few[1], { epochs: 20, batchSize: 32, verbose: 0, validationData: [test.x, test.y] });
const over = nt.diagnose.fitDiagnosis(overHistory);
console.log(`100 images, 20 epochs: ${over.verdict} — ${over.message}`);

nt.setSeed(0);
const tiny = mlp([8, 8], 1e-5);
const under = nt.diagnose.fitDiagnosis(await tiny.fit(train.x, train.y, { epochs: 5, batchSize: 64, verbose: 0, validationSplit: 0.2 }));
console.log(`8-8 units at 1e-5: ${under.verdict} — ${under.message}`);

// 3. Seed stability on iris: one training run per seed; seed 0 twice shows runs are reproducible.
const iris = nt.datasets.iris({ testSplit: 0.3, seed: 0 });
const seeds = ci ? [0, 0, 1, 2] : [0, 0, 1, 2, 3, 4, 5, 6];
const stability = await nt.diagnose.seedStability(
  () => {
    const m = nt.sequential([
      nt.layers.dense({ units: 8, activation: "relu", inputShape: [4] }),
      nt.layers.dense({ units: 3, activation: "softmax" }),
    ]);
    m.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.02 }), loss: "sparseCategoricalCrossentropy" });
    return m;
  },
  iris.train.x, iris.train.y, { seeds, fit: { epochs: 50, batchSize: 16 }, testData: [iris.test.x, iris.test.y] },
);
const acc = stability.scores.accuracy!;
console.log(`iris test accuracy by seed ${seeds.join(",")}: ${acc.map((a) => a.toFixed(3)).join(" ")}`);
console.log(`  mean ${stability.mean.accuracy!.toFixed(3)} ± ${stability.std.accuracy!.toFixed(3)}; seeds disagree on ${(100 * stability.disagreementRate!).toFixed(1)}% of flowers`);

if (!(deadFraction[0.1]! > 0.5)) throw new Error(`at learning rate 0.1 most first-layer units should die, got ${deadFraction[0.1]}`);
if (!(deadFraction[0.001]! < 0.1)) throw new Error(`at 1e-3 few units should die, got ${deadFraction[0.001]}`);
if (over.verdict !== "overfitting") throw new Error(`expected overfitting, got ${over.verdict}`);
if (under.verdict !== "underfitting") throw new Error(`expected underfitting, got ${under.verdict}`);
if (acc[0] !== acc[1]) throw new Error(`the same seed gave different scores: ${acc[0]} and ${acc[1]}`);
if (!(stability.mean.accuracy! > 0.8)) throw new Error(`mean accuracy across seeds ${stability.mean.accuracy} should be above 0.8`);
console.log("ok: dead units, both fit regimes and seed reproducibility detected");
