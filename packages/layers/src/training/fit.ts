import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Callback, type CallbackHooks, type CallbackLike } from "./callbacks.js";
import type { DatasetLike } from "./dataset.js";
import { newHistory, recordEpoch, type History, type Logs } from "./history.js";
import { checkData, checkPaired, classWeights, permutation } from "./inputs.js";
import { progressFor } from "./progress.js";
import { batchCount } from "./runner.js";
import type { GuardedRunner, Trainer } from "./trainer.js";
import { checkOnNaN, locateOutput, nanLossError, NonFiniteStep, Snapshot, type NonFiniteInfo, type OnNaN } from "./nan-guard.js";
import type { TrainData } from "./runner.js";

/** Options of fit() (Keras's, camelCased) and of fitDataset(). */
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
  /**
   * A batch whose loss or gradients are NaN/Infinity: "stop" (default) skips its
   * update, warns with the epoch, batch and first non-finite layer, and ends
   * training (Keras's terminateOnNaN, keeping the weights from before that
   * batch); "raise" does the same but throws NeuriteError NAN_LOSS; "ignore"
   * applies it and goes on, as plain Keras does.
   */
  onNaN?: OnNaN;
}

/** Options of evaluate(). */
export interface EvaluateArgs {
  batchSize?: number;
  sampleWeight?: nt.Tensor;
}

/** Options of predict(). */
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

function checkCallbacks(who: string, cbs: unknown): CallbackLike[] {
  if (cbs === undefined) return [];
  if (!Array.isArray(cbs)) throw new NeuriteError("BAD_ARGUMENT", `${who}: callbacks must be an array, got ${typeof cbs}`);
  cbs.forEach((c, i) => {
    if (typeof c !== "object" || c === null) throw new NeuriteError("BAD_ARGUMENT", `${who}: callbacks[${i}] is ${c === null ? "null" : typeof c}, expected a callback object`);
  });
  return cbs as CallbackLike[];
}

/** Stops or raises for a non-finite batch (the update already undone or never applied); returns for "stop". */
function nonFinite(who: string, onNaN: OnNaN, info: NonFiniteInfo, epoch: number, batch: number, step: number, model: Trainer["model"]): void {
  const err = nanLossError(who, info, epoch, batch, step);
  if (onNaN === "raise") throw err;
  console.warn(`${err.message} Training stopped (fit({onNaN: "raise"}) throws instead).`);
  model.stopTraining = true;
}

/** Puts the model back to just before batch `first + bad` after a compiled run that went non-finite there, and says where. */
function rollBack(t: Trainer, runner: GuardedRunner, snapshot: Snapshot, data: TrainData, order: Int32Array, first: number, bad: number): NonFiniteInfo {
  snapshot.restore();
  // Replaying the good batches reproduces their updates exactly. The metrics counted the whole run: when it began
  // the epoch they are recounted over the good batches only; otherwise they keep the run's tail (no way to undo it).
  const recount = first === 0;
  if (recount) for (const m of t.metrics) m.reset();
  if (bad > 0) runner.run(order, first, bad, recount ? t.metrics : []);
  return nt.tidy(() => t.diagnose(...t.batchOf(data, order, first + bad)));
}

/**
 * Lets the event loop run (UI, timers) when a chunk of training took long enough to matter. setImmediate where
 * there is one: setTimeout(0) waits at least 1 ms in Node (4 ms in a browser once nested), 1% of a 100 ms chunk.
 */
