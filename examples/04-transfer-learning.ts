// Pretraining + fine-tuning: a digit classifier pretrained on 4,000 labelled images lends its
// hidden layers to a new task — odd or even? — learned from just 50 other labelled images.
// The base stays frozen, so only the new head trains. Run: node examples/run.mjs 04
import { transfer } from "@neurite/layers";
import * as nt from "neurite";

await nt.ready();
nt.setSeed(1);
const pretrainEpochs = process.env.CI ? 3 : 10;
const fineTuneEpochs = 30;

const { train, test } = await nt.datasets.digits({ testSplit: 0.2, seed: 0 });
const half = train.x.shape[0]! / 2;

/** Parity labels (1 = odd) for the first `perDigit` images of each digit, as [n, 1] float32. */
function oddOrEven(x: nt.Tensor, y: nt.Tensor, perDigit = Infinity) {
  const digits = y.data();
  const seen = new Map<number, number>();
  const rows: number[] = [];
  digits.forEach((d, i) => {
    if ((seen.get(d) ?? 0) >= perDigit) return;
    seen.set(d, (seen.get(d) ?? 0) + 1);
    rows.push(i);
  });
  return {
    x: nt.tidy(() => nt.gather(x, nt.tensor(Int32Array.from(rows), [rows.length], "int32"))),
    y: nt.tensor(Float32Array.from(rows, (r) => digits[r]! % 2), [rows.length, 1]),
  };
}
const few = nt.tidy(() => oddOrEven(nt.slice(train.x, half, half), nt.slice(train.y, half, half), 5));
const testSet = oddOrEven(test.x, test.y);

const hidden = () => [
  nt.layers.dense({ units: 128, activation: "relu", inputShape: [784] }),
  nt.layers.dense({ units: 64, activation: "relu" }),
];
const parityHead = () => nt.layers.dense({ units: 1, activation: "sigmoid" });
const adam = () => nt.optimizers.adam({ learningRate: 1e-2 });
const accuracy = (m: nt.Sequential) => (m.evaluate(testSet.x, testSet.y) as number[])[1]!;

// 1. Pretrain a 10-class digit classifier on the first half of the training images.
const base = nt.sequential([...hidden(), nt.layers.dense({ units: 10, activation: "softmax" })]);
base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy" });
await base.fit(nt.slice(train.x, 0, half), nt.slice(train.y, 0, half), { epochs: pretrainEpochs, batchSize: 64, verbose: 0 });

// 2. Drop its 10-way softmax, put the parity head on top, and freeze the base (fineTune's default,
//    Keras's `base.trainable = false`). By hand: sequential([...base.layers.slice(0, -1), parityHead()])
//    with `layer.trainable = false` on the reused layers, before compile().
const ft = transfer.fineTune(base, { head: parityHead(), dropTop: 1, optimizer: adam });
const baseBefore = ft.baseLayers.flatMap((l) => l.getWeights().map((w) => w.data()));
ft.model.compile({ optimizer: ft.optimizer, loss: "binaryCrossentropy", metrics: ["accuracy"] });
await ft.model.fit(few.x, few.y, { epochs: fineTuneEpochs, batchSize: 16, verbose: 0, callbacks: ft.callbacks });
const fineTuned = accuracy(ft.model);

// 3. The same network, data and budget from random weights, for comparison.
const scratch = nt.sequential([...hidden(), parityHead()]);
scratch.compile({ optimizer: adam(), loss: "binaryCrossentropy", metrics: ["accuracy"] });
await scratch.fit(few.x, few.y, { epochs: fineTuneEpochs, batchSize: 16, verbose: 0 });
const fromScratch = accuracy(scratch);

console.log(`odd/even test accuracy with ${few.x.shape[0]} labels: fine-tuned ${fineTuned.toFixed(3)}, from scratch ${fromScratch.toFixed(3)}`);

const baseAfter = ft.baseLayers.flatMap((l) => l.getWeights().map((w) => w.data()));
if (!baseBefore.every((w, i) => w.every((v, j) => v === baseAfter[i]![j]))) throw new Error("the frozen base changed during fine-tuning");
if (ft.model.trainableWeights.length !== 2) throw new Error(`only the head (kernel, bias) should train, got ${ft.model.trainableWeights.length} weights`);
if (!(fineTuned > 0.8)) throw new Error(`fine-tuned accuracy ${fineTuned} should be above 0.8`);
if (!(fineTuned > fromScratch)) throw new Error(`fine-tuning (${fineTuned}) should beat training from scratch (${fromScratch})`);
console.log("ok: the base stayed frozen, and the pretrained features beat random ones");
