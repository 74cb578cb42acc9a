import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import type { Model } from "../model.js";
import type { Logs } from "./history.js";

type MaybePromise = void | Promise<void>;

/** Keras's callback hooks; any subset may be defined on a plain object too. */
export interface CallbackHooks {
  /** Called once when fit() starts. */
  onTrainBegin?(logs?: Logs): MaybePromise;
  /** Called once when fit() ends. */
  onTrainEnd?(logs?: Logs): MaybePromise;
  /** Called at the start of each epoch (0-based). */
  onEpochBegin?(epoch: number, logs?: Logs): MaybePromise;
  /** Called at the end of each epoch with its logs: loss, metrics and their val_ versions. */
  onEpochEnd?(epoch: number, logs?: Logs): MaybePromise;
  /** Called before each batch; defining it makes fit() stop after every batch. */
  onBatchBegin?(batch: number, logs?: Logs): MaybePromise;
  /** Called after each batch with its loss and metrics; defining it makes fit() stop after every batch. */
  onBatchEnd?(batch: number, logs?: Logs): MaybePromise;
  /**
   * Neurite's addition: the losses of a run of batches, delivered without
   * forcing fit() to stop after every batch (so the compiled step keeps its
   * speed). Run loggers use it for per-batch scalars.
   */
  onBatchesEnd?(firstBatch: number, losses: number[], logs: Logs): MaybePromise;
}

/** Base class for callbacks that need the model; subclasses define any of the CallbackHooks. */
export class Callback {
  model!: Model;
  params: Record<string, unknown> = {};
  /** Called by fit() with the model being trained. */
  setModel(model: Model): void {
    this.model = model;
  }
  /** Called by fit() with its settings (epochs, batchSize, samples, steps, verbose). */
  setParams(params: Record<string, unknown>): void {
    this.params = params;
  }
}

/** What fit() accepts as a callback: a Callback subclass or a plain object with some hooks. */
export type CallbackLike = (Callback & CallbackHooks) | CallbackHooks;

type Mode = "auto" | "min" | "max";

/** Compares monitored values in the right direction (auto: "acc"/"auc"-like names are maximised). */
function improver(monitor: string, mode: Mode, minDelta: number): (current: number, best: number) => boolean {
  const max = mode === "max" || (mode === "auto" && /acc|auc|precision|recall|f1/i.test(monitor));
  return max ? (c, b) => c - Math.abs(minDelta) > b : (c, b) => c + Math.abs(minDelta) < b;
}

function monitored(logs: Logs | undefined, monitor: string, who: string): number | undefined {
  const v = logs?.[monitor];
  if (v === undefined) {
    console.warn(`${who}: metric "${monitor}" is not available; available: ${Object.keys(logs ?? {}).join(", ")}`);
  }
  return v;
}

/** Options of earlyStopping (Keras's EarlyStopping). */
export interface EarlyStoppingArgs {
  monitor?: string;
  minDelta?: number;
  patience?: number;
  mode?: Mode;
  baseline?: number;
  restoreBestWeights?: boolean;
}

/** Stops training when the monitored value stops improving. */
export class EarlyStopping extends Callback {
  readonly monitor: string;
  readonly patience: number;
  private readonly better: (c: number, b: number) => boolean;
  private best = NaN;
  private wait = 0;
  private bestWeights?: nt.Tensor[];
  stoppedEpoch = -1;
  constructor(private readonly args: EarlyStoppingArgs = {}) {
    super();
    this.monitor = args.monitor ?? "val_loss";
    this.patience = args.patience ?? 0;
    if (!Number.isInteger(this.patience) || this.patience < 0) throw new NeuriteError("BAD_ARGUMENT", `earlyStopping: patience must be an integer ≥ 0`);
    this.better = improver(this.monitor, args.mode ?? "auto", args.minDelta ?? 0);
  }
  /** Resets the patience counter and the best value. */
  onTrainBegin(): void {
    this.wait = 0;
    this.best = this.args.baseline ?? NaN;
    this.stoppedEpoch = -1;
  }
  /** Records an improvement (and the weights, with restoreBestWeights), or stops once patience runs out. */
  onEpochEnd(epoch: number, logs?: Logs): void {
    const v = monitored(logs, this.monitor, "earlyStopping");
    if (v === undefined) return;
    if (Number.isNaN(this.best) || this.better(v, this.best)) {
      this.best = v;
      this.wait = 0;
      if (this.args.restoreBestWeights) {
        for (const w of this.bestWeights ?? []) w.dispose();
        this.bestWeights = this.model.getWeights();
      }
      return;
    }
    this.wait++;
    if (this.wait >= this.patience) {
      this.stoppedEpoch = epoch;
      this.model.stopTraining = true;
    }
  }
  /** Restores the best weights if training stopped early and restoreBestWeights is set. */
  onTrainEnd(): void {
    if (this.bestWeights && this.stoppedEpoch >= 0) this.model.setWeights(this.bestWeights);
    for (const w of this.bestWeights ?? []) w.dispose();
    this.bestWeights = undefined;
  }
}

/** Options of reduceLROnPlateau (Keras's ReduceLROnPlateau). */
export interface ReduceLROnPlateauArgs {
  monitor?: string;
  factor?: number;
  patience?: number;
  minDelta?: number;
  cooldown?: number;
  minLr?: number;
  mode?: Mode;
}

