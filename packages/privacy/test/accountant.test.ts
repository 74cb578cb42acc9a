import { describe, expect, it } from "vitest";
import { computeEpsilon, computeRdp, epsilonFromRdp, noiseMultiplierFor, ORDERS, privacySpent } from "../src/index.js";
import { fixture, num, ordersOf, within, type OrderSpec, type Source } from "./fixtures.js";

interface EpsilonCase {
  name: string;
  source: Source;
  datasetSize: number;
  batchSize: number;
  noiseMultiplier: number;
  epochs?: number;
  steps?: number;
  delta: number;
  orders: OrderSpec;
  conversion: "improved" | "classic";
  expected: number;
  expectedOrder?: number;
  tolerance?: number;
  absolute?: number;
}

describe("computeEpsilon against published values", () => {
  const { cases } = fixture<{ cases: EpsilonCase[] }>("epsilon.json");
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(c.source.repository && c.source.path && c.source.commit).toBeTruthy();
    const r = privacySpent({ ...c, orders: ordersOf(c.orders) });
    if (!within(r.epsilon, c.expected, c)) expect.fail(`epsilon ${r.epsilon}, published ${c.expected} (${c.source.repository}/${c.source.path})`);
    if (c.expectedOrder !== undefined) expect(r.order).toBe(c.expectedOrder);
  });
});

interface RdpFixture {
  rdp: {
    name: string; q: number; noiseMultiplier: number; steps: number; orders: (number | string)[]; expected: (number | string)[];
    exactAtFractionalOrders: Record<string, number>;
  }[];
  conversion: {
    name: string; orders: OrderSpec; delta: number; conversion: "improved" | "classic"; expected: number; expectedOrder?: number; tolerance: number;
    constantRdp?: number; q?: number; noiseMultiplier?: number; steps?: number;
  }[];
  upperBounds: {
    name: string; q: number; noiseMultiplier: number; steps: number; delta: number; orders: OrderSpec; conversion: "improved";
    published: number; order: number; exactRdpAtOrder: number;
  }[];
}

describe("RDP and conversion against published values", () => {
  const f = fixture<RdpFixture>("rdp.json");

  it.each(f.rdp.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const orders = c.orders.map(num);
    const ours = computeRdp(c.q, c.noiseMultiplier, c.steps, orders);
    orders.forEach((a, i) => {
      const published = num(c.expected[i]!);
      if (published === Infinity) return expect(ours[i]).toBe(Infinity);
      if (Number.isInteger(a)) return expect(Math.abs(ours[i]! - published)).toBeLessThanOrEqual(1e-4 * published);
      // Fractional: the exact value, below dp_accounting's absolute-value series.
      expect(ours[i]!).toBeLessThanOrEqual(published);
      const exact = c.exactAtFractionalOrders[String(a)]!;
      expect(Math.abs(ours[i]! - exact)).toBeLessThanOrEqual(1e-8 * exact);
    });
  });

  it.each(f.conversion.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const orders = ordersOf(c.orders);
    const rdp = c.constantRdp !== undefined ? orders.map(() => c.constantRdp!) : computeRdp(c.q!, c.noiseMultiplier!, c.steps!, orders);
    const r = epsilonFromRdp(orders, rdp, c.delta, c.conversion);
    expect(within(r.epsilon, c.expected, c), `epsilon ${r.epsilon}`).toBe(true);
    if (c.expectedOrder !== undefined) expect(r.order).toBe(c.expectedOrder);
  });

  it.each(f.upperBounds.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const orders = ordersOf(c.orders);
    const r = epsilonFromRdp(orders, computeRdp(c.q, c.noiseMultiplier, c.steps, orders), c.delta, c.conversion);
    expect(r.order).toBe(c.order);
    expect(r.epsilon).toBeLessThan(c.published);
    expect(r.epsilon).toBeGreaterThan(c.published * 0.99);
    const [atOrder] = computeRdp(c.q, c.noiseMultiplier, c.steps, [c.order]);
    expect(Math.abs(atOrder! - c.exactRdpAtOrder)).toBeLessThanOrEqual(1e-8 * c.exactRdpAtOrder);
  });
});

interface NoiseCase {
  name: string; source: Source; datasetSize: number; batchSize: number; targetEpsilon: number; epochs?: number; steps?: number;
  delta: number; orders: OrderSpec; conversion: "improved" | "classic"; expected: number; tolerance: number;
}

