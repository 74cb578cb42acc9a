// The contestants of `train`: the same models and data in Neurite (compiled
// and eager step), TF.js layers on the wasm backend, and the plain-JS loop.
import * as nt from "@neurite/core";
import { layers, sequential, type Sequential } from "@neurite/layers";
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { mulberry, PlainTinyNet } from "./train-plain.js";

export interface Contestant {
  name: string;
  /** One timed call; returns the units it did (samples or steps). */
  run: () => Promise<number> | number;
}

const ROWS = 10_000, PIXELS = 784, CLASSES = 10;

function mlpData() {
  const r = mulberry(1);
  const x = Float32Array.from({ length: ROWS * PIXELS }, r);
  const y = new Float32Array(ROWS * CLASSES);
  for (let i = 0; i < ROWS; i++) y[i * CLASSES + Math.floor(r() * CLASSES)] = 1;
  return { x, y };
}

function neuriteMlp(compiled: boolean, frozen = 0): Sequential {
  nt.setSeed(1);
  const m = sequential([
    layers.dense({ units: 128, activation: "relu", inputShape: [PIXELS] }),
    layers.dense({ units: 64, activation: "relu" }),
    layers.dense({ units: CLASSES, activation: "softmax" }),
  ]);
  m.layers.slice(0, frozen).forEach((l) => (l.trainable = false));
  m.compile({ optimizer: nt.optimizers.adam({ learningRate: 1e-3 }), loss: "categoricalCrossentropy" });
  m.trainer!.useCompiledStep = compiled;
  return m;
}

function tfjsMlp(): tfl.Sequential {
  const m = tfl.sequential({
    layers: [
      tfl.layers.dense({ units: 128, activation: "relu", inputShape: [PIXELS] }),
      tfl.layers.dense({ units: 64, activation: "relu" }),
      tfl.layers.dense({ units: CLASSES, activation: "softmax" }),
    ],
  });
  m.compile({ optimizer: tf.train.adam(1e-3), loss: "categoricalCrossentropy" });
  return m;
}

/** Fails loudly if a Neurite fit did not take the path its contestant is named after. */
function expectRunner(m: Sequential, want: "compiled" | "eager"): void {
  if (m.trainer!.lastRunner !== want) throw new Error(`expected the ${want} step, got ${m.trainer!.lastRunner}: ${m.trainer!.lastRunnerReason}`);
}

export async function mlpCase() {
  const d = mlpData();
  const x = nt.tensor(d.x, [ROWS, PIXELS]), y = nt.tensor(d.y, [ROWS, CLASSES]);
  const xs = tf.tensor2d(d.x, [ROWS, PIXELS]), ys = tf.tensor2d(d.y, [ROWS, CLASSES]);
  const [fast, slow, head, theirs] = [neuriteMlp(true), neuriteMlp(false), neuriteMlp(true, 2), tfjsMlp()];
  const fit = async (m: Sequential, want: "compiled" | "eager") => {
    await m.fit(x, y, { epochs: 1, batchSize: 128, verbose: 0 });
    expectRunner(m, want);
    return ROWS;
  };
  const gemms = gemmOnly();
  const contestants: Contestant[] = [
    { name: "Neurite (compiled)", run: () => fit(fast, "compiled") },
    { name: "TF.js wasm", run: async () => (await theirs.fit(xs, ys, { epochs: 1, batchSize: 128, verbose: 0 }), ROWS) },
    { name: "Neurite (eager step)", run: () => fit(slow, "eager") },
    gemms,
    { name: "Neurite (compiled), layers 1–2 frozen", run: () => fit(head, "compiled") },
  ];
  return {
    contestants,
    dispose: () => (gemms.free(), fast.dispose(), slow.dispose(), head.dispose(), theirs.dispose(), tf.dispose([xs, ys]), x.dispose(), y.dispose()),
  };
}

export async function predictCase() {
  const d = mlpData();
  const x = nt.tensor(d.x, [ROWS, PIXELS]), xs = tf.tensor2d(d.x, [ROWS, PIXELS]);
  const ours = neuriteMlp(true), theirs = tfjsMlp();
  const contestants: Contestant[] = [
    { name: "Neurite", run: () => nt.tidy(() => (ours.predict(x).data(), ROWS)) },
    {
      name: "TF.js wasm",
      run: () => {
        const p = theirs.predict(xs) as tf.Tensor;
        p.dataSync();
        p.dispose();
        return ROWS;
      },
    },
  ];
  return { contestants, dispose: () => (ours.dispose(), theirs.dispose(), xs.dispose(), x.dispose()) };
}

