import { describe, expect, it } from "vitest";
import { PrivacyRandom, poissonSample } from "../src/index.js";

describe("PrivacyRandom", () => {
  it.each([["CSPRNG", undefined], ["seeded", 9]] as const)("uniforms lie in [0, 1) with mean ½ (%s)", (_n, seed) => {
    const u = new PrivacyRandom(seed).uniform(40_001);
    expect(u.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = u.reduce((a, b) => a + b, 0) / u.length;
    // The standard error of the mean is 1/√(12·40001) ≈ 0.0014.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });

  it("CSPRNG normals have the requested spread, in odd counts too", () => {
    const z = Array.from(new PrivacyRandom().normal([3, 3333], 2).data());
    expect(z.length).toBe(9999);
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    const std = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length);
    expect(Math.abs(mean)).toBeLessThan(0.08);
    expect(Math.abs(std / 2 - 1)).toBeLessThan(0.03);
    expect(new PrivacyRandom().secure).toBe(true);
    expect(new PrivacyRandom(1).secure).toBe(false);
  });
});

describe("poissonSample", () => {
  it("includes each index with the given probability, independently", () => {
    const counts = new Int32Array(1000);
    let total = 0;
    const random = new PrivacyRandom(5);
    for (let s = 0; s < 200; s++) {
      const idx = poissonSample(1000, 0.1, random);
      total += idx.length;
      for (let i = 1; i < idx.length; i++) expect(idx[i]!).toBeGreaterThan(idx[i - 1]!);
      for (const i of idx) counts[i]!++;
    }
    // 200,000 Bernoulli(0.1) draws: mean batch 100 ± 0.07.
    expect(Math.abs(total / 200 - 100)).toBeLessThan(1);
    // Each index: Binomial(200, 0.1), mean 20, sd ≈ 4.2.
    expect(Math.max(...counts)).toBeLessThan(45);
    expect(Math.min(...counts)).toBeGreaterThan(2);
  });

  it("has the edge cases and argument checks", () => {
    expect(poissonSample(50, 0).length).toBe(0);
    expect(Array.from(poissonSample(5, 1))).toEqual([0, 1, 2, 3, 4]);
    expect(() => poissonSample(10, 1.5)).toThrow(/rate/);
    expect(() => poissonSample(-1, 0.5)).toThrow(/datasetSize/);
  });
});
