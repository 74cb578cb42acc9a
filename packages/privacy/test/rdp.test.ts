import { describe, expect, it } from "vitest";
import { logErfc, rdpOneStep } from "../src/index.js";

/**
 * log A_α by the trapezoid rule in log space, straight from the definition
 * A_α = ∫ N(z; 0, σ²)·((1 − q) + q·e^{(2z − 1)/(2σ²)})^α dz — independent of the
 * series the accountant sums. The integrand is smooth and decays like a
 * Gaussian, where the trapezoid rule converges geometrically.
 */
function logAByIntegral(q: number, sigma: number, alpha: number): number {
  const lo = -40 * sigma;
  const hi = alpha + 40 * sigma;
  const h = sigma / 50;
  const n = Math.ceil((hi - lo) / h);
  const logs = new Float64Array(n + 1);
  const log1mQ = Math.log1p(-q);
  let top = -Infinity;
  for (let k = 0; k <= n; k++) {
    const z = lo + k * h;
    const t = Math.log(q) + (2 * z - 1) / (2 * sigma * sigma);
    const mix = Math.max(log1mQ, t) + Math.log1p(Math.exp(-Math.abs(log1mQ - t)));
    logs[k] = -(z * z) / (2 * sigma * sigma) - Math.log(sigma * Math.sqrt(2 * Math.PI)) + alpha * mix;
    top = Math.max(top, logs[k]!);
  }
  let sum = 0;
  for (let k = 0; k <= n; k++) sum += (k === 0 || k === n ? 0.5 : 1) * Math.exp(logs[k]! - top);
  return top + Math.log(sum * h);
}

describe("log A_α of the sampled Gaussian mechanism", () => {
  // dp_accounting's test_compute_log_a_equals_mp cases, plus fractional orders across the range of q and σ.
  const cases: [number, number, number][] = [
    [1e-7, 0.1, 1.01], [1e-6, 0.1, 256], [1e-5, 0.1, 256.1], [1e-6, 1, 27], [1e-4, 1, 1.5], [1e-3, 1, 2],
    [0.01, 10, 20], [0.1, 100, 20.5], [0.99, 0.1, 256], [0.999, 100, 256.1],
    [0.01, 2.5, 1.5], [0.04, 1.5, 3.9], [0.3, 0.8, 7.3], [0.5, 0.5, 2.5], [0.0064, 1, 9.3],
  ];
  it.each(cases)("q=%s σ=%s α=%s: the series equals the integral", (q, sigma, alpha) => {
    const series = rdpOneStep(q, sigma, alpha) * (alpha - 1);
    const integral = logAByIntegral(q, sigma, alpha);
    expect(Math.abs(series - integral)).toBeLessThanOrEqual(1e-12 + 1e-6 * Math.abs(integral));
  });

  it("has the closed forms at the edges", () => {
    expect(rdpOneStep(0, 1, 2)).toBe(0);
    expect(rdpOneStep(1, 2, 3)).toBeCloseTo(3 / 8, 15);
    expect(rdpOneStep(0.1, 0, 2)).toBe(Infinity);
    expect(rdpOneStep(0.1, 1, Infinity)).toBe(Infinity);
    expect(rdpOneStep(0.1, 1, 1)).toBe(Infinity);
  });

  it("grows with the order (RDP is monotone in α)", () => {
    const orders = [1.25, 1.5, 2, 2.5, 3, 4.5, 8, 16.5, 32];
    const r = orders.map((a) => rdpOneStep(0.02, 1.1, a));
    for (let i = 1; i < r.length; i++) expect(r[i]!).toBeGreaterThan(r[i - 1]!);
  });
});

describe("logErfc", () => {
  // log(erfc(x)) from mpmath 1.3.0 with mp.dps = 30.
  const reference: [number, number][] = [
    [-3, 0.69313613525044681], [-1, 0.61123231767807049], [0, 0], [0.5, -0.7350111298370844],
    [1, -1.8496055099332482], [1.99999, -5.3648970831009524], [2, -5.3649412646166376], [3, -10.720363041981113],
    [5, -27.200889545537434], [10, -102.87988902484489], [30, -903.97411711064388], [100, -10005.177585122664],
  ];
  it.each(reference)("log erfc(%s)", (x, want) => {
    expect(Math.abs(logErfc(x) - want)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(want)));
  });

  it("handles infinities and NaN", () => {
    expect(logErfc(Infinity)).toBe(-Infinity);
    expect(logErfc(-Infinity)).toBeCloseTo(Math.LN2, 15);
    expect(logErfc(NaN)).toBeNaN();
  });
});
