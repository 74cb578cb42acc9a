import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { withTraining } from "../context.js";
import type { Model } from "../model.js";
import type { Sequential } from "../sequential.js";
import { sequentialRef } from "../sequential-ref.js";
import { resolveLoss, resolveMetrics, type CompileArgs, type ResolvedLoss } from "./compile.js";
import type { Metric } from "./metrics.js";
import { batchIndices, updateMetrics, type BatchRunner, type TrainData } from "./runner.js";
import { runFit, runFitDataset, type EvaluateArgs, type FitArgs, type PredictArgs } from "./fit.js";
import type { History } from "./history.js";
import type { DatasetLike } from "./dataset.js";
import { checkData, checkPaired, checkSparseLabels } from "./inputs.js";
import { compileRunner, Unsupported } from "./compiled/index.js";
import { hasNonFinite, locateOutput, locateWeight, NonFiniteStep, type NonFiniteInfo } from "./nan-guard.js";

/**
 * A BatchRunner that may stop at a non-finite batch. When `guardsNonFinite`
 * is true, run() returns early with that batch's loss last and without its
 * update, and sets `nonFinite`; otherwise fit() checks the losses itself and
 * undoes the run from a snapshot (the compiled runner, for now).
 */
export type GuardedRunner = BatchRunner & { guardsNonFinite?: boolean; nonFinite?: NonFiniteInfo };
import { tapeFor } from "../privacy-hooks.js";

/** Sequential through sequentialRef: importing it here would close the cycle model → trainer → sequential → model. */
function isSequential(m: Model): m is Sequential {
  return sequentialRef.cls !== undefined && m instanceof sequentialRef.cls;
}

/** compile()'s result: optimizer, loss and metrics bound to a model, and the training step. */
export class Trainer {
  readonly optimizer: nt.Optimizer;
  readonly loss: ResolvedLoss;
  readonly metrics: Metric[];
  private readonly metricIds: string[];
  /** The validation data of the fit() in progress, for callbacks that report on it (run loggers). */
  validation?: [nt.Tensor, nt.Tensor];

  constructor(readonly model: Model, args: CompileArgs) {
    if (!args || typeof args !== "object") throw new NeuriteError("BAD_ARGUMENT", "compile: expects {optimizer, loss, metrics?}");
    if (args.optimizer === undefined) throw new NeuriteError("BAD_ARGUMENT", "compile: an optimizer is required");
    if (args.loss === undefined) throw new NeuriteError("BAD_ARGUMENT", "compile: a loss is required");
    this.optimizer = nt.optimizers.getOptimizer(args.optimizer);
    this.loss = resolveLoss(args.loss);
    this.metricIds = args.metrics ?? [];
    this.metrics = resolveMetrics(this.metricIds, this.loss.name, 0);
  }

  get metricsNames(): string[] {
    return ["loss", ...this.metrics.map((m) => m.name)];
  }

  /** Output width seen by the last prepare(). */
  outputWidth = 0;

  /** Re-resolves "accuracy" now that the output width is known (binary vs categorical). */
  bindOutputs(outputs: number): void {
    this.outputWidth = outputs;
    const fresh = resolveMetrics(this.metricIds, this.loss.name, outputs);
    this.metrics.splice(0, this.metrics.length, ...fresh);
  }

  /** The L1/L2 penalties of each trainable weight, folded into the optimizer's update. */
  penalties(vars: readonly nt.Variable[], specs = this.model.weightSpecs()): (nt.optimizers.Penalty | undefined)[] {
    const byVar = new Map(specs.map((s) => [s.variable, s.regularizer]));
    return vars.map((v) => byVar.get(v));
  }

  /** The penalty's value, for the reported loss (its gradient is applied inside the update kernel). */
  penaltyValue(all = this.model.weightSpecs()): number {
    const specs = all.filter((s) => s.regularizer && s.variable.trainable);
    if (specs.length === 0) return 0;
    // One sum and one read-back per step, however many weights carry a penalty.
    return nt.tidy(() => specs.map((s) => s.regularizer!.apply(s.variable)).reduce((a, b) => nt.add(a, b)).item());
  }