const breathe: () => Promise<void> = typeof setImmediate === "function"
  ? () => new Promise<void>((r) => setImmediate(r))
  : () => new Promise<void>((r) => setTimeout(r, 0));

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
  const onNaN = checkOnNaN(args.onNaN);
  const callbacks = checkCallbacks("fit", args.callbacks);
  const owned: nt.Tensor[] = [];
  let val: [nt.Tensor, nt.Tensor] | undefined;
  if (args.validationData) {
    if (!Array.isArray(args.validationData) || args.validationData.length !== 2) {
      throw new NeuriteError("BAD_ARGUMENT", "fit: validationData must be [x, y]");
    }
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
  const params = { epochs, batchSize, samples: rows, steps: batches, verbose: args.verbose ?? 1, initialEpoch };
  for (const cb of callbacks) if (cb instanceof Callback) {
    cb.setModel(model);
    cb.setParams(params);
  }
  const history = newHistory(params);
  const progress = progressFor(args.verbose ?? 1);
  const perBatch = wantsBatches(callbacks);
  const data: TrainData = { x, y, weights, batchSize };
  let runner = t.runner(data, onNaN !== "ignore");
  // The compiled runner applies a whole run of updates before fit sees its losses: keep a copy to undo them.
  let snapshot: Snapshot | undefined;
  // The trainable weights the runner was built for: a callback that (un)freezes layers gets a rebuilt runner.
  let trainable = model.trainableWeights;
  const rebuildIfThawed = () => {
    const now = model.trainableWeights;
    if (now.length === trainable.length && now.every((v, i) => v === trainable[i])) return;
    trainable = now;
    runner.dispose();
    runner = t.runner(data, onNaN !== "ignore");
    snapshot?.dispose();
    snapshot = onNaN !== "ignore" && !runner.guardsNonFinite ? new Snapshot(model, t.optimizer) : undefined;
  };
  t.validation = val;
  model.stopTraining = false;
  try {
    // After the runner is picked, so the compiled step's own reason for falling back is still recorded.
    t.checkLabels("fit", y);
    if (val) t.checkLabels("fit (validationData)", val[1]);
    if (onNaN !== "ignore" && !runner.guardsNonFinite) snapshot = new Snapshot(model, t.optimizer);
    await fire(callbacks, "onTrainBegin");
    for (let epoch = initialEpoch; epoch < epochs && !model.stopTraining; epoch++) {
      await fire(callbacks, "onEpochBegin", epoch);
      rebuildIfThawed();
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
        snapshot?.take();
        const losses = runner.run(order, b, count, t.metrics);
        // A guarded runner stops at the bad batch (its loss may be finite when only a gradient was not); else look at the losses.
        const bad = onNaN === "ignore" ? -1 : runner.nonFinite ? losses.length - 1 : losses.findIndex((l) => !Number.isFinite(l));
        const good = bad < 0 ? losses : losses.slice(0, bad);
        if (bad >= 0) {
          const info = runner.nonFinite ?? rollBack(t, runner, snapshot!, data, order, b, bad);
          nonFinite("fit", onNaN, info, epoch, b + bad, t.optimizer.iterations, model);
        }
        if (good.length === 0) break;
        good.forEach((l, i) => {
          const size = Math.min(batchSize, rows - (b + i) * batchSize);
          lossSum += l * size;
          seen += size;
        });
        b += good.length;
        const logs: Logs = { batch: b - 1, size: batchSize, loss: perBatch ? good[good.length - 1]! : lossSum / seen };
        for (const m of t.metrics) logs[m.name] = m.result();
        if (perBatch) await fire(callbacks, "onBatchEnd", b - 1, logs);
        await fire(callbacks, "onBatchesEnd", b - good.length, good, logs);
        progress?.batchEnd(b - 1, { loss: lossSum / seen, ...Object.fromEntries(t.metrics.map((m) => [m.name, m.result()])) });
        if (performance.now() - lastBreath > 100) {
          await breathe();
          lastBreath = performance.now();
        }
      }
      const logs = epochLogs(t, lossSum, seen, val);
      await fire(callbacks, "onEpochEnd", epoch, logs);
      recordEpoch(history, epoch, logs);
      progress?.epochEnd(epoch, logs, (performance.now() - started) / 1000);
    }
    await fire(callbacks, "onTrainEnd", history.history);
  } finally {
    snapshot?.dispose();
    runner.dispose();
    t.validation = undefined;
    for (const o of owned) o.dispose();
  }
  return history;
}

/** An epoch's logs: its mean loss and metrics, then the loss and metrics on validation data as val_*. */
function epochLogs(t: Trainer, lossSum: number, seen: number, val: [nt.Tensor, nt.Tensor] | undefined): Logs {
  // An epoch whose first batch was already non-finite has no loss to report.
  const logs: Logs = { loss: seen > 0 ? lossSum / seen : NaN };
  for (const m of t.metrics) logs[m.name] = m.result();
  if (val) {
    const r = t.evaluateResolved(val[0], val[1], 4096);
    logs.val_loss = r.loss;
    t.metrics.forEach((m, i) => (logs[`val_${m.name}`] = r.metrics[i]!));
  }
  return logs;
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
  const onNaN = checkOnNaN(args.onNaN);
  const callbacks = checkCallbacks("fitDataset", args.callbacks);
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
      let loss: number;
      try {
        loss = t.step(xb, yb, undefined, t.metrics, onNaN !== "ignore");
      } catch (e) {
        if (!(e instanceof NonFiniteStep)) throw e;
        const info = { ...e.info, output: locateOutput(t.model, xb) };
        xb.dispose();
        yb.dispose();
        nonFinite("fitDataset", onNaN, info, epoch, b, t.optimizer.iterations, t.model);
        break;
      }
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
    if (seen === 0 && !t.model.stopTraining) throw new NeuriteError("BAD_ARGUMENT", "fitDataset: the dataset yielded no batches");
    const vd = args.validationData;
    const collected = vd && !Array.isArray(vd) ? await collect(vd) : undefined;
    const logs = epochLogs(t, lossSum, seen, collected ?? (vd as [nt.Tensor, nt.Tensor] | undefined));
    if (collected) nt.dispose(collected);
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
  // The elements are fresh tensors handed to us (as in training): only their concatenation outlives this call.
  const out: [nt.Tensor, nt.Tensor] = [nt.concat(xs, 0), nt.concat(ys, 0)];
  nt.dispose([...xs, ...ys]);
  return out;
}
