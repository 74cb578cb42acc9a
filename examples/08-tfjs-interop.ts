// Loading a model made by TensorFlow.js (tfjs-layers 4.22, saved with model.save("file://…"))
// and fine-tuning it. The same files come from Keras through tensorflowjs_converter
// (--input_format keras --output_format tfjs_layers_model). Run: node examples/run.mjs 08
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as nt from "neurite";

await nt.ready();
nt.setSeed(0);
const fixture = fileURLToPath(new URL("../packages/layers/test/fixtures/tfjs-dense/", import.meta.url));

// model.json + weights.bin, as TF.js wrote them: Dense(8, relu) → Dense(3, softmax) on 4 inputs,
// with its training config (Adam 0.01, categorical cross-entropy, accuracy) and optimizer state.
const model = await nt.loadModel(`file://${join(fixture, "model.json")}`);
model.summary();
console.log(`compiled from the file: ${model.trainer!.optimizer.className}(lr ${model.trainer!.optimizer.learningRate}), ${model.trainer!.loss.name}`);

// TF.js's own predictions for six inputs, saved with the model.
const io = JSON.parse(await readFile(join(fixture, "io.json"), "utf8")) as { inputs: number[][]; predictions: number[][] };
const ours = nt.tidy(() => model.predict(nt.tensor(io.inputs)).array()) as number[][];
const maxDiff = Math.max(...ours.flatMap((row, i) => row.map((p, j) => Math.abs(p - io.predictions[i]![j]!))));
console.log(`largest difference from TF.js's predictions: ${maxDiff.toExponential(2)}`);

// Fine-tune on iris (4 features, 3 classes), standardized with statistics of the training rows.
const iris = nt.datasets.iris({ testSplit: 0.3, seed: 0 });
const scaler = nt.data.standardScaler().fit(iris.train.x);
const [xTrain, xTest] = [scaler.transform(iris.train.x), scaler.transform(iris.test.x)];
const [yTrain, yTest] = [nt.oneHot(iris.train.y, 3), nt.oneHot(iris.test.y, 3)];
const before = (model.evaluate(xTest, yTest) as number[])[1]!;
await model.fit(xTrain, yTrain, { epochs: 60, batchSize: 16, verbose: 0 });
const after = (model.evaluate(xTest, yTest) as number[])[1]!;
console.log(`iris test accuracy: ${before.toFixed(3)} as loaded → ${after.toFixed(3)} fine-tuned`);

// Saved back in the same format (TF.js's loadLayersModel reads it), now with a sha256 per shard.
const dir = await mkdtemp(join(tmpdir(), "neurite-tfjs-"));
try {
  await model.save(`file://${dir}`);
  const saved = JSON.parse(await readFile(join(dir, "model.json"), "utf8"));
  const reloaded = await nt.loadModel(`file://${join(dir, "model.json")}`);
  const same = (reloaded.evaluate(xTest, yTest) as number[])[1]!;
  console.log(`saved as ${saved.format}, shards ${saved.weightsManifest[0].paths.join(", ")}, sha256 ${String(saved.weightsManifest[0].sha256[0]).slice(0, 12)}…`);
  if (saved.format !== "layers-model" || saved.weightsManifest[0].sha256.length !== 1) throw new Error("the saved model.json is not a checksummed layers-model");
  if (same !== after) throw new Error(`the reloaded model scores ${same}, the saved one ${after}`);
  reloaded.dispose();
} finally {
  await rm(dir, { recursive: true, force: true });
}

if (!(maxDiff < 1e-5)) throw new Error(`predictions differ from TF.js's by ${maxDiff}`);
if (!(after > 0.9 && after > before)) throw new Error(`fine-tuning should lift test accuracy above 0.9 (was ${before}, now ${after})`);
console.log("ok: TF.js's predictions reproduced, the model fine-tuned, saved and reloaded");
