import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import type { TapeProvider } from "@neurite/layers";
import { PrivacyRandom } from "./random.js";
import { PrivateTape } from "./tape.js";

/** DP-SGD's settings: the clip norm, the noise multiplier and how the loss is reduced. */
export interface DPOptions {
  /** C: each example's gradient (over all trained weights) is scaled to L2 norm at most C. */
  l2NormClip: number;
  /** σ: the noise added to the summed clipped gradients has standard deviation σ·C. */
  noiseMultiplier: number;
  /** Reproducible noise for tests and experiments; omitted, noise comes from the CSPRNG. */
  seed?: number;
  /**
   * Divide by this fixed number instead of each batch's size. Required for the
   * accountant's guarantee with Poisson-sampled batches, whose size is itself private.
   */
  expectedBatchSize?: number;
  /** How the training loss reduces over the batch (default "mean", as Keras's losses). */
  lossReduction?: "mean" | "sum";
}

function positive(name: string, v: number | undefined, allowZero = false): void {
  if (v === undefined) return;
  if (!(allowZero ? v >= 0 : v > 0) || !Number.isFinite(v)) {
    throw new NeuriteError("BAD_ARGUMENT", `dpOptimizer: ${name} must be a ${allowZero ? "non-negative" : "positive"} number, got ${v}`);
  }
}

/**
 * DP-SGD around any optimizer (Abadi et al. 2016, "Deep Learning with
 * Differential Privacy"): gradients come from createTape(), clipped per
 * example and noised; the base optimizer applies them. Pass it to compile()
 * (fit and trainOnBatch then train privately) or use createTape() in a custom loop.
 */
export class DPOptimizer extends nt.Optimizer implements TapeProvider {
  readonly className = "DPOptimizer";
  readonly l2NormClip: number;
  readonly noiseMultiplier: number;
  readonly expectedBatchSize?: number;
  readonly lossReduction: "mean" | "sum";
  private readonly random: PrivacyRandom;
  private readonly released = new WeakSet<nt.Tensor>();

  constructor(readonly base: nt.Optimizer, options: DPOptions) {
    super({}, 0);
    if (!(base instanceof nt.Optimizer)) throw new NeuriteError("BAD_ARGUMENT", "dpOptimizer: the first argument must be an optimizer, e.g. nt.optimizers.sgd()");
    if (base instanceof DPOptimizer) throw new NeuriteError("BAD_ARGUMENT", "dpOptimizer: the base optimizer is already private");
    if (!options || typeof options !== "object") throw new NeuriteError("BAD_ARGUMENT", "dpOptimizer: expects {l2NormClip, noiseMultiplier}");
    positive("l2NormClip", options.l2NormClip);
    if (options.l2NormClip === undefined) throw new NeuriteError("BAD_ARGUMENT", "dpOptimizer: l2NormClip is required");
    positive("noiseMultiplier", options.noiseMultiplier, true);
    if (options.noiseMultiplier === undefined) throw new NeuriteError("BAD_ARGUMENT", "dpOptimizer: noiseMultiplier is required");
    positive("expectedBatchSize", options.expectedBatchSize);
    const reduction = options.lossReduction ?? "mean";
    if (reduction !== "mean" && reduction !== "sum") throw new NeuriteError("BAD_ARGUMENT", `dpOptimizer: lossReduction must be "mean" or "sum", got ${String(reduction)}`);
    this.l2NormClip = options.l2NormClip;
    this.noiseMultiplier = options.noiseMultiplier;
    this.expectedBatchSize = options.expectedBatchSize;
    this.lossReduction = reduction;
    this.random = new PrivacyRandom(options.seed);
    // The base optimizer owns the step count and the learning rate (schedulers and callbacks set it through here).
    Object.defineProperty(this, "learningRate", { get: () => base.learningRate, set: (v) => (base.learningRate = v), enumerable: true });
    Object.defineProperty(this, "iterations", { get: () => base.iterations, set: (v: number) => (base.iterations = v), enumerable: true });
  }

  /** A GradientTape whose gradient() returns DP-SGD gradients for the Dense layers run under it. */
  createTape(): PrivateTape {
    return new PrivateTape({
      l2NormClip: this.l2NormClip,
      noiseMultiplier: this.noiseMultiplier,
      expectedBatchSize: this.expectedBatchSize,
      lossReduction: this.lossReduction,
      random: this.random,
      release: (grads) => grads.forEach((g) => this.released.add(g)),
    });
  }

  /** Applies gradients from this optimizer's tape through the base optimizer; any other gradients are refused. */
  override applyGradients(grads: readonly nt.Tensor[], vars: readonly nt.Variable[], penalties?: readonly (nt.optimizers.Penalty | undefined)[]): void {
    grads.forEach((g, i) => {
      if (!this.released.has(g)) {
        throw new NeuriteError("BAD_ARGUMENT", `dpOptimizer.applyGradients: gradient ${i} was not made private; compute gradients with this optimizer's createTape()`);
      }
    });
    for (const g of grads) this.released.delete(g);
    this.base.applyGradients(grads, vars, penalties);
  }

  protected slotNames(): string[] {
    return [];
  }

  protected updateStep(): void {
    throw new NeuriteError("UNSUPPORTED", "dpOptimizer: updates run in the base optimizer");
  }

  override build(vars: readonly nt.Variable[]): void {
    this.base.build(vars);
  }

  override currentLearningRate(): number {
    return this.base.currentLearningRate();
  }

  override getWeights(): nt.Tensor[] {
    return this.base.getWeights();
  }

  override setWeights(weights: readonly nt.Tensor[]): void {
    this.base.setWeights(weights);
  }

  /** The DP settings and the wrapped optimizer's config. */
  override getConfig(): Record<string, unknown> {
    return {
      l2NormClip: this.l2NormClip,
      noiseMultiplier: this.noiseMultiplier,
      ...(this.expectedBatchSize !== undefined && { expectedBatchSize: this.expectedBatchSize }),
      base: { className: this.base.className, config: this.base.getConfig() },
    };
  }

  override dispose(): void {
    this.base.dispose();
  }
}

/** DP-SGD around `base`: `compile({optimizer: dpOptimizer(nt.optimizers.sgd({learningRate: 0.1}), {l2NormClip: 1, noiseMultiplier: 1.1})})`. */
export function dpOptimizer(base: nt.Optimizer, options: DPOptions): DPOptimizer {
  return new DPOptimizer(base, options);
}
