/**
 * Per-example clipping of dense layers without per-example gradients
 * ("ghost clipping"). For a dense layer z = x·W + b, example i's gradient is
 * gW_i = x_iᵀ δ_i and gb_i = δ_i, with δ_i = ∂ℓ_i/∂z_i, so
 *   ‖gW_i‖² = ‖x_i‖² · ‖δ_i‖²   and   ‖gb_i‖² = ‖δ_i‖²,
 * and the sum of clipped gradients is Σ c_i gW_i = Xᵀ·diag(c)·Δ, with
 * c_i = min(1, C/‖g_i‖) over all layers: two extra GEMM-sized passes, never
 * batch × parameters memory.
 * see: Goodfellow 2015, "Efficient Per-Example Gradient Computations"
 * (arXiv:1510.01799); Li et al. 2022, "Large Language Models Can Be Strong
 * Differentially Private Learners" (arXiv:2110.05679), §4.
 */
import * as nt from "@neurite/core";

/** One dense layer's part of a step: its input rows X [B, in] and per-example output gradients Δ [B, units]. */
export interface DenseSlice {
  input: nt.Tensor;
  delta: nt.Tensor;
  kernel: boolean;
  bias: boolean;
}

/** Each example's gradient norm over the requested kernels and biases: a [B] tensor. */
export function perExampleNorms(slices: readonly DenseSlice[]): nt.Tensor {
  return nt.tidy(() => {
    let sq: nt.Tensor | undefined;
    for (const s of slices) {
      const d2 = nt.sum(nt.square(s.delta), 1);
      let part: nt.Tensor | undefined;
      if (s.kernel) part = nt.mul(nt.sum(nt.square(s.input), 1), d2);
      if (s.bias) part = part ? nt.add(part, d2) : d2;
      if (part) sq = sq ? nt.add(sq, part) : part;
    }
    return nt.sqrt(sq ?? nt.zeros([slices[0]?.delta.shape[0] ?? 0]));
  });
}

/** c_i = min(1, C/‖g_i‖), written C / max(‖g_i‖, C) so a zero gradient gets factor 1. */
export function clipFactors(norms: nt.Tensor, clip: number): nt.Tensor {
  return nt.tidy(() => nt.div(clip, nt.maximum(norms, clip)));
}

/** Σ_i c_i g_i for each slice: [kernel sum or null, bias sum or null]. */
export function clippedSums(slices: readonly DenseSlice[], factors: nt.Tensor): [nt.Tensor | null, nt.Tensor | null][] {
  return nt.tidy(() => {
    const c = nt.reshape(factors, [-1, 1]);
    return slices.map((s) => {
      const scaled = nt.mul(s.delta, c);
      return [s.kernel ? nt.matMul(s.input, scaled, true, false) : null, s.bias ? nt.sum(scaled, 0) : null];
    });
  });
}
