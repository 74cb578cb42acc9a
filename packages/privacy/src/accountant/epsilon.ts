import { NeuriteError } from "@neurite/core";
import { epsilonFromRdp, type Conversion } from "./convert.js";
import { DEFAULT_ORDERS } from "./orders.js";
import { computeRdp } from "./rdp.js";

/**
 * A DP-SGD run as the accountant sees it. Sampling is Poisson: each step
 * includes each of the `datasetSize` examples independently with probability
 * q = batchSize / datasetSize (batchSize is the expected batch size). Give
 * `steps`, or `epochs` (then steps = ⌈epochs · datasetSize / batchSize⌉, as
 * TF Privacy's compute_dp_sgd_privacy counts them).
 */
export interface TrainingPrivacy {
  batchSize: number;
  datasetSize: number;
  /** Noise standard deviation divided by the clipping norm. */
  noiseMultiplier: number;
  delta: number;
  steps?: number;
  epochs?: number;
  /** Rényi orders to optimise over (default ORDERS.tfPrivacy). */
  orders?: readonly number[];
  /** RDP → (ε, δ) conversion (default "improved"). */
  conversion?: Conversion;
}

/** privacySpent's result: ε and the Rényi order that gave it. */
export interface PrivacySpent {
  epsilon: number;
  /** The Rényi order that gave the bound; the smallest or largest order means the set should be widened. */
  order: number;
  steps: number;
  samplingRate: number;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new NeuriteError("BAD_ARGUMENT", message);
}

interface Checked {
  q: number;
  steps: number;
  orders: readonly number[];
  conversion: Conversion;
}

function checkRun(fn: string, p: Omit<TrainingPrivacy, "noiseMultiplier">): Checked {
  check(typeof p === "object" && p !== null, `${fn}: expects an options object`);
  check(Number.isInteger(p.datasetSize) && p.datasetSize > 0, `${fn}: datasetSize must be a positive integer, got ${p.datasetSize}`);
  check(p.batchSize > 0 && p.batchSize <= p.datasetSize, `${fn}: batchSize must be in (0, datasetSize], got ${p.batchSize} for ${p.datasetSize} examples`);
  check(p.delta > 0 && p.delta < 1, `${fn}: delta must be in (0, 1), got ${p.delta}`);
  check((p.steps === undefined) !== (p.epochs === undefined), `${fn}: give exactly one of steps and epochs`);
  if (p.steps !== undefined) check(Number.isInteger(p.steps) && p.steps >= 0, `${fn}: steps must be an integer ≥ 0, got ${p.steps}`);
  if (p.epochs !== undefined) check(p.epochs >= 0 && Number.isFinite(p.epochs), `${fn}: epochs must be ≥ 0, got ${p.epochs}`);
  const orders = p.orders ?? DEFAULT_ORDERS;
  check(orders.length > 0 && orders.every((a) => a >= 1), `${fn}: orders must be a non-empty list of numbers ≥ 1`);
  const conversion = p.conversion ?? "improved";
  check(conversion === "improved" || conversion === "classic", `${fn}: conversion must be "improved" or "classic", got ${String(conversion)}`);
  const q = p.batchSize / p.datasetSize;
  const steps = p.steps ?? Math.ceil((p.epochs! * p.datasetSize) / p.batchSize);
  return { q, steps, orders, conversion };
}

/** ε (with the order and step count behind it) of DP-SGD with Poisson sampling, from the RDP accountant. */
export function privacySpent(p: TrainingPrivacy): PrivacySpent {
  const c = checkRun("computeEpsilon", p);
  check(p.noiseMultiplier >= 0, `computeEpsilon: noiseMultiplier must be ≥ 0, got ${p.noiseMultiplier}`);
  if (c.steps === 0) return { epsilon: 0, order: c.orders[0]!, steps: 0, samplingRate: c.q };
  const rdp = computeRdp(c.q, p.noiseMultiplier, c.steps, c.orders);
  return { ...epsilonFromRdp(c.orders, rdp, p.delta, c.conversion), steps: c.steps, samplingRate: c.q };
}

/**
 * ε of DP-SGD with Poisson sampling at rate batchSize/datasetSize, as
 * TensorFlow Privacy and Opacus compute it (RDP accountant). Fixed-size
 * shuffled batches are not Poisson sampling: see docs/privacy.md.
 */
export function computeEpsilon(p: TrainingPrivacy): number {
  return privacySpent(p).epsilon;
}

/** What noiseMultiplierFor solves for: the training settings and the ε to reach. */
export interface NoiseTarget extends Omit<TrainingPrivacy, "noiseMultiplier"> {
  targetEpsilon: number;
  /** Relative width of the final bracket (default 1e-6). */
  tolerance?: number;
}

const SIGMA_MIN = 1e-3;
const SIGMA_MAX = 1e6;

/**
 * The smallest noise multiplier (to `tolerance`, relative) whose ε is at most
 * `targetEpsilon`, by bisection: ε falls as the noise grows. The result errs
 * on the safe side: computeEpsilon at it is ≤ targetEpsilon.
 */
export function noiseMultiplierFor(p: NoiseTarget): number {
  const c = checkRun("noiseMultiplierFor", p);
  check(p.targetEpsilon > 0 && Number.isFinite(p.targetEpsilon), `noiseMultiplierFor: targetEpsilon must be a positive number, got ${p.targetEpsilon}`);
  const tol = p.tolerance ?? 1e-6;
  check(tol > 0 && tol < 1, `noiseMultiplierFor: tolerance must be in (0, 1), got ${tol}`);
  const eps = (sigma: number) => epsilonFromRdp(c.orders, computeRdp(c.q, sigma, c.steps, c.orders), p.delta, c.conversion).epsilon;
  if (c.steps === 0) return 0;
  let lo = 1;
  let hi = 1;
  if (eps(1) > p.targetEpsilon) {
    while (eps(hi) > p.targetEpsilon) {
      lo = hi;
      hi *= 2;
      check(hi <= SIGMA_MAX, `noiseMultiplierFor: ε ≤ ${p.targetEpsilon} is out of reach even with noise multiplier ${SIGMA_MAX}`);
    }
  } else {
    while (eps(lo) <= p.targetEpsilon) {
      // Even the least noise considered meets the target.
      if (lo <= SIGMA_MIN) return lo;
      hi = lo;
      lo /= 2;
    }
  }
  // Invariant: eps(lo) > target ≥ eps(hi); bisect in log space, σ spans decades.
  while (hi / lo - 1 > tol) {
    const mid = Math.sqrt(lo * hi);
    if (eps(mid) > p.targetEpsilon) lo = mid;
    else hi = mid;
  }
  return hi;
}
