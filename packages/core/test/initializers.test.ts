import { expect, it } from "vitest";
import * as nt from "../src/index.js";
import { eachBackend } from "./helpers.js";

function stats(t: nt.Tensor): { mean: number; variance: number; min: number; max: number } {
  const v = Array.from(t.data());
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const variance = v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length;
  return { mean, variance, min: Math.min(...v), max: Math.max(...v) };
}

eachBackend("initializers", () => {
  it("fans follow Keras (dense kernels are [in, out]; conv kernels scale by the receptive field)", () => {
    expect(nt.initializers.fans([784, 128])).toEqual([784, 128]);
    expect(nt.initializers.fans([3, 3, 16, 32])).toEqual([144, 288]);
    expect(nt.initializers.fans([10])).toEqual([10, 10]);
  });

  it("the variance-scaling family has Keras's limits and variances", () => {
    const shape = [400, 300];
    const avg = 350;
    const gu = stats(nt.initializers.glorotUniform({ seed: 1 }).apply(shape));
    expect(gu.max).toBeLessThanOrEqual(Math.sqrt(6 / (400 + 300)));
    expect(gu.min).toBeGreaterThanOrEqual(-Math.sqrt(6 / (400 + 300)));
    expect(gu.variance).toBeCloseTo(1 / avg, 4);
    const he = stats(nt.initializers.heNormal({ seed: 2 }).apply(shape));
    expect(he.variance / (2 / 400)).toBeGreaterThan(0.95);
    expect(he.variance / (2 / 400)).toBeLessThan(1.05);
    // Truncated at two standard deviations of the underlying normal.
    expect(Math.max(Math.abs(he.min), he.max)).toBeLessThanOrEqual((2 * Math.sqrt(2 / 400)) / 0.8796256610342398 + 1e-6);
    const lu = stats(nt.initializers.lecunUniform({ seed: 3 }).apply(shape));
    expect(lu.variance).toBeCloseTo(1 / 400, 4);
    const hu = stats(nt.initializers.heUniform({ seed: 4 }).apply(shape));
    expect(hu.variance).toBeCloseTo(2 / 400, 4);
    const gn = stats(nt.initializers.glorotNormal({ seed: 5 }).apply(shape));
    expect(gn.variance / (1 / avg)).toBeGreaterThan(0.95);
    const ln = stats(nt.initializers.lecunNormal({ seed: 6 }).apply(shape));
    expect(ln.variance / (1 / 400)).toBeGreaterThan(0.95);
    expect(Math.abs(ln.mean)).toBeLessThan(0.002);
  });

  it("constant, zeros, ones, random normal/uniform/truncated", () => {
    expect(Array.from(nt.initializers.constant({ value: 3 }).apply([2]).data())).toEqual([3, 3]);
    expect(Array.from(nt.initializers.zeros().apply([2]).data())).toEqual([0, 0]);
    expect(Array.from(nt.initializers.ones().apply([2]).data())).toEqual([1, 1]);
    const n = stats(nt.initializers.randomNormal({ mean: 1, stddev: 2, seed: 7 }).apply([20000]));
    expect(n.mean).toBeCloseTo(1, 1);
    expect(Math.sqrt(n.variance)).toBeCloseTo(2, 1);
    const u = stats(nt.initializers.randomUniform({ minval: -3, maxval: -1, seed: 8 }).apply([20000]));
    expect(u.min).toBeGreaterThanOrEqual(-3);
    expect(u.max).toBeLessThan(-1);
    const t = stats(nt.initializers.truncatedNormal({ stddev: 1, seed: 9 }).apply([20000]));
    expect(Math.max(-t.min, t.max)).toBeLessThanOrEqual(2);
  });

  it("honour seeds: a seed repeats its values; setSeed makes unseeded draws reproducible", () => {
    const a = nt.initializers.glorotUniform({ seed: 42 }).apply([5, 5]).data();
    const b = nt.initializers.glorotUniform({ seed: 42 }).apply([5, 5]).data();
    const c = nt.initializers.glorotUniform({ seed: 43 }).apply([5, 5]).data();
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    nt.setSeed(5);
    const d = nt.initializers.heNormal().apply([4, 4]).data();
    const e = nt.initializers.heNormal().apply([4, 4]).data();
    nt.setSeed(5);
    expect(nt.initializers.heNormal().apply([4, 4]).data()).toEqual(d);
    expect(nt.initializers.heNormal().apply([4, 4]).data()).toEqual(e);
    expect(e).not.toEqual(d);
  });

  it("resolve Keras and TF.js names, and config round-trips", () => {
    expect(nt.initializers.getInitializer("glorot_uniform").className).toBe("GlorotUniform");
    expect(nt.initializers.getInitializer("HeNormal").className).toBe("HeNormal");
    expect(() => nt.initializers.getInitializer("nope")).toThrow(/unknown initializer "nope"/);
    expect(nt.initializers.randomNormal({ stddev: 0.1, seed: 3 }).getConfig()).toEqual({ mean: 0, stddev: 0.1, seed: 3 });
  });
});