/** Multiplies the learning rate by `factor` after `patience` epochs without improvement. */
export class ReduceLROnPlateau extends Callback {
  private best = NaN;
  private wait = 0;
  private cooldownLeft = 0;
  private readonly better: (c: number, b: number) => boolean;
  constructor(private readonly args: ReduceLROnPlateauArgs = {}) {
    super();
    if ((args.factor ?? 0.1) >= 1) throw new NeuriteError("BAD_ARGUMENT", "reduceLROnPlateau: factor must be < 1");
    this.better = improver(args.monitor ?? "val_loss", args.mode ?? "auto", args.minDelta ?? 1e-4);
  }
  /** Multiplies the learning rate by `factor` once `patience` epochs pass without improvement. */
  onEpochEnd(_epoch: number, logs?: Logs): void {
    const v = monitored(logs, this.args.monitor ?? "val_loss", "reduceLROnPlateau");
    if (v === undefined) return;
    if (this.cooldownLeft > 0) this.cooldownLeft--;
    if (Number.isNaN(this.best) || this.better(v, this.best)) {
      this.best = v;
      this.wait = 0;
    } else if (this.cooldownLeft === 0 && ++this.wait >= (this.args.patience ?? 10)) {
      const opt = this.model.trainer!.optimizer;
      if (typeof opt.learningRate !== "number") throw new NeuriteError("BAD_ARGUMENT", "reduceLROnPlateau: the optimizer uses a schedule");
      opt.learningRate = Math.max(opt.learningRate * (this.args.factor ?? 0.1), this.args.minLr ?? 0);
      this.cooldownLeft = this.args.cooldown ?? 0;
      this.wait = 0;
    }
    if (logs) logs.learning_rate = this.model.trainer!.optimizer.currentLearningRate();
  }
}

/** Sets the learning rate at each epoch from schedule(epoch, currentLr). */
export class LearningRateScheduler extends Callback {
  constructor(private readonly schedule: (epoch: number, lr: number) => number) {
    super();
  }
  /** Sets the learning rate from the schedule. */
  onEpochBegin(epoch: number): void {
    const opt = this.model.trainer!.optimizer;
    const lr = this.schedule(epoch, opt.currentLearningRate());
    if (!(lr >= 0) || !Number.isFinite(lr)) throw new NeuriteError("BAD_ARGUMENT", `learningRateScheduler: schedule returned ${lr} at epoch ${epoch}`);
    opt.learningRate = lr;
  }
}

/**
 * Stops training after a batch whose loss is NaN or infinite (Keras's callback).
 * fit() already does this by default, before applying the bad update (its
 * `onNaN` option); this callback matters with `onNaN: "ignore"`.
 */
export class TerminateOnNaN extends Callback {
  /** Stops training if the batch loss is not finite. */
  onBatchEnd(batch: number, logs?: Logs): void {
    const loss = logs?.loss;
    if (loss !== undefined && !Number.isFinite(loss)) {
      console.warn(`terminateOnNaN: batch ${batch} has loss ${loss}; stopping`);
      this.model.stopTraining = true;
    }
  }
}

/** Options of modelCheckpoint (Keras's ModelCheckpoint). */
export interface ModelCheckpointArgs {
  monitor?: string;
  saveBestOnly?: boolean;
  mode?: Mode;
}

/** Saves the model (through its save handlers) after each epoch, or only when the monitored value improves. */
export class ModelCheckpoint extends Callback {
  private best = NaN;
  private readonly better: (c: number, b: number) => boolean;
  constructor(readonly url: string, private readonly args: ModelCheckpointArgs = {}) {
    super();
    this.better = improver(args.monitor ?? "val_loss", args.mode ?? "auto", 0);
  }
  /** Saves the model (when the monitored value improved, with saveBestOnly). */
  async onEpochEnd(epoch: number, logs?: Logs): Promise<void> {
    if (this.args.saveBestOnly) {
      const v = monitored(logs, this.args.monitor ?? "val_loss", "modelCheckpoint");
      if (v === undefined || !(Number.isNaN(this.best) || this.better(v, this.best))) return;
      this.best = v;
    }
    const save = (this.model as unknown as { save?: (url: string) => Promise<unknown> }).save;
    if (!save) throw new NeuriteError("UNSUPPORTED", "modelCheckpoint: this model cannot be saved");
    await save.call(this.model, this.url.replace("{epoch}", String(epoch + 1)));
  }
}

/** Stops training when a monitored value (default val_loss) stops improving. */
export const earlyStopping = (a?: EarlyStoppingArgs) => new EarlyStopping(a);
/** Lowers the learning rate when a monitored value (default val_loss) stops improving. */
export const reduceLROnPlateau = (a?: ReduceLROnPlateauArgs) => new ReduceLROnPlateau(a);
/** Sets the learning rate at each epoch from schedule(epoch, currentLr). */
export const learningRateScheduler = (s: (epoch: number, lr: number) => number) => new LearningRateScheduler(s);
/** Stops training at the first NaN or infinite batch loss. */
export const terminateOnNaN = () => new TerminateOnNaN();
/** Saves the model to `url` after each epoch, or only when the monitored value improves. */
export const modelCheckpoint = (url: string, a?: ModelCheckpointArgs) => new ModelCheckpoint(url, a);
