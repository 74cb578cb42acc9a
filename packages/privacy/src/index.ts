/**
 * `@neurite/privacy`: DP-SGD and its accountant.
 * - dpOptimizer(base, {l2NormClip, noiseMultiplier}) trains with per-example
 *   clipping (ghost norms for Dense layers) and Gaussian noise, in fit() or a
 *   custom loop through createTape().
 * - computeEpsilon / noiseMultiplierFor: the RDP accountant of the
 *   Poisson-subsampled Gaussian mechanism, as TF Privacy and Opacus compute it.
 *
 * @module \@neurite/privacy
 */
export {
  computeEpsilon, privacySpent, noiseMultiplierFor, type TrainingPrivacy, type PrivacySpent, type NoiseTarget,
} from "./accountant/epsilon.js";
export { computeRdp, rdpOneStep } from "./accountant/rdp.js";
export { epsilonFromRdp, type Conversion, type EpsilonAndOrder } from "./accountant/convert.js";
export { ORDERS, DEFAULT_ORDERS } from "./accountant/orders.js";
export { logErfc } from "./accountant/logmath.js";
export { DPOptimizer, dpOptimizer, type DPOptions } from "./dp/optimizer.js";
export { PrivateTape } from "./dp/tape.js";
export { PrivacyRandom, poissonSample } from "./dp/random.js";
export { perExampleNorms, clipFactors, clippedSums, type DenseSlice } from "./dp/ghost.js";
export { EpsilonCallback, epsilonCallback, type EpsilonCallbackArgs } from "./callback.js";
