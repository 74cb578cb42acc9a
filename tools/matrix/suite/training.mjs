// A seeded fit of a small model, fingerprinted so the runner can compare runtimes bit for bit,
// and a save/load round trip through the in-memory IO handler.
import * as nt from "neurite";
import { assert, assertEqual, fnv1a, randomArray } from "../harness.mjs";

const ROWS = 96;
const FEATURES = 4;
const CLASSES = 3;

/** Features in [-1, 1] and labels from a fixed linear rule, made without the library's RNG. */
function problem() {
  const x = randomArray(ROWS * FEATURES, 7);
  const w = randomArray(FEATURES * CLASSES, 8);
  const y = new Float32Array(ROWS * CLASSES);
  for (let r = 0; r < ROWS; r++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < CLASSES; c++) {
      let s = 0;
      for (let f = 0; f < FEATURES; f++) s += x[r * FEATURES + f] * w[f * CLASSES + c];
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    y[r * CLASSES + best] = 1;
  }
  return { x, y };
}

function buildModel() {
  return nt.sequential([
    nt.layers.dense({ units: 16, activation: "relu", inputShape: [FEATURES] }),
    nt.layers.dropout({ rate: 0.1 }),
    nt.layers.dense({ units: CLASSES, activation: "softmax" }),
  ]);
}

/** Trains from seed 1234 (init, shuffle and dropout all draw from it); returns losses, weights and the model. */
export async function seededFit() {
  await nt.setBackend("wasm");
  nt.setSeed(1234);
  const { x, y } = problem();
  const model = buildModel();
  model.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.02 }), loss: "categoricalCrossentropy" });
  const batchLosses = [];
  const xs = nt.tensor(x, [ROWS, FEATURES]);
  const ys = nt.tensor(y, [ROWS, CLASSES]);
  const history = await model.fit(xs, ys, {
    epochs: 6, batchSize: 16, verbose: 0, callbacks: [{ onBatchesEnd: (_first, losses) => batchLosses.push(...losses) }],
  });
  const weights = model.weights.map((w) => w.data());
  xs.dispose();
  ys.dispose();
  return { model, epochLosses: history.history.loss, batchLosses: Float32Array.from(batchLosses), weights };
}

export function registerTrainingTests(t, facts) {
  t.test("fit: seeded training learns and repeats exactly", async () => {
    const a = await seededFit();
    const b = await seededFit();
    const losses = a.epochLosses;
    assert(losses.every(Number.isFinite), `losses must be finite: ${losses}`);
    assert(losses[losses.length - 1] < 0.8 * losses[0], `loss should fall by 20% in 6 epochs: ${losses.map((l) => l.toFixed(4))}`);
    facts.weightsHash = fnv1a(a.weights);
    facts.lossHash = fnv1a([a.batchLosses]);
    facts.finalLoss = losses[losses.length - 1];
    assertEqual(fnv1a(b.weights), facts.weightsHash, "weights hash of a second run in the same process");
    assertEqual(fnv1a([b.batchLosses]), facts.lossHash, "loss hash of a second run in the same process");
    a.model.dispose();
    b.model.dispose();
  });

  t.test("io: save and load through the in-memory handler", async () => {
    const { model } = await seededFit();
    const store = nt.io.memory();
    await model.save(store);
    assert(store.files.has("model.json"), `memory store holds ${[...store.files.keys()]}`);
    const loaded = await nt.loadModel(store);
    const [after, before] = nt.tidy(() => {
      const probe = nt.tensor(randomArray(5 * FEATURES, 11), [5, FEATURES]);
      return [loaded, model].map((m) => Array.from(m.predict(probe).data()));
    });
    assertEqual(after, before, "predictions after the round trip");
    assertEqual(fnv1a(loaded.weights.map((w) => w.data())), fnv1a(model.weights.map((w) => w.data())), "weights after the round trip");
    loaded.dispose();
    model.dispose();
  });
}
