import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Dense, tapDense, type DenseCall } from "@neurite/layers";
import { clipFactors, clippedSums, perExampleNorms, type DenseSlice } from "./ghost.js";
import type { PrivacyRandom } from "./random.js";

/** What a private tape needs from its optimizer. */
export interface PrivateStepConfig {
  l2NormClip: number;
  noiseMultiplier: number;
  /** Divide the noisy sum by this instead of the batch's row count (needed with Poisson sampling). */
  expectedBatchSize?: number;
  /** How the loss reduces over the batch: "mean" (Keras's losses, the default) or "sum". */
  lossReduction: "mean" | "sum";
  random: PrivacyRandom;
  /** Receives the released gradients, so the optimizer can refuse any others. */
  release(grads: readonly nt.Tensor[]): void;
}

interface Recorded {
  layer: Dense;
  kernel: nt.Variable;
  bias?: nt.Variable;
  input: nt.Tensor;
  preActivation: nt.Tensor;
}

/**
 * A GradientTape whose gradient() is DP-SGD's: each example's gradient is
 * clipped to l2NormClip (ghost norms over the Dense layers seen in run()),
 * the clipped gradients are summed, N(0, (l2NormClip·noiseMultiplier)²) noise
 * is added and the result divided by the batch size.
 */
export class PrivateTape extends nt.GradientTape {
  private recorded: Recorded[] = [];
  /** Each example's gradient norm before clipping, from the last gradient() call. */
  lastNorms?: Float32Array;

  constructor(private readonly config: PrivateStepConfig) {
    super();
  }

  /** Records fn while capturing each Dense layer's inputs and pre-activations for the per-example norms. */
  override run<T>(fn: () => T): T {
    return tapDense((call) => this.capture(call), () => super.run(fn));
  }

  private capture(call: DenseCall): void {
    const layer = call.layer;
    if (!(layer instanceof Dense) || !layer.kernel?.trainable) return;
    if (call.inputShape.length !== 2) {
      throw new NeuriteError("UNSUPPORTED", `dpOptimizer: ${layer.name} got a rank-${call.inputShape.length} input; per-example clipping supports Dense layers on [batch, features] inputs`);
    }
    if (this.recorded.some((r) => r.layer === layer)) {
      throw new NeuriteError("UNSUPPORTED", `dpOptimizer: ${layer.name} was applied twice in one step; per-example clipping needs each Dense layer once per example`);
    }
    this.recorded.push({
      layer,
      kernel: layer.kernel,
      bias: layer.bias?.trainable ? layer.bias : undefined,
      // The tape lets go of the input when gradient() returns; the clipped sums need it after that.
      input: nt.keep(nt.clone(call.input)),
      preActivation: call.preActivation,
    });
  }

  /** Private gradients of `target` for `sources`, which must all be kernels or biases of Dense layers run under this tape. */
  override gradient(target: nt.Tensor, sources: readonly nt.Tensor[]): nt.Tensor[] {
    const recorded = this.recorded;
    this.recorded = [];
    try {
      if (sources.length === 0) return [];
      const parts = sources.map((s) => this.locate(s, recorded));
      const used = recorded.filter((r) => parts.some((p) => p.record === r));
      const rows = used[0]?.input.shape[0] ?? 0;
      if (used.some((r) => r.input.shape[0] !== rows)) throw new NeuriteError("SHAPE_MISMATCH", "dpOptimizer: the Dense layers saw different batch sizes in one step");
      if (rows === 0) throw new NeuriteError("BAD_ARGUMENT", "dpOptimizer: the batch is empty");
      const deltas = super.gradient(target, used.map((r) => r.preActivation));
      const grads = nt.tidy(() => this.privatize(used, deltas, parts, rows));
      for (const d of deltas) d.dispose();
      this.config.release(grads);
      return grads;
    } finally {
      for (const r of recorded) r.input.dispose();
      this.dispose();
    }
  }

  private locate(source: nt.Tensor, recorded: readonly Recorded[]): { record: Recorded; bias: boolean } {
    for (const r of recorded) {
      if (r.kernel === source) return { record: r, bias: false };
      if (r.bias === source) return { record: r, bias: true };
    }
    const name = source instanceof nt.Variable ? `"${source.name}"` : `tensor #${source.id}`;
    throw new NeuriteError(
      "UNSUPPORTED",
      `dpOptimizer: cannot clip the gradient of ${name} per example: only trainable kernels and biases of Dense layers applied once under the tape are supported (freeze other layers, e.g. BatchNormalization, which mixes examples)`,
    );
  }

  private privatize(used: Recorded[], deltas: nt.Tensor[], parts: { record: Recorded; bias: boolean }[], rows: number): nt.Tensor[] {
    const { l2NormClip: clip, noiseMultiplier, random } = this.config;
    // With a mean loss the tape's δ is ∂ℓ_i/∂z_i divided by the row count.
    const perExample = this.config.lossReduction === "mean" ? rows : 1;
    const slices: DenseSlice[] = used.map((r, i) => ({
      input: r.input,
      delta: perExample === 1 ? deltas[i]! : nt.mul(deltas[i]!, perExample),
      kernel: parts.some((p) => p.record === r && !p.bias),
      bias: parts.some((p) => p.record === r && p.bias),
    }));
    const norms = perExampleNorms(slices);
    this.lastNorms = norms.data() as Float32Array;
    const sums = clippedSums(slices, clipFactors(norms, clip));
    const denominator = this.config.expectedBatchSize ?? rows;
    return parts.map((p) => {
      const sum = sums[used.indexOf(p.record)]![p.bias ? 1 : 0]!;
      const noisy = noiseMultiplier > 0 ? nt.add(sum, random.normal(sum.shape, clip * noiseMultiplier)) : sum;
      return nt.div(noisy, denominator);
    });
  }
}
