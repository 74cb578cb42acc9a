// Long-run memory checks shared by tools/soak/soak.mjs (100,000 + 10,000 steps) and the short soak test.
// Both loops take the `neurite` namespace, so the test can pass the sources and the script the built packages.

/**
 * One reading: live tensors and bytes as neurite counts them, the wasm memory's
 * size, and the process's RSS (after a full GC when node runs with --expose-gc,
 * so RSS shows what is retained rather than what V8 has not collected yet).
 */
export function sample(nt, step) {
  globalThis.gc?.();
  const m = nt.memory();
  return {
    step,
    numTensors: m.numTensors,
    numBytes: m.numBytes,
    heapBytes: m.heapBytes,
    wasmBytes: nt.engine.backend.mod.memory.buffer.byteLength,
    jsHeap: process.memoryUsage().heapUsed,
    rss: process.memoryUsage().rss,
  };
}

/**
 * model.fit on a 2-8-8-1 net (TensorFlow Playground's size) over 256 rows in
 * batches of 32: 8 steps an epoch, sampled every `every` steps. Uses the
 * compiled step when fit picks it; `runner` says which ran.
 */
export async function soakFit(nt, steps, every) {
  nt.setSeed(1);
  const model = nt.sequential([
    nt.layers.dense({ units: 8, inputShape: [2], activation: "tanh" }),
    nt.layers.dense({ units: 8, activation: "tanh" }),
    nt.layers.dense({ units: 1, activation: "sigmoid" }),
  ]);
  model.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.01 }), loss: "binaryCrossentropy", metrics: ["accuracy"] });
  const x = nt.randomNormal([256, 2]);
  const y = nt.tidy(() => nt.cast(nt.greater(nt.mul(nt.slice(x, [0, 0], [-1, 1]), nt.slice(x, [0, 1], [-1, 1])), 0), "float32"));
  const perEpoch = 8;
  const samples = [];
  const started = performance.now();
  const history = await model.fit(x, y, {
    epochs: Math.ceil(steps / perEpoch), batchSize: 32, verbose: 0,
    callbacks: [{ onEpochEnd: (epoch) => {
      const step = (epoch + 1) * perEpoch;
      if (epoch === 0 || step % every === 0) samples.push(sample(nt, step));
    } }],
  });
  const seconds = (performance.now() - started) / 1000;
  const loss = history.history.loss;
  const result = { runner: model.trainer.lastRunner, reason: model.trainer.lastRunnerReason, steps: loss.length * perEpoch, seconds, samples, finalLoss: loss[loss.length - 1] };
  model.dispose();
  nt.dispose([x, y]);
  return result;
}

/** A custom GradientTape loop (2-16-1 MLP, Adam) of `steps` eager steps, each inside tidy, sampled every `every` steps. */
export function soakTape(nt, steps, every) {
  nt.setSeed(2);
  const [w1, b1, w2] = nt.tidy(() => [nt.variable(nt.randomNormal([2, 16], 0, 0.5)), nt.variable(nt.zeros([16])), nt.variable(nt.randomNormal([16, 1], 0, 0.5))]);
  const vars = [w1, b1, w2];
  const opt = nt.optimizers.adam({ learningRate: 0.01 });
  const x = nt.randomNormal([64, 2]);
  const y = nt.tidy(() => nt.sum(nt.square(x), 1, true));
  const samples = [];
  const started = performance.now();
  let loss = NaN;
  for (let s = 1; s <= steps; s++) {
    loss = nt.tidy(() => {
      const tape = new nt.GradientTape();
      const l = tape.run(() => nt.losses.meanSquaredError(y, nt.matMul(nt.tanh(nt.add(nt.matMul(x, w1), b1)), w2)));
      opt.applyGradients(tape.gradient(l, vars), vars);
      return l.item();
    });
    if (s === 1 || s % every === 0) samples.push(sample(nt, s));
  }
  const seconds = (performance.now() - started) / 1000;
  opt.dispose();
  nt.dispose([...vars, x, y]);
  return { steps, seconds, samples, finalLoss: loss };
}

/** Growth between the first reading after warm-up and the last: tensors, bytes, wasm memory, JS heap and RSS. */
export function drift(samples) {
  const [first, last] = [samples[1] ?? samples[0], samples[samples.length - 1]];
  const peakRss = Math.max(...samples.map((s) => s.rss));
  return {
    numTensors: last.numTensors - first.numTensors,
    numBytes: last.numBytes - first.numBytes,
    heapBytes: last.heapBytes - first.heapBytes,
    wasmBytes: last.wasmBytes - first.wasmBytes,
    jsHeap: last.jsHeap - first.jsHeap,
    rss: last.rss - first.rss,
    peakRss,
  };
}
