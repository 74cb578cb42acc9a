import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Callback, type CallbackHooks, type CallbackLike } from "./callbacks.js";
import type { DatasetLike } from "./dataset.js";
import { newHistory, recordEpoch, type History, type Logs } from "./history.js";
import { checkData, checkPaired, classWeights, permutation } from "./inputs.js";
import { progressFor } from "./progress.js";
import { batchCount } from "./runner.js";
import type { Trainer } from "./trainer.js";

export interface FitArgs {
  epochs?: number;
  batchSize?: number;
  /** Fraction of the data, taken from the end before shuffling (as Keras), used for validation. */
  validationSplit?: number;
  validationData?: [nt.Tensor, nt.Tensor];
  shuffle?: boolean;
  classWeight?: Record<number, number>;
  sampleWeight?: nt.Tensor;
  initialEpoch?: number;
  callbacks?: CallbackLike[];
  /** 0 silent, 1 progress (a bar on TTYs with the node package), 2 one line per epoch. */
  verbose?: number;
}

export interface EvaluateArgs {
  batchSize?: number;
  sampleWeight?: nt.Tensor;
}

export interface PredictArgs {
  batchSize?: number;
}

function positiveInt(name: string, v: number): void {
  if (!Number.isInteger(v) || v <= 0) throw new NeuriteError("BAD_ARGUMENT", `fit: ${name} must be a positive integer, got ${v}`);
}

/** Calls a hook on every callback, awaiting async ones. */
async function fire(cbs: CallbackLike[], hook: keyof CallbackHooks, ...args: unknown[]): Promise<void> {
  for (const cb of cbs) {
    const f = (cb as CallbackHooks)[hook] as unknown;
    if (typeof f === "function") await f.apply(cb, args);
  }
}

const wantsBatches = (cbs: CallbackLike[]) => cbs.some((c) => typeof c.onBatchBegin === "function" || typeof c.onBatchEnd === "function");