describe("noiseMultiplierFor", () => {
  const { cases } = fixture<{ cases: NoiseCase[] }>("noise.json");
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const sigma = noiseMultiplierFor({ ...c, orders: ordersOf(c.orders) });
    expect(within(sigma, c.expected, c), `noise multiplier ${sigma}`).toBe(true);
  });

  it("errs on the safe side and is tight", () => {
    const run = { datasetSize: 8000, batchSize: 256, epochs: 20, delta: 1e-5 };
    const sigma = noiseMultiplierFor({ ...run, targetEpsilon: 3 });
    expect(computeEpsilon({ ...run, noiseMultiplier: sigma })).toBeLessThanOrEqual(3);
    expect(computeEpsilon({ ...run, noiseMultiplier: sigma * (1 - 1e-5) })).toBeGreaterThan(3);
  });

  it("handles targets met by little noise, and refuses unreachable ones", () => {
    const run = { datasetSize: 1000, batchSize: 10, steps: 1, delta: 1e-5 };
    const sigma = noiseMultiplierFor({ ...run, targetEpsilon: 50 });
    expect(sigma).toBeLessThan(1);
    expect(computeEpsilon({ ...run, noiseMultiplier: sigma })).toBeLessThanOrEqual(50);
    expect(noiseMultiplierFor({ ...run, steps: 0, targetEpsilon: 1 })).toBe(0);
    expect(() => noiseMultiplierFor({ ...run, targetEpsilon: 0 })).toThrow(/targetEpsilon/);
    // δ = 0.5 and ε ≈ 0 ask for more than any noise in range gives with the classic conversion.
    expect(() => noiseMultiplierFor({ datasetSize: 10, batchSize: 10, steps: 1e6, delta: 1e-9, targetEpsilon: 1e-9, conversion: "classic" }))
      .toThrow(/out of reach/);
  });
});

describe("computeEpsilon behaviour", () => {
  const run = { datasetSize: 60000, batchSize: 256, noiseMultiplier: 1.1, delta: 1e-5 };

  it("counts steps from epochs as TF Privacy does, and grows with steps", () => {
    expect(privacySpent({ ...run, epochs: 1 }).steps).toBe(235);
    const e = [1, 10, 100].map((epochs) => computeEpsilon({ ...run, epochs }));
    expect(e[0]!).toBeLessThan(e[1]!);
    expect(e[1]!).toBeLessThan(e[2]!);
    expect(computeEpsilon({ ...run, steps: 0 })).toBe(0);
  });

  it("the improved conversion is never above the classic one", () => {
    for (const noiseMultiplier of [0.5, 1, 2, 5]) {
      const p = { ...run, noiseMultiplier, steps: 5000 };
      expect(computeEpsilon(p)).toBeLessThan(computeEpsilon({ ...p, conversion: "classic" }));
    }
  });

  it("more noise or a smaller sampling rate spends less", () => {
    const base = computeEpsilon({ ...run, steps: 1000 });
    expect(computeEpsilon({ ...run, steps: 1000, noiseMultiplier: 2 })).toBeLessThan(base);
    expect(computeEpsilon({ ...run, steps: 1000, batchSize: 64 })).toBeLessThan(base);
  });

  it("without noise there is no guarantee; with q = 1 it is the Gaussian mechanism's", () => {
    expect(computeEpsilon({ ...run, steps: 10, noiseMultiplier: 0 })).toBe(Infinity);
    // One Gaussian mechanism with σ = 1: RDP α/2, so ε = min over α of α/2 + log(1 − 1/α) − log(δα)/(α − 1).
    const orders = Array.from({ length: 1000 }, (_, i) => 1.02 + i * 0.02);
    const byHand = Math.min(...orders.map((a) => a / 2 + Math.log1p(-1 / a) - Math.log(1e-5 * a) / (a - 1)));
    expect(computeEpsilon({ datasetSize: 5, batchSize: 5, steps: 1, noiseMultiplier: 1, delta: 1e-5, orders })).toBeCloseTo(byHand, 12);
  });

  it("names bad arguments", () => {
    expect(() => computeEpsilon({ ...run, delta: 0, steps: 1 })).toThrow(/delta/);
    expect(() => computeEpsilon({ ...run, batchSize: 0, steps: 1 })).toThrow(/batchSize/);
    expect(() => computeEpsilon({ ...run, batchSize: 70000, steps: 1 })).toThrow(/batchSize/);
    expect(() => computeEpsilon({ ...run })).toThrow(/steps and epochs/);
    expect(() => computeEpsilon({ ...run, steps: 1, epochs: 1 })).toThrow(/steps and epochs/);
    expect(() => computeEpsilon({ ...run, steps: 1.5 })).toThrow(/steps/);
    expect(() => computeEpsilon({ ...run, steps: 1, noiseMultiplier: -1 })).toThrow(/noiseMultiplier/);
    expect(() => computeEpsilon({ ...run, steps: 1, orders: [0.5, 2] })).toThrow(/orders/);
    expect(() => computeEpsilon({ ...run, steps: 1, conversion: "exact" as never })).toThrow(/conversion/);
  });

  it("the default orders are TF Privacy's compute_dp_sgd_privacy orders", () => {
    expect(ORDERS.tfPrivacy.length).toBe(10 + 59 + 3);
    expect(privacySpent({ ...run, steps: 100 }).order).toBeGreaterThan(1);
  });
});
