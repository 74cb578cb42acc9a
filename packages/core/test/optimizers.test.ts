import { describe, expect, it } from "vitest";
import * as nt from "../src/index.js";
import { eachBackend, expectClose, rand } from "./helpers.js";

const N = 7;
const STEPS = 120;

/** Per-element update rules written from the papers / Keras 3 docs, in float64. */
type Rule = (p: number[], g: number[], t: number, state: Record<string, number[]>) => void;

const zerosN = () => new Array<number>(N).fill(0);

const rules: Record<string, [() => nt.Optimizer, Rule]> = {
  sgd: [() => nt.optimizers.sgd({ learningRate: 0.1 }), (p, g) => p.forEach((_, i) => (p[i]! -= 0.1 * g[i]!))],
  momentum: [
    () => nt.optimizers.sgd({ learningRate: 0.05, momentum: 0.9 }),
    (p, g, _t, s) => {
      s.v ??= zerosN();
      p.forEach((_, i) => {
        s.v![i] = 0.9 * s.v![i]! - 0.05 * g[i]!;
        p[i]! += s.v![i]!;
      });
    },
  ],
  nesterov: [
    () => nt.optimizers.sgd({ learningRate: 0.05, momentum: 0.8, nesterov: true }),
    (p, g, _t, s) => {
      s.v ??= zerosN();
      p.forEach((_, i) => {
        s.v![i] = 0.8 * s.v![i]! - 0.05 * g[i]!;
        p[i]! += 0.8 * s.v![i]! - 0.05 * g[i]!;
      });
    },
  ],
  adam: [
    () => nt.optimizers.adam({ learningRate: 0.01 }),
    (p, g, t, s) => {
      s.m ??= zerosN();
      s.v ??= zerosN();
      const alpha = (0.01 * Math.sqrt(1 - 0.999 ** t)) / (1 - 0.9 ** t);
      p.forEach((_, i) => {
        s.m![i]! += (g[i]! - s.m![i]!) * 0.1;
        s.v![i]! += (g[i]! ** 2 - s.v![i]!) * 0.001;
        p[i]! -= (alpha * s.m![i]!) / (Math.sqrt(s.v![i]!) + 1e-7);
      });
    },
  ],
  adamw: [
    () => nt.optimizers.adamw({ learningRate: 0.01, weightDecay: 0.1 }),
    (p, g, t, s) => {
      s.m ??= zerosN();
      s.v ??= zerosN();
      const alpha = (0.01 * Math.sqrt(1 - 0.999 ** t)) / (1 - 0.9 ** t);
      p.forEach((_, i) => {
        p[i]! -= p[i]! * 0.1 * 0.01;
        s.m![i]! += (g[i]! - s.m![i]!) * 0.1;
        s.v![i]! += (g[i]! ** 2 - s.v![i]!) * 0.001;
        p[i]! -= (alpha * s.m![i]!) / (Math.sqrt(s.v![i]!) + 1e-7);
      });
    },
  ],
  rmspropCenteredMomentum: [
    () => nt.optimizers.rmsprop({ learningRate: 0.01, rho: 0.9, momentum: 0.5, centered: true }),
    (p, g, _t, s) => {
      s.ms ??= zerosN();
      s.mg ??= zerosN();
      s.mom ??= zerosN();
      p.forEach((_, i) => {
        s.ms![i] = 0.9 * s.ms![i]! + 0.1 * g[i]! ** 2;
        s.mg![i] = 0.9 * s.mg![i]! + 0.1 * g[i]!;
        const inc = (0.01 * g[i]!) / Math.sqrt(s.ms![i]! - s.mg![i]! ** 2 + 1e-7);
        s.mom![i] = 0.5 * s.mom![i]! + inc;
        p[i]! -= s.mom![i]!;
      });
    },
  ],
  adagrad: [
    () => nt.optimizers.adagrad({ learningRate: 0.1 }),
    (p, g, _t, s) => {
      s.acc ??= new Array<number>(N).fill(0.1);
      p.forEach((_, i) => {
        s.acc![i]! += g[i]! ** 2;
        p[i]! -= (0.1 * g[i]!) / Math.sqrt(s.acc![i]! + 1e-7);
      });
    },
  ],
};

