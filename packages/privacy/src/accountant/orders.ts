/** Sets of Rényi orders that the reference accountants use; the bound is the best over the set. */

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const tenths = range(1, 100).map((x) => 1 + x / 10);

/** Sets of Rényi orders the reference accountants use. */
export const ORDERS = {
  /** TF Privacy's compute_dp_sgd_privacy (and compute_noise_from_budget): the default here. */
  tfPrivacy: Object.freeze([1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5, ...range(5, 64), 128, 256, 512]),
  /** Opacus's RDPAccountant.DEFAULT_ALPHAS, also TF Privacy's MNIST tutorials: 1.1, 1.2, …, 10.9, 12, …, 63. */
  opacus: Object.freeze([...tenths, ...range(12, 64)]),
  /** dp_accounting's RdpAccountant default (DEFAULT_RDP_ORDERS): 1.1, …, 10.9, 11, …, 63, 128, 256, 512, 1024. */
  dpAccounting: Object.freeze([...tenths, ...range(11, 64), 128, 256, 512, 1024]),
} as const;

/** The orders computeEpsilon uses unless told otherwise. */
export const DEFAULT_ORDERS: readonly number[] = ORDERS.tfPrivacy;