  /**
   * One eager step; returns the loss. With `guard`, a non-finite loss or
   * gradient throws NonFiniteStep before the update, and the weights changed
   * by the forward pass (BatchNormalization's moving statistics) are put back.
   */
  step(x: nt.Tensor, y: nt.Tensor, weights: nt.Tensor | undefined, metrics: Metric[], guard = false): number {
    // One walk over the model's weights per step (trainableWeights, the penalties and their value each walked it:
    // 6% of a tiny net's eager step).
    const specs = this.model.weightSpecs();
    const vars = specs.filter((s) => s.variable.trainable).map((s) => s.variable);
    const frozen = guard ? this.model.nonTrainableWeights.map((v) => nt.keep(nt.clone(v))) : [];
    try {
      const loss = nt.tidy(() => {
        const tape = tapeFor(this.optimizer);
        let pred!: nt.Tensor;
        const lossT = tape.run(() =>
          withTraining(true, () => {
            pred = this.model.apply(x, { training: true });
            let l = this.loss.fn(y, pred, weights ? { sampleWeight: weights } : {});
            for (const extra of this.model.losses) l = nt.add(l, extra);
            return l;
          }),
        );
        const grads = tape.gradient(lossT, vars);
        const value = lossT.item();
        if (guard && (!Number.isFinite(value) || grads.some(hasNonFinite))) {
          throw new NonFiniteStep({ loss: value, ...locateWeight(this.model, vars, grads) });
        }
        // The penalty of the weights that produced this loss (Keras adds model.losses from the same forward pass).
        const penalty = this.penaltyValue(specs);
        this.optimizer.applyGradients(grads, vars, this.penalties(vars, specs));
        updateMetrics(metrics, y, pred);
        return value + penalty;
      });
      return loss;
    } catch (e) {
      if (e instanceof NonFiniteStep) this.model.nonTrainableWeights.forEach((v, i) => v.assign(frozen[i]!));
      throw e;
    } finally {
      for (const f of frozen) f.dispose();
    }
  }

  /** Loss and the non-finite places of a batch, without training on it (explains a non-finite step). */
  diagnose(x: nt.Tensor, y: nt.Tensor, weights: nt.Tensor | undefined): NonFiniteInfo {
    const vars = this.model.trainableWeights;
    const info = nt.tidy(() => {
      const tape = new nt.GradientTape();
      const lossT = tape.run(() => this.loss.fn(y, this.model.apply(x, { training: false }), weights ? { sampleWeight: weights } : {}));
      return { loss: lossT.item(), ...locateWeight(this.model, vars, tape.gradient(lossT, vars)) };
    });
    return { ...info, output: locateOutput(this.model, x) };
  }

  /** The rows of batch `b` of an epoch's order (x, y and weights), freed by the caller's tidy. */
  batchOf(data: TrainData, order: Int32Array, b: number): [nt.Tensor, nt.Tensor, nt.Tensor | undefined] {
    const rows = nt.tensor(batchIndices(order, b, data.batchSize));
    return [nt.gather(data.x, rows), nt.gather(data.y, rows), data.weights && nt.gather(data.weights, rows)];
  }

  /**
   * The eager runner: gathers each batch and steps through ops. With `guard`
   * it stops at the first non-finite batch without applying its update: the
   * returned losses then end with that batch's, and `nonFinite` says where.
   */
  eagerRunner(data: TrainData, guard = false): GuardedRunner {
    const runner: GuardedRunner = {
      guardsNonFinite: guard,
      run: (order, first, count, metrics) => {
        const losses: number[] = [];
        for (let b = first; b < first + count; b++) {
          try {
            losses.push(nt.tidy(() => this.step(...this.batchOf(data, order, b), metrics, guard)));
          } catch (e) {
            if (!(e instanceof NonFiniteStep)) throw e;
            const [x] = this.batchOf(data, order, b);
            runner.nonFinite = { ...e.info, output: locateOutput(this.model, x) };
            x.dispose();
            losses.push(e.info.loss);
            break;
          }
        }
        return losses;
      },
      dispose() {},
    };
    return runner;
  }

  /** Whether fit() may replay a compiled plan (default); false forces the eager step. */
  useCompiledStep = true;
  /** Which step the last fit() used, and why it was eager (undefined when compiled). */
  lastRunner?: "compiled" | "eager";
  lastRunnerReason?: string;

  /** Picks the runner for a fit: compiled when the model and settings allow it, else eager (guarded when `guard`). */
  runner(data: TrainData, guard = false): GuardedRunner {
    let reason = "the compiled step is turned off (useCompiledStep = false)";
    if (this.useCompiledStep) {
      try {
        const compiled = compileRunner(this, data);
        [this.lastRunner, this.lastRunnerReason] = ["compiled", undefined];
        return compiled;
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        reason = e.message;
      }
    }
    [this.lastRunner, this.lastRunnerReason] = ["eager", reason];
    return this.eagerRunner(data, guard);
  }

  fit(x: nt.Tensor, y: nt.Tensor, args: FitArgs): Promise<History> {
    return runFit(this, x, y, args);
  }

  fitDataset(ds: DatasetLike, args: FitArgs & { validationData?: DatasetLike | [nt.Tensor, nt.Tensor] }): Promise<History> {
    return runFitDataset(this, ds, args);
  }