/** Lets the event loop run (UI, timers) when a chunk of training took long enough to matter. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

export async function runFit(t: Trainer, xIn: nt.Tensor, yIn: nt.Tensor, args: FitArgs): Promise<History> {
  const model = t.model;
  let x = checkData("x", "fit", xIn);
  let y = checkData("y", "fit", yIn);
  checkPaired("fit", x, y);
  const epochs = args.epochs ?? 1;
  const batchSize = args.batchSize ?? 32;
  positiveInt("epochs", epochs);
  positiveInt("batchSize", batchSize);
  const initialEpoch = args.initialEpoch ?? 0;
  if (!Number.isInteger(initialEpoch) || initialEpoch < 0) throw new NeuriteError("BAD_ARGUMENT", `fit: initialEpoch must be an integer ≥ 0`);
  const owned: nt.Tensor[] = [];
  let val: [nt.Tensor, nt.Tensor] | undefined;
  if (args.validationData) {
    val = [checkData("validationData x", "fit", args.validationData[0]), checkData("validationData y", "fit", args.validationData[1])];
    checkPaired("fit (validationData)", val[0], val[1]);
  } else if (args.validationSplit !== undefined) {
    const f = args.validationSplit;
    if (!(f > 0 && f < 1)) throw new NeuriteError("BAD_ARGUMENT", `fit: validationSplit must be in (0, 1), got ${f}`);
    const n = x.shape[0]!;
    const split = Math.floor(n * (1 - f));
    if (split === 0 || split === n) throw new NeuriteError("BAD_ARGUMENT", `fit: validationSplit ${f} leaves no training or no validation rows out of ${n}`);
    val = [nt.slice(x, split, n - split), nt.slice(y, split, n - split)];
    x = nt.slice(x, 0, split);
    y = nt.slice(y, 0, split);
    owned.push(...val, x, y);
  }
  t.prepare(x);
  let weights = args.classWeight ? classWeights(y, args.classWeight) : undefined;
  if (args.sampleWeight) {
    const sw = checkData("sampleWeight", "fit", args.sampleWeight);
    if (sw.size !== x.shape[0]) throw new NeuriteError("SHAPE_MISMATCH", `fit: sampleWeight needs one value per sample (${x.shape[0]}), got ${sw.size}`);
    weights = weights ? nt.mul(weights, nt.reshape(sw, [-1])) : nt.reshape(sw, [-1]);
  }
  if (weights) owned.push(weights);
  const rows = x.shape[0]!;
  const batches = batchCount(rows, batchSize);
  const callbacks = args.callbacks ?? [];
  const params = { epochs, batchSize, samples: rows, steps: batches, verbose: args.verbose ?? 1, initialEpoch };
  for (const cb of callbacks) if (cb instanceof Callback) {
    cb.setModel(model);
    cb.setParams(params);
  }
  const history = newHistory(params);
  const progress = progressFor(args.verbose ?? 1);
  const perBatch = wantsBatches(callbacks);
  const runner = t.runner({ x, y, weights, batchSize });
  t.validation = val;
  model.stopTraining = false;
  try {
    await fire(callbacks, "onTrainBegin");
    for (let epoch = initialEpoch; epoch < epochs && !model.stopTraining; epoch++) {
      await fire(callbacks, "onEpochBegin", epoch);
      progress?.epochBegin(epoch, epochs, batches);
      const started = performance.now();
      const order = args.shuffle === false ? permutationIdentity(rows) : permutation(rows, nt.nextKey());
      for (const m of t.metrics) m.reset();
      let lossSum = 0;
      let seen = 0;
      let lastBreath = performance.now();
      for (let b = 0; b < batches && !model.stopTraining; ) {
        // Without per-batch callbacks, train in chunks: fewer crossings for the compiled step.
        const count = perBatch ? 1 : Math.min(batches - b, progress ? Math.max(1, Math.ceil(batches / 50)) : batches);
        if (perBatch) await fire(callbacks, "onBatchBegin", b, { batch: b, size: batchSize });
        const losses = runner.run(order, b, count, t.metrics);
        losses.forEach((l, i) => {
          const size = Math.min(batchSize, rows - (b + i) * batchSize);
          lossSum += l * size;
          seen += size;
        });
        b += count;
        const logs: Logs = { batch: b - 1, size: batchSize, loss: perBatch ? losses[losses.length - 1]! : lossSum / seen };
        for (const m of t.metrics) logs[m.name] = m.result();
        if (perBatch) await fire(callbacks, "onBatchEnd", b - 1, logs);
        await fire(callbacks, "onBatchesEnd", b - count, losses, logs);
        progress?.batchEnd(b - 1, { loss: lossSum / seen, ...Object.fromEntries(t.metrics.map((m) => [m.name, m.result()])) });
        if (performance.now() - lastBreath > 100) {
          await breathe();
          lastBreath = performance.now();
        }
      }
      const logs: Logs = { loss: lossSum / Math.max(seen, 1) };
      for (const m of t.metrics) logs[m.name] = m.result();
      if (val) {
        const r = t.evaluateResolved(val[0], val[1], 4096);
        logs.val_loss = r.loss;
        t.metrics.forEach((m, i) => (logs[`val_${m.name}`] = r.metrics[i]!));
      }
      await fire(callbacks, "onEpochEnd", epoch, logs);
      recordEpoch(history, epoch, logs);
      progress?.epochEnd(epoch, logs, (performance.now() - started) / 1000);
    }
    await fire(callbacks, "onTrainEnd", history.history);
  } finally {
    runner.dispose();
    t.validation = undefined;
    for (const o of owned) o.dispose();
  }
  return history;
}

function permutationIdentity(n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return p;
}

/** fit() over an async-iterable of batches: eager steps, one per batch. */
export async function runFitDataset(
  t: Trainer,
  ds: DatasetLike,
  args: FitArgs & { validationData?: DatasetLike | [nt.Tensor, nt.Tensor] },
): Promise<History> {
  const epochs = args.epochs ?? 1;
  positiveInt("epochs", epochs);
  const callbacks = args.callbacks ?? [];
  for (const cb of callbacks) if (cb instanceof Callback) cb.setModel(t.model);
  const history = newHistory({ epochs });
  const progress = progressFor(args.verbose ?? 1);
  t.model.stopTraining = false;
  await fire(callbacks, "onTrainBegin");
  let prepared = false;
  for (let epoch = args.initialEpoch ?? 0; epoch < epochs && !t.model.stopTraining; epoch++) {
    await fire(callbacks, "onEpochBegin", epoch);
    progress?.epochBegin(epoch, epochs, 0);
    const started = performance.now();
    for (const m of t.metrics) m.reset();
    let lossSum = 0;
    let seen = 0;
    let b = 0;
    for await (const item of ds) {
      const [xb, yb] = Array.isArray(item) ? item : [item.xs, item.ys];
      checkPaired("fitDataset", xb, yb);
      if (!prepared) {
        t.prepare(xb);
        prepared = true;
      }
      await fire(callbacks, "onBatchBegin", b);
      const loss = t.step(xb, yb, undefined, t.metrics);
      const rows = xb.shape[0]!;
      // Datasets hand out fresh tensors per element (as tf.data does); the trainer owns and frees them.
      xb.dispose();
      yb.dispose();
      lossSum += loss * rows;
      seen += rows;
      const logs: Logs = { batch: b, size: rows, loss };
      for (const m of t.metrics) logs[m.name] = m.result();
      await fire(callbacks, "onBatchEnd", b, logs);
      b++;
    }
    if (seen === 0) throw new NeuriteError("BAD_ARGUMENT", "fitDataset: the dataset yielded no batches");
    const logs: Logs = { loss: lossSum / seen };
    for (const m of t.metrics) logs[m.name] = m.result();
    const vd = args.validationData;
    if (vd) {
      const [vx, vy] = Array.isArray(vd) ? vd : await collect(vd);
      const r = t.evaluateResolved(vx, vy, 4096);
      logs.val_loss = r.loss;
      t.metrics.forEach((m, i) => (logs[`val_${m.name}`] = r.metrics[i]!));
    }
    await fire(callbacks, "onEpochEnd", epoch, logs);
    recordEpoch(history, epoch, logs);
    progress?.epochEnd(epoch, logs, (performance.now() - started) / 1000);
  }
  await fire(callbacks, "onTrainEnd", history.history);
  return history;
}

async function collect(ds: DatasetLike): Promise<[nt.Tensor, nt.Tensor]> {
  const xs: nt.Tensor[] = [];
  const ys: nt.Tensor[] = [];
  for await (const item of ds) {
    const [x, y] = Array.isArray(item) ? item : [item.xs, item.ys];
    xs.push(x);
    ys.push(y);
  }
  return [nt.concat(xs, 0), nt.concat(ys, 0)];
}
