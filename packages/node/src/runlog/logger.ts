import * as nt from "@neurite/core";
import { Callback, type Logs } from "@neurite/layers";
import { metrics } from "@neurite/eval";
import { histogram } from "./histogram.js";
import { RunWriter } from "./writer.js";

/** Options of runLogger. */
export interface RunLoggerOptions {
  logdir: string;
  /** Folder name of the run (default: a timestamp). */
  run?: string;
  /** Weight and gradient histograms every N epochs (0: never). */
  histogramsEvery?: number;
  /** Extra hyperparameters to record with the model config and fit options. */
  hparams?: Record<string, unknown>;
}

/**
 * Writes a run log while fit() trains: hparams and the model at the start,
 * per-batch and per-epoch scalars, weight/gradient histograms, and ROC/PR/
 * confusion data on the validation set at the end for classifiers.
 */
export class RunLogger extends Callback {
  readonly writer: RunWriter;
  private epochStart = 0;
  private epoch = 0;

  constructor(private readonly options: RunLoggerOptions) {
    super();
    this.writer = new RunWriter(options.logdir, options.run);
  }

  /** The run's folder: logdir/run. */
  get dir(): string {
    return this.writer.dir;
  }

  /** Logs the model and the hyperparameters. */
  onTrainBegin(): void {
    const t = this.model.trainer!;
    const lines: string[] = [];
    this.model.summary((l) => lines.push(l));
    this.writer.write({ kind: "model", tag: "model", step: 0, className: this.model.className(), config: this.model.getConfig(), summary: lines.join("\n") });
    this.writer.write({
      kind: "hparams", tag: "run", step: 0,
      params: {
        optimizer: t.optimizer.className, ...prefixed("optimizer.", t.optimizer.getConfig()), loss: t.loss.name,
        ...prefixed("fit.", this.params), ...this.options.hparams,
      },
    });
  }

  /** Starts the epoch's clock (for samples_per_sec). */
  onEpochBegin(epoch: number): void {
    this.epoch = epoch;
    this.epochStart = performance.now();
  }

  /** Logs each batch's loss as batch/loss. */
  onBatchesEnd(first: number, losses: number[]): void {
    const steps = Number(this.params.steps ?? 0);
    losses.forEach((l, i) => this.writer.scalar("batch/loss", this.epoch * steps + first + i, l));
  }

  /** Logs the epoch's metrics, learning rate and throughput, and histograms when due. */
  onEpochEnd(epoch: number, logs?: Logs): void {
    for (const [k, v] of Object.entries(logs ?? {})) this.writer.scalar(`epoch/${k}`, epoch, v);
    const t = this.model.trainer!;
    this.writer.scalar("epoch/learning_rate", epoch, t.optimizer.currentLearningRate());
    const seconds = (performance.now() - this.epochStart) / 1000;
    this.writer.scalar("epoch/samples_per_sec", epoch, Number(this.params.samples ?? 0) / Math.max(seconds, 1e-9));
    const every = this.options.histogramsEvery ?? 1;
    if (every > 0 && epoch % every === 0) this.histograms(epoch);
  }

  private histograms(epoch: number): void {
    for (const w of this.model.weights) this.writer.write({ kind: "histogram", tag: `weights/${w.name}`, step: epoch, bins: histogram(w.data()) });
    const val = this.model.trainer!.validation;
    if (!val) return;
    const n = Math.min(256, val[0].shape[0]!);
    nt.tidy(() => {
      const vars = this.model.trainableWeights;
      const tape = new nt.GradientTape();
      const loss = tape.run(() => this.model.trainer!.loss.fn(nt.slice(val[1], 0, n), this.model.apply(nt.slice(val[0], 0, n))));
      tape.gradient(loss, vars).forEach((g, i) => {
        this.writer.write({ kind: "histogram", tag: `gradients/${vars[i]!.name}`, step: epoch, bins: histogram(g.data()) });
      });
    });
  }

  /** Logs ROC, PR and confusion data on the validation set (classifiers) and closes the log. */
  onTrainEnd(): void {
    const val = this.model.trainer?.validation;
    if (val) this.classificationReport(val[0], val[1]);
    this.writer.close();
  }

  /** ROC and PR curves (binary or one-vs-rest per class) and the confusion matrix, for classifiers. */
  private classificationReport(x: nt.Tensor, y: nt.Tensor): void {
    const loss = this.model.trainer!.loss.name;
    if (!/Crossentropy/.test(loss)) return;
    const step = this.epoch;
    const probs = nt.tidy(() => this.model.predict(x));
    const p = probs.data();
    const classes = probs.size / probs.shape[0]!;
    const truth = labelsOf(y, classes);
    const scores = (c: number) => Array.from({ length: truth.length }, (_, i) => (classes === 1 ? p[i]! : p[i * classes + c]!));
    const predicted = truth.map((_, i) => (classes === 1 ? (p[i]! > 0.5 ? 1 : 0) : argmaxRow(p, i, classes)));
    const curveClasses = classes === 1 ? [1] : Array.from({ length: classes }, (_, c) => c);
    for (const c of curveClasses) {
      const yb = truth.map((t) => (t === c ? 1 : 0));
      if (!yb.includes(1) || !yb.includes(0)) continue;
      const s = scores(classes === 1 ? 0 : c);
      const roc = metrics.rocCurve(yb, s);
      this.writer.write({ kind: "curve", tag: `roc/class_${c}`, step, x: roc.fpr, y: roc.tpr, auc: metrics.rocAucScore(yb, s) });
      const pr = metrics.precisionRecallCurve(yb, s);
      this.writer.write({ kind: "curve", tag: `pr/class_${c}`, step, x: pr.recall, y: pr.precision, ap: metrics.averagePrecisionScore(yb, s) });
    }
    const labels = Array.from({ length: Math.max(classes, 2) }, (_, c) => c);
    this.writer.write({ kind: "confusion", tag: "confusion", step, labels, matrix: metrics.confusionMatrix(truth, predicted, { labels }) });
    probs.dispose();
  }
}

function prefixed(prefix: string, o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v !== "object" || v === null).map(([k, v]) => [prefix + k, v]));
}

function argmaxRow(v: ArrayLike<number>, row: number, cols: number): number {
  let best = 0;
  for (let j = 1; j < cols; j++) if (v[row * cols + j]! > v[row * cols + best]!) best = j;
  return best;
}

/** Class ids from one-hot rows, int labels or 0/1 columns. */
function labelsOf(y: nt.Tensor, classes: number): number[] {
  const v = y.data();
  const rows = y.shape[0]!;
  const cols = y.size / rows;
  if (cols > 1) return Array.from({ length: rows }, (_, r) => argmaxRow(v, r, cols));
  return Array.from(v, (x) => (classes === 1 ? (x > 0.5 ? 1 : 0) : x));
}

/** `nt.callbacks.runLogger({logdir, run, histogramsEvery})`. */
export const runLogger = (o: RunLoggerOptions) => new RunLogger(o);