  trainOnBatch(xIn: nt.Tensor, yIn: nt.Tensor): number | number[] {
    const x = checkData("x", "trainOnBatch", xIn);
    const y = checkData("y", "trainOnBatch", yIn);
    checkPaired("trainOnBatch", x, y);
    this.prepare(x);
    for (const m of this.metrics) m.reset();
    const loss = this.step(x, y, undefined, this.metrics);
    return this.metrics.length ? [loss, ...this.metrics.map((m) => m.result())] : loss;
  }

  /** Builds the model for x and checks its width; binds output-dependent metrics. */
  prepare(x: nt.Tensor): void {
    if (isSequential(this.model)) {
      this.model.ensureBuilt(x);
      this.model.checkInput(x.shape);
      // A built stack knows its output shape: no forward pass needed (trainOnBatch calls this every batch).
      const out = this.model.layers.at(-1)?.lastOutputShape?.slice(1);
      if (out && out.every((d) => typeof d === "number")) return this.bindOutputs(out.reduce((a, d) => a * d!, 1));
    }
    const key = x.shape.slice(1).join("x");
    if (this.probed?.key !== key) {
      const probe = nt.tidy(() => this.model.apply(nt.slice(x, 0, 1)));
      this.probed = { key, width: probe.size };
      probe.dispose();
    }
    this.bindOutputs(this.probed.width);
  }

  /** A subclassed model's output width, by the input's feature shape it was probed with. */
  private probed: { key: string; width: number } | undefined;

  /** Checks labels against the loss before any step, where a row number still means the user's row. */
  checkLabels(who: string, y: nt.Tensor): void {
    if (this.loss.builtin && this.loss.name === "sparseCategoricalCrossentropy" && y.size === y.shape[0]) checkSparseLabels(who, y, this.outputWidth);
  }

  evaluate(xIn: nt.Tensor, yIn: nt.Tensor, args: EvaluateArgs = {}): number | number[] {
    const x = checkData("x", "evaluate", xIn);
    const y = checkData("y", "evaluate", yIn);
    checkPaired("evaluate", x, y);
    const batchSize = args.batchSize ?? 4096;
    if (!Number.isInteger(batchSize) || batchSize <= 0) throw new NeuriteError("BAD_ARGUMENT", `evaluate: batchSize must be a positive integer, got ${batchSize}`);
    const sw = args.sampleWeight && checkData("sampleWeight", "evaluate", args.sampleWeight);
    if (sw && sw.size !== x.shape[0]) throw new NeuriteError("SHAPE_MISMATCH", `evaluate: sampleWeight needs one value per sample (${x.shape[0]}), got ${sw.size}`);
    this.prepare(x);
    this.checkLabels("evaluate", y);
    const r = this.evaluateResolved(x, y, batchSize, sw);
    return this.metrics.length ? [r.loss, ...r.metrics] : r.loss;
  }

  /** Mean loss (weighted by batch size, plus penalties) and metric results over data. */
  evaluateResolved(x: nt.Tensor, y: nt.Tensor, batchSize: number, sampleWeight?: nt.Tensor): { loss: number; metrics: number[] } {
    for (const m of this.metrics) m.reset();
    const n = x.shape[0]!;
    let total = 0;
    for (let start = 0; start < n; start += batchSize) {
      const size = Math.min(batchSize, n - start);
      total += nt.tidy(() => {
        const xb = nt.slice(x, start, size);
        const yb = nt.slice(y, start, size);
        const pred = this.model.apply(xb, { training: false });
        const w = sampleWeight && nt.slice(sampleWeight, start, size);
        const l = this.loss.fn(yb, pred, w ? { sampleWeight: w } : {}).item();
        updateMetrics(this.metrics, yb, pred);
        return l * size;
      });
    }
    return { loss: total / n + this.penaltyValue(), metrics: this.metrics.map((m) => m.result()) };
  }

  static predict(model: Model, xIn: nt.Tensor, args: PredictArgs = {}): nt.Tensor {
    const x = checkData("x", "predict", xIn);
    const batchSize = args.batchSize ?? 4096;
    if (!Number.isInteger(batchSize) || batchSize <= 0) throw new NeuriteError("BAD_ARGUMENT", `predict: batchSize must be a positive integer, got ${batchSize}`);
    if (isSequential(model)) model.ensureBuilt(x);
    const n = x.shape[0]!;
    if (n <= batchSize) return model.apply(x, { training: false });
    return nt.tidy(() => {
      const parts: nt.Tensor[] = [];
      for (let s = 0; s < n; s += batchSize) parts.push(model.apply(nt.slice(x, s, Math.min(batchSize, n - s)), { training: false }));
      return nt.concat(parts, 0);
    });
  }

  dispose(): void {
    this.optimizer.dispose();
  }
}