const TINY_ROWS = 1000;

export async function tinyCase() {
  const r = mulberry(2);
  const x = Float32Array.from({ length: TINY_ROWS * 2 }, () => r() * 2 - 1);
  // XOR of the signs: a problem the hidden layers have to bend around.
  const y = Float32Array.from({ length: TINY_ROWS }, (_, i) => (x[2 * i]! * x[2 * i + 1]! > 0 ? 1 : 0));
  const build = (compiled: boolean) => {
    nt.setSeed(2);
    const m = sequential([
      layers.dense({ units: 8, activation: "tanh", inputShape: [2] }),
      layers.dense({ units: 8, activation: "tanh" }),
      layers.dense({ units: 1, activation: "sigmoid" }),
    ]);
    m.compile({ optimizer: nt.optimizers.sgd({ learningRate: 0.1 }), loss: "binaryCrossentropy" });
    m.trainer!.useCompiledStep = compiled;
    return m;
  };
  const tx = nt.tensor(x, [TINY_ROWS, 2]), ty = nt.tensor(y, [TINY_ROWS, 1]);
  const xs = tf.tensor2d(x, [TINY_ROWS, 2]), ys = tf.tensor2d(y, [TINY_ROWS, 1]);
  const theirs = tfl.sequential({
    layers: [
      tfl.layers.dense({ units: 8, activation: "tanh", inputShape: [2] }),
      tfl.layers.dense({ units: 8, activation: "tanh" }),
      tfl.layers.dense({ units: 1, activation: "sigmoid" }),
    ],
  });
  theirs.compile({ optimizer: tf.train.sgd(0.1), loss: "binaryCrossentropy" });
  const [fast, slow] = [build(true), build(false)];
  const plain = new PlainTinyNet(8, 10, TINY_ROWS, 3);
  const steps = TINY_ROWS / 10;
  const fit = async (m: Sequential, epochs: number, want: "compiled" | "eager") => {
    await m.fit(tx, ty, { epochs, batchSize: 10, verbose: 0 });
    expectRunner(m, want);
    return epochs * steps;
  };
  const contestants: Contestant[] = [
    { name: "Neurite (compiled)", run: () => fit(fast, 100, "compiled") },
    { name: "TF.js wasm", run: async () => (await theirs.fit(xs, ys, { epochs: 1, batchSize: 10, verbose: 0 }), steps) },
    {
      name: "plain JS loop",
      run: () => {
        for (let e = 0; e < 10; e++) plain.epoch(x, y, 0.1);
        return 10 * steps;
      },
    },
    { name: "Neurite (eager step)", run: () => fit(slow, 1, "eager") },
  ];
  return { contestants, dispose: () => (fast.dispose(), slow.dispose(), theirs.dispose(), tf.dispose([xs, ys]), tx.dispose(), ty.dispose()) };
}

/**
 * The MLP step's GEMMs alone, on resident operands: 3 forward, 3 weight
 * gradients and 2 input gradients (layer 1's is skipped), as many times as an
 * epoch has batches. Its rate bounds what a faster step could reach with this sgemm.
 */
export function gemmOnly(): Contestant & { free(): void } {
  const mod = nt.engine.backend.mod;
  const B = 128;
  // [transA, transB, m, n, k]
  const shapes: [number, number, number, number, number][] = [
    [0, 0, B, 128, PIXELS], [0, 0, B, 64, 128], [0, 0, B, CLASSES, 64],
    [1, 0, PIXELS, 128, B], [1, 0, 128, 64, B], [1, 0, 64, CLASSES, B],
    [0, 1, B, 64, CLASSES], [0, 1, B, 128, 64],
  ];
  const calls = shapes.map(([ta, tb, m, n, k]) => {
    const a = mod.uploadFloats(Float32Array.from({ length: m * k }, (_, i) => (i % 7) / 7));
    const b = mod.uploadFloats(Float32Array.from({ length: k * n }, (_, i) => (i % 5) / 5));
    const c = mod.allocFloats(m * n);
    return { run: () => mod.raw.sgemm(ta, tb, m, n, k, 1, a, ta ? m : k, b, tb ? k : n, 0, c, n), ptrs: [a, b, c] };
  });
  const batches = Math.ceil(ROWS / B);
  return {
    name: "its 8 GEMMs alone",
    run: () => {
      for (let s = 0; s < batches; s++) for (const c of calls) c.run();
      return ROWS;
    },
    free: () => calls.forEach((c) => c.ptrs.forEach((p) => mod.free(p))),
  };
}
