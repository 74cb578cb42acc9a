// Issue 7's pretraining → fine-tuning story at a test-sized budget (the full
// run, 5 seeds and larger models, is examples/transfer-digits.mjs): fine-tuning
// on 50 images per class of digits 5–9, both pretrainings beat training from
// scratch with the same seed, optimizer and budget.
import * as nt from "@neurite/core";
import { datasets } from "@neurite/data/tensors";
import { beforeAll, expect, it } from "vitest";
import { layers, sequential, transfer, type Sequential } from "../../src/index.js";
import type { FineTuneSetup } from "../../src/transfer/index.js";

type Split = { x: nt.Tensor; y: nt.Tensor };
let all: Split, pre: Split, few: Split, target: Split;

/** Rows with labels in [lo, hi), shifted to start at 0; the first `cap` of each class when given. */
function subset(d: Split, lo: number, hi: number, cap = Infinity): Split {
  const y = d.y.data();
  const counts = new Map<number, number>();
  const rows: number[] = [];
  y.forEach((c, i) => {
    if (c < lo || c >= hi || (counts.get(c) ?? 0) >= cap) return;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    rows.push(i);
  });
  return nt.tidy(() => ({
    x: nt.keep(nt.gather(d.x, nt.tensor(Int32Array.from(rows), [rows.length], "int32"))),
    y: nt.keep(nt.tensor(Int32Array.from(rows, (r) => y[r]! - lo), [rows.length], "int32")),
  }));
}

beforeAll(async () => {
  await nt.ready();
  const { train, test } = await datasets.digits({ testSplit: 0.2, seed: 0 });
  [all, pre, few, target] = [train, subset(train, 0, 5), subset(train, 5, 10, 50), subset(test, 5, 10)];
}, 30_000);

const SEED = 3;
const hidden = [128, 64];
const body = () => hidden.map((units, i) => layers.dense({ units, activation: "tanh", ...(i === 0 && { inputShape: [784] }) }));
const head = () => layers.dense({ units: 5, activation: "softmax" });
const learningRates = { head: 1e-2, base: 1e-3 };

async function accuracy(setup: FineTuneSetup): Promise<number> {
  setup.model.compile({ optimizer: setup.optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  await setup.model.fit(few.x, few.y, { epochs: 30, batchSize: 32, verbose: 0, callbacks: setup.callbacks });
  return (setup.model.evaluate(target.x, target.y) as number[])[1]!;
}

it("autoencoder and supervised (0–4) pretraining both beat scratch on 250 labelled images of 5–9", async () => {
  expect([few.x.shape[0], target.x.shape[0]]).toEqual([250, 975]);
  nt.setSeed(SEED);
  const scratch = await accuracy(transfer.fineTune(sequential(body()), { head: head(), freezeUpTo: 0, learningRates }));

  nt.setSeed(SEED);
  const ae = transfer.autoencoder({ inputDim: 784, layers: hidden, activation: "tanh", denoising: { noise: "mask", rate: 0.3 } });
  await ae.pretrain(all.x, { epochs: 5, batchSize: 64 });
  nt.setSeed(SEED);
  const fromAutoencoder = await accuracy(transfer.fineTune(ae.encoder, { head: head(), freezeUpTo: 0, learningRates }));

  nt.setSeed(SEED);
  const base: Sequential = sequential([...body(), head()]);
  base.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "sparseCategoricalCrossentropy" });
  await base.fit(pre.x, pre.y, { epochs: 5, batchSize: 64, verbose: 0 });
  nt.setSeed(SEED);
  const unfreezeSchedule = [{ epoch: 5, unfreeze: 1 }, { epoch: 10, unfreeze: "all" as const }];
  const fromClassifier = await accuracy(transfer.fineTune(base, { head: head(), dropTop: 1, unfreezeSchedule, learningRates }));

  expect(scratch).toBeGreaterThan(0.85);
  expect(fromAutoencoder).toBeGreaterThan(scratch + 0.01);
  expect(fromClassifier).toBeGreaterThan(scratch + 0.005);
}, 60_000);
