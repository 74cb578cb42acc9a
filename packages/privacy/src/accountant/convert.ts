/**
 * From Rényi DP to (ε, δ)-DP: each order α gives a bound on ε, and the
 * smallest one is reported with the order that gave it.
 */

/**
 * "improved": ε = r + log(1 − 1/α) − log(δ·α)/(α − 1), with ε = 0 when the KL
 * bound δ ≥ √(1 − e^{−r}) already holds. Balle et al. 2020 ("Hypothesis Testing
 * Interpretations and Rényi DP", Thm 21) and Canonne, Kamath, Steinke 2020
 * (Prop 12); what TF Privacy (via dp_accounting) and Opacus report today.
 * "classic": ε = r − log(δ)/(α − 1) (Mironov 2017, Prop 3); what TF Privacy
 * reported before 2021. The improved bound is smaller at every order.
 */
export type Conversion = "improved" | "classic";

/** The best ε over a set of Rényi orders, and the order that gave it. */
export interface EpsilonAndOrder {
  epsilon: number;
  /** The order α at which the bound was smallest. */
  order: number;
}

function boundAt(alpha: number, rdp: number, delta: number, conversion: Conversion): number {
  if (conversion === "classic") return alpha > 1 ? rdp - Math.log(delta) / (alpha - 1) : Infinity;
  if (delta * delta + Math.expm1(-rdp) > 0) return 0;
  // Numerically unstable as α → 1, and useless there anyway (as dp_accounting).
  if (alpha > 1.01) return rdp + Math.log1p(-1 / alpha) - Math.log(delta * alpha) / (alpha - 1);
  return Infinity;
}

/** The smallest ε over the orders, for RDP values `rdp[i]` at `orders[i]`; the first order wins ties. */
export function epsilonFromRdp(orders: readonly number[], rdp: readonly number[], delta: number, conversion: Conversion = "improved"): EpsilonAndOrder {
  let best: EpsilonAndOrder = { epsilon: Infinity, order: orders[0] ?? NaN };
  orders.forEach((alpha, i) => {
    const eps = boundAt(alpha, rdp[i]!, delta, conversion);
    if (eps < best.epsilon) best = { epsilon: eps, order: alpha };
  });
  return { epsilon: Math.max(0, best.epsilon), order: best.order };
}