eachBackend("optimizers follow their published rules", () => {
  for (const [name, [make, rule]] of Object.entries(rules)) {
    it(`${name} over ${STEPS} steps`, () => {
      const p = rand(N, 1);
      const v = nt.variable(nt.tensor(p));
      const opt = make();
      const state: Record<string, number[]> = {};
      for (let t = 1; t <= STEPS; t++) {
        const g = rand(N, 100 + t);
        nt.tidy(() => opt.applyGradients([nt.tensor(g)], [v]));
        rule(p, g, t, state);
      }
      expectClose(v.data(), p, 2e-4, 1e-5);
      expect(opt.iterations).toBe(STEPS);
      opt.dispose();
      v.dispose();
    });
  }

  it("clipNorm, globalClipNorm and clipValue bound the step", () => {
    const v = nt.variable(nt.tensor([0, 0]));
    nt.optimizers.sgd({ learningRate: 1, clipNorm: 1 }).applyGradients([nt.tensor([3, 4])], [v]);
    expectClose(v.data(), [-0.6, -0.8]);
    const w = nt.variable(nt.tensor([0, 0]));
    nt.optimizers.sgd({ learningRate: 1, clipValue: 0.5 }).applyGradients([nt.tensor([3, -0.2])], [w]);
    expectClose(w.data(), [-0.5, 0.2]);
    const a = nt.variable(nt.tensor([0]));
    const b = nt.variable(nt.tensor([0]));
    nt.optimizers.sgd({ learningRate: 1, globalClipNorm: 1 }).applyGradients([nt.tensor([3]), nt.tensor([4])], [a, b]);
    expectClose([a.item(), b.item()], [-0.6, -0.8]);
    expect(() => nt.optimizers.sgd({ clipNorm: 1, clipValue: 1 })).toThrow(/only one of/);
  });

  it("L1/L2 penalties fold into the update", () => {
    const v = nt.variable(nt.tensor([1, -2]));
    nt.optimizers.sgd({ learningRate: 0.1 }).applyGradients([nt.tensor([0, 0])], [v], [{ l1: 0.5, l2: 0.25 }]);
    // g = l1·sign(p) + 2·l2·p
    expectClose(v.data(), [1 - 0.1 * (0.5 + 0.5), -2 - 0.1 * (-0.5 - 1)]);
  });

  it("state saves and restores: two optimizers continue identically", () => {
    const a = nt.variable(nt.tensor([1, 2, 3]));
    const b = nt.variable(nt.tensor([1, 2, 3]));
    const oa = nt.optimizers.adam({ learningRate: 0.1 });
    for (let i = 0; i < 5; i++) oa.applyGradients([nt.tensor(rand(3, i))], [a]);
    const ob = nt.optimizers.adam({ learningRate: 0.1 });
    ob.build([b]);
    b.assign(a);
    ob.setWeights(oa.getWeights());
    for (let i = 5; i < 10; i++) {
      oa.applyGradients([nt.tensor(rand(3, i))], [a]);
      ob.applyGradients([nt.tensor(rand(3, i))], [b]);
    }
    expect(Array.from(b.data())).toEqual(Array.from(a.data()));
  });

  it("learning-rate schedules", () => {
    const exp = nt.optimizers.exponentialDecay({ initialLearningRate: 1, decaySteps: 10, decayRate: 0.5 });
    expect(exp(10)).toBeCloseTo(0.5);
    expect(nt.optimizers.exponentialDecay({ initialLearningRate: 1, decaySteps: 10, decayRate: 0.5, staircase: true })(15)).toBe(0.5);
    expect(nt.optimizers.stepDecay({ initialLearningRate: 1, stepSize: 5, factor: 0.1 })(12)).toBeCloseTo(0.01);
    const cos = nt.optimizers.cosineDecay({ initialLearningRate: 0, warmupTarget: 1, warmupSteps: 10, decaySteps: 100, alpha: 0.1 });
    expect(cos(5)).toBeCloseTo(0.5);
    expect(cos(10)).toBeCloseTo(1);
    expect(cos(60)).toBeCloseTo(0.55);
    expect(cos(500)).toBeCloseTo(0.1);
    const pw = nt.optimizers.piecewiseConstant({ boundaries: [10, 20], values: [1, 0.5, 0.1] });
    expect([pw(0), pw(10), pw(11), pw(25)]).toEqual([1, 1, 0.5, 0.1]);
    const opt = nt.optimizers.sgd({ learningRate: exp });
    const v = nt.variable(nt.tensor([0]));
    for (let i = 0; i < 10; i++) opt.applyGradients([nt.tensor([1])], [v]);
    expect(opt.currentLearningRate()).toBeCloseTo(0.5);
  });
});

describe("optimizer options", () => {
  it("are range-checked, and the error names the option and its value", () => {
    const bad: [() => unknown, RegExp][] = [
      [() => nt.optimizers.sgd({ momentum: 1 }), /sgd: momentum must be in \[0, 1\), got 1/],
      [() => nt.optimizers.adam({ beta2: -0.1 }), /adam: beta2 must be in \[0, 1\), got -0.1/],
      [() => nt.optimizers.rmsprop({ epsilon: 0 }), /rmsprop: epsilon must be > 0, got 0/],
      [() => nt.optimizers.adamw({ weightDecay: -1 }), /adam: weightDecay must be ≥ 0, got -1/],
      [() => nt.optimizers.adagrad({ initialAccumulatorValue: NaN }), /adagrad: initialAccumulatorValue must be ≥ 0, got NaN/],
    ];
    for (const [make, message] of bad) expect(make).toThrow(message);
    expect(nt.optimizers.adagrad({ initialAccumulatorValue: 0 }).initialAccumulatorValue).toBe(0);
  });
});
