/**
 * Rényi DP of the Poisson-subsampled Gaussian mechanism (the "sampled
 * Gaussian mechanism" of DP-SGD): each step includes every example
 * independently with probability q and adds N(0, σ²) noise to a sum whose
 * per-example sensitivity is 1. Its RDP at order α is log(A_α)/(α − 1) with
 * A_α = E_{z∼N(0,σ²)}[((1 − q) + q·e^{(2z − 1)/(2σ²)})^α].
 * see: Mironov, Talwar, Zhang 2019, "Rényi Differential Privacy of the Sampled
 * Gaussian Mechanism" (arXiv:1908.10530), §3.2 (integer α) and §3.3 (fractional α).
 */
import { logAdd, logErfc, logSub } from "./logmath.js";

/** log A_α for integer α: the binomial expansion, a finite sum of positive terms. */
export function logAInteger(q: number, sigma: number, alpha: number): number {
  const logQ = Math.log(q);
  const log1mQ = Math.log1p(-q);
  let logA = -Infinity;
  let logBinom = 0;
  for (let i = 0; i <= alpha; i++) {
    logA = logAdd(logA, logBinom + i * logQ + (alpha - i) * log1mQ + (i * i - i) / (2 * sigma * sigma));
    logBinom += Math.log(alpha - i) - Math.log(i + 1);
  }
  return logA;
}

/** Series terms past this many are a sign the series will not converge in double precision. */
const MAX_TERMS = 10_000;
/** A term this far (in log units) below the running total no longer changes it. */
const NEGLIGIBLE = 36;

/**
 * log A_α for fractional α: the integral split at z0, where both mixture
 * components weigh the same, each side a convergent binomial series whose
 * coefficients C(α, i) change sign once i > α. Infinity if it does not converge.
 */
export function logAFractional(q: number, sigma: number, alpha: number): number {
  const logQ = Math.log(q);
  const log1mQ = Math.log1p(-q);
  const s2 = sigma * sigma;
  const z0 = s2 * (log1mQ - logQ) + 0.5;
  const scale = Math.SQRT2 * sigma;
  // Positive and negative parts of the two half-integrals, each a log-space sum.
  const pos = [-Infinity, -Infinity];
  const neg = [-Infinity, -Infinity];
  let logCoef = 0;
  let sign = 1;
  let last0 = Infinity;
  let last1 = Infinity;
  for (let i = 0; i < MAX_TERMS; i++) {
    const j = alpha - i;
    const s0 = logCoef + i * logQ + j * log1mQ + (i * i - i) / (2 * s2) + Math.log(0.5) + logErfc((i - z0) / scale);
    const s1 = logCoef + j * logQ + i * log1mQ + (j * j - j) / (2 * s2) + Math.log(0.5) + logErfc((z0 - j) / scale);
    const parts = sign > 0 ? pos : neg;
    parts[0] = logAdd(parts[0]!, s0);
    parts[1] = logAdd(parts[1]!, s1);
    const total = logAdd(logSub(pos[0]!, neg[0]!), logSub(pos[1]!, neg[1]!));
    if (i > alpha && s0 < last0 && s1 < last1 && Math.max(s0, s1) < total - NEGLIGIBLE) return total;
    last0 = s0;
    last1 = s1;
    logCoef += Math.log(Math.abs(alpha - i)) - Math.log(i + 1);
    if (alpha - i < 0) sign = -sign;
  }
  return Infinity;
}

/**
 * RDP at order α of one step with sampling rate q and noise multiplier σ.
 * Infinity where the order gives no bound (σ = 0, α = ∞, or α = 1 with 0 < q < 1).
 */
export function rdpOneStep(q: number, sigma: number, alpha: number): number {
  if (q === 0) return 0;
  if (sigma === 0 || alpha === Infinity) return Infinity;
  if (q === 1) return alpha / (2 * sigma * sigma);
  if (alpha === 1) return Infinity;
  const logA = Number.isInteger(alpha) ? logAInteger(q, sigma, alpha) : logAFractional(q, sigma, alpha);
  // Rounding can leave log A a hair below its true minimum of 0.
  return Math.max(0, logA) / (alpha - 1);
}

/** RDP of `steps` composed steps of the sampled Gaussian mechanism at each order (RDP adds up under composition). */
export function computeRdp(q: number, noiseMultiplier: number, steps: number, orders: readonly number[]): number[] {
  return orders.map((a) => rdpOneStep(q, noiseMultiplier, a) * steps);
}
