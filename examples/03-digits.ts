// Digits (MNIST, 28×28) with compile/fit/evaluate, a classification report, ROC AUC,
// and a save/load round trip through file://. Run: node examples/run.mjs 03
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as nt from "neurite";

await nt.ready();
nt.setSeed(42);
const epochs = process.env.CI ? 3 : 15;

const { train, test } = await nt.datasets.digits({ testSplit: 0.2, seed: 42 });
console.log(`train ${train.x.shape}, test ${test.x.shape}`);

const model = nt.sequential([
  nt.layers.dense({ units: 128, activation: "relu", inputShape: [784] }),
  nt.layers.dense({ units: 64, activation: "relu" }),
  nt.layers.dense({ units: 10, activation: "softmax" }),
]);
model.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
model.summary();
const history = await model.fit(train.x, train.y, {
  epochs, batchSize: 64, validationSplit: 0.1, verbose: 2,
  callbacks: [nt.callbacks.earlyStopping({ monitor: "val_loss", patience: 3, restoreBestWeights: true })],
});
console.log(`trained ${history.epoch.length} epochs`);

const [testLoss, testAccuracy] = model.evaluate(test.x, test.y) as number[];
console.log(`test loss ${testLoss!.toFixed(4)}, test accuracy ${testAccuracy!.toFixed(4)}`);

const probs = model.predict(test.x);
const predicted = nt.argmax(probs, 1);
console.log(nt.metrics.classificationReportText(test.y, predicted));
const auc = nt.metrics.rocAucScore(test.y, probs, { multiClass: "ovr" });
console.log(`ROC AUC (one-vs-rest, macro): ${auc.toFixed(4)}`);

// file:// writes the weight shards, then model.json, each through a temp file and a rename.
const dir = await mkdtemp(join(tmpdir(), "neurite-digits-"));
try {
  await model.save(`file://${dir}`);
  const manifest = JSON.parse(await readFile(join(dir, "model.json"), "utf8"));
  console.log(`saved: ${(await readdir(dir)).join(", ")}; sha256 of the first shard ${manifest.weightsManifest[0].sha256[0].slice(0, 12)}…`);
  const loaded = await nt.loadModel(`file://${join(dir, "model.json")}`);
  const again = loaded.predict(test.x);
  const maxDiff = nt.tidy(() => nt.max(nt.abs(nt.sub(again, probs))).item());
  if (maxDiff !== 0) throw new Error(`the reloaded model predicts differently (max difference ${maxDiff})`);
  again.dispose();
  loaded.dispose();
} finally {
  await rm(dir, { recursive: true, force: true });
}

if (!(testAccuracy! > 0.9)) throw new Error(`test accuracy ${testAccuracy} should be above 0.9`);
if (!(auc > 0.98)) throw new Error(`ROC AUC ${auc} should be above 0.98`);
const agree = nt.metrics.accuracyScore(test.y, predicted);
if (Math.abs(agree - testAccuracy!) > 1e-6) throw new Error(`evaluate() says ${testAccuracy}, the predictions say ${agree}`);
nt.dispose([probs, predicted]);
model.dispose();
console.log("ok: accuracy > 0.9, AUC > 0.98, the saved model reloads with identical predictions");
