#!/usr/bin/env node
// What freezing saves: time per epoch of the digits MLP (784-256-128-10,
// Adam, batch 64, 8000 images) with 0, 1 or 2 of its hidden layers frozen,
// for the compiled training step (frozen layers get no weight gradients, no
// updates, and no backward pass below the lowest trainable layer) and for the
// eager step. Prints the fastest of --reps epochs per setting.
// Build first (npx tsc -b packages/layers packages/data), then:
//   node examples/frozen-speedup.mjs [--reps 5]
import * as nt from "@neurite/core";
import { layers, sequential } from "@neurite/layers";
import { datasets } from "@neurite/data/tensors";

const i = process.argv.indexOf("--reps");
const reps = i < 0 ? 5 : Number(process.argv[i + 1]);
await nt.ready();
const { train } = await datasets.digits({ testSplit: 0.2, seed: 0 });

async function epochMs(frozen, compiled) {
  nt.setSeed(1);
  const m = sequential([
    layers.dense({ units: 256, activation: "relu", inputShape: [784] }),
    layers.dense({ units: 128, activation: "relu" }),
    layers.dense({ units: 10, activation: "softmax" }),
  ]);
  m.compile({ optimizer: "adam", loss: "sparseCategoricalCrossentropy" });
  m.trainer.useCompiledStep = compiled;
  for (const l of m.layers.slice(0, frozen)) l.trainable = false;
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    await m.fit(train.x, train.y, { epochs: 1, batchSize: 64, verbose: 0 });
    best = Math.min(best, performance.now() - t0);
  }
  return { best, runner: m.trainer.lastRunner };
}

console.log(`backend ${nt.backendName()} (${nt.backendFlavour()}), fastest of ${reps} epochs`);
for (const compiled of [true, false]) {
  const times = [];
  for (const frozen of [0, 1, 2]) {
    const { best, runner } = await epochMs(frozen, compiled);
    times.push(best);
    console.log(`  ${runner.padEnd(8)} ${frozen} frozen: ${best.toFixed(0).padStart(5)} ms/epoch  (${(times[0] / best).toFixed(2)}× the unfrozen speed)`);
  }
}
