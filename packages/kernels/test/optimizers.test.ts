import { describe, expect, it } from "vitest";
import { referenceKernels, type KernelModule } from "../src/index.js";
import { expectBadArgument, expectClose, flavours, randomArray } from "./harness.js";

const mods = await flavours();
const [simd, scalar, js] = mods as [KernelModule, KernelModule, KernelModule];
const js64 = referenceKernels("f64");
const f = Math.fround;
const STEPS = 120;

interface Reg {
  gradScale: number;
  l1: number;
  l2: number;
  clipValue: number;
}
const PLAIN: Reg = { gradScale: 1, l1: 0, l2: 0, clipValue: 0 };
// Gradients are uniform in ±1, so a 0.3 clip bites on most steps.
const REGULARISED: Reg = { gradScale: f(0.8), l1: f(1e-3), l2: f(5e-3), clipValue: f(0.3) };

/**
 * The effective gradient written out from its parts: Keras adds the L1 and L2
 * penalties (l1·|p| and l2·p²) to the loss, scales for clipNorm, then clips by value.
 */
function handGrad(g: number, p: number, r: Reg): number {
  let d = g + r.l1 * Math.sign(p) + r.l2 * 2 * p;
  d *= r.gradScale;
  return r.clipValue > 0 ? Math.max(-r.clipValue, Math.min(r.clipValue, d)) : d;
}

const lr = f(0.01), mu = f(0.9), beta1 = f(0.9), beta2 = f(0.999), eps = f(1e-7), rho = f(0.9);
const b1t = (t: number) => f(beta1 ** t);
const b2t = (t: number) => f(beta2 ** t);

interface Rule {
  name: string;
  /** Slot arrays the kernel keeps; null marks an ABI slot passed as 0 because the variant does not use it. */
  slots: (number | null)[];
  kernel(mod: KernelModule, n: number, p: number, g: number, s: number[], t: number, r: Reg): void;
  /** The published per-element rule; updates s in place and returns the new parameter. */
  hand(p: number, g: number, s: number[], t: number): number;
}

const RULES: Rule[] = [
  {
    name: "sgd",
    slots: [],
    kernel: (m, n, p, g, _s, _t, r) => m.raw.sgd(n, p, g, lr, r.gradScale, r.l1, r.l2, r.clipValue),
    hand: (p, g) => p - lr * g,
  },
  {
    name: "momentum",
    slots: [0],
    kernel: (m, n, p, g, s, _t, r) => m.raw.sgdMomentum(n, p, g, s[0]!, lr, mu, 0, r.gradScale, r.l1, r.l2, r.clipValue),
    hand(p, g, s) {
      s[0] = mu * s[0]! - lr * g;
      return p + s[0];
    },
  },
  {
    name: "nesterov",
    slots: [0],
    kernel: (m, n, p, g, s, _t, r) => m.raw.sgdMomentum(n, p, g, s[0]!, lr, mu, 1, r.gradScale, r.l1, r.l2, r.clipValue),
    hand(p, g, s) {
      s[0] = mu * s[0]! - lr * g;
      return p + mu * s[0] - lr * g;
    },
  },
  {
    // Kingma & Ba, Algorithm 1 with the "epsilon hat" placement Keras documents.
    name: "adam",
    slots: [0, 0],
    kernel: (m, n, p, g, s, t, r) =>
      m.raw.adam(n, p, g, s[0]!, s[1]!, lr, beta1, beta2, eps, b1t(t), b2t(t), 0, r.gradScale, r.l1, r.l2, r.clipValue),
    hand(p, g, s, t) {
      s[0] = beta1 * s[0]! + (1 - beta1) * g;
      s[1] = beta2 * s[1]! + (1 - beta2) * g * g;
      const lrT = (lr * Math.sqrt(1 - b2t(t))) / (1 - b1t(t));
      return p - (lrT * s[0]) / (Math.sqrt(s[1]) + eps);
    },
  },
  {
    // Decoupled weight decay (Loshchilov & Hutter), applied before the Adam step as Keras does.
    name: "adamw",
    slots: [0, 0],
    kernel: (m, n, p, g, s, t, r) =>
      m.raw.adam(n, p, g, s[0]!, s[1]!, lr, beta1, beta2, eps, b1t(t), b2t(t), f(0.04), r.gradScale, r.l1, r.l2, r.clipValue),
    hand(p, g, s, t) {
      const decayed = p - lr * f(0.04) * p;
      s[0] = beta1 * s[0]! + (1 - beta1) * g;
      s[1] = beta2 * s[1]! + (1 - beta2) * g * g;
      const lrT = (lr * Math.sqrt(1 - b2t(t))) / (1 - b1t(t));
      return decayed - (lrT * s[0]) / (Math.sqrt(s[1]) + eps);
    },
  },
  ...[false, true].flatMap((centered) =>
    [0, f(0.5)].map((momentum): Rule => ({
      name: `rmsprop${centered ? " centered" : ""}${momentum ? " momentum" : ""}`,
      slots: [0, momentum ? 0 : null, centered ? 0 : null],
      kernel: (m, n, p, g, s, _t, r) =>
        m.raw.rmsprop(n, p, g, s[0]!, s[1]!, s[2]!, lr, rho, momentum, eps, centered ? 1 : 0, r.gradScale, r.l1, r.l2, r.clipValue),
      hand(p, g, s) {
        s[0] = rho * s[0]! + (1 - rho) * g * g;
        let denominator = s[0] + eps;
        if (centered) {
          s[2] = rho * s[2]! + (1 - rho) * g;
          denominator -= s[2] * s[2];
        }
        const inc = (lr * g) / Math.sqrt(denominator);
        if (!momentum) return p - inc;
        s[1] = momentum * s[1]! + inc;
        return p - s[1];
      },
    })),
  ),
  {
    // Duchi et al.; Keras starts the accumulator at 0.1.
    name: "adagrad",
    slots: [0.1],
    kernel: (m, n, p, g, s, _t, r) => m.raw.adagrad(n, p, g, s[0]!, lr, eps, r.gradScale, r.l1, r.l2, r.clipValue),
    hand(p, g, s) {
      s[0] = s[0]! + g * g;
      return p - (lr * g) / Math.sqrt(s[0] + eps);
    },
  },
];

const gradient = (n: number, t: number) => randomArray(n, 1000 + t);
const initial = (n: number) => randomArray(n, 7, -2, 2);

/** Runs STEPS kernel updates; returns the parameter and every used slot, concatenated. */
function runKernel(mod: KernelModule, rule: Rule, r: Reg, n: number): number[] {
  // Unused RMSprop slots are passed as 0: nothing may be written at address 0.
  const low = mod.readInts(0, 64);
  const p = mod.uploadFloats(initial(n));
  const g = mod.allocFloats(n);
  const slots = rule.slots.map((v) => (v === null ? 0 : mod.uploadFloats(new Array<number>(n).fill(v))));
  for (let t = 1; t <= STEPS; t++) {
    mod.writeFloats(g, gradient(n, t));
    rule.kernel(mod, n, p, g, slots, t, r);
  }
  const out = [p, ...slots.filter((s) => s !== 0)].flatMap((ptr) => Array.from(mod.readFloats(ptr, n)));
  for (const ptr of [p, g, ...slots]) if (ptr) mod.free(ptr);
  expect(mod.readInts(0, 64), `${mod.flavour} ${rule.name}: memory at address 0`).toEqual(low);
  return out;
}

/** The same run with the hand-written rule, state kept in f32 as the kernels store it. */
function runHand(rule: Rule, r: Reg, n: number): number[] {
  const p = initial(n);
  const slots = rule.slots.filter((v) => v !== null).map((v) => new Float32Array(n).fill(v));
  const used = rule.slots.map((v) => v !== null);
  for (let t = 1; t <= STEPS; t++) {
    const g = gradient(n, t);
    for (let i = 0; i < n; i++) {
      let k = 0;
      const s = used.map((u) => (u ? slots[k++]![i]! : 0));
      p[i] = rule.hand(p[i]!, handGrad(g[i]!, p[i]!, r), s, t);
      k = 0;
      used.forEach((u, j) => u && (slots[k++]![i] = s[j]!));
    }
  }
  return [p, ...slots].flatMap((a) => Array.from(a));
}

describe("optimizers: Keras 3 rules over many steps", () => {
  for (const rule of RULES) {
    for (const [label, reg] of [["plain", PLAIN], ["l1/l2/clipValue/gradScale", REGULARISED]] as const) {
      it(`${rule.name} (${label}): flavours agree and match the published rule over ${STEPS} steps`, () => {
        for (const n of [37, 3]) {
          const a = runKernel(simd, rule, reg, n);
          // The SIMD and scalar bodies perform the same f32 operations in the same order.
          expect(runKernel(scalar, rule, reg, n), `scalar n=${n}`).toEqual(a);
          expectClose(runKernel(js, rule, reg, n), a, 1e-5, 1e-6, `js n=${n}`);
          const hand = runHand(rule, reg, n);
          expectClose(a, hand, 1e-5, 1e-6, `hand-written rule n=${n}`);
          expectClose(runKernel(js64, rule, reg, n), hand, 1e-5, 1e-6, `js64 n=${n}`);
        }
      });
    }
  }

  it("n = 0 touches nothing", () => {
    for (const mod of mods) {
      const p = mod.uploadFloats([5]);
      mod.raw.adam(0, p, p, p, p, lr, beta1, beta2, eps, beta1, beta2, 0, 1, 0, 0, 0);
      mod.raw.rmsprop(0, p, p, p, 0, 0, lr, rho, 0, eps, 0, 1, 0, 0, 0);
      expect(Array.from(mod.readFloats(p, 1))).toEqual([5]);
      mod.free(p);
    }
  });

  it("gradScale and clipValue act on a hand-computed example", () => {
    // ĝ = clamp(0.5·(g + 0.1·sign(p) + 2·0.25·p), ±1); p −= 0.5·ĝ.
    const p0 = [2, -1, 0, 0.5, -4];
    const g = [3, 0.2, -0.6, -5, 1];
    const want = [1.5, -0.9, 0.15, 1, -3.725];
    for (const mod of mods) {
      const pp = mod.uploadFloats(p0);
      const pg = mod.uploadFloats(g);
      mod.raw.sgd(5, pp, pg, 0.5, 0.5, 0.1, 0.25, 1);
      expectClose(mod.readFloats(pp, 5), want, 1e-6, 1e-7, mod.flavour);
      mod.free(pp);
      mod.free(pg);
    }
  });
});

describe("optimizers: regGradSumSquares", () => {
  it("equals Σ (g + l1·sign(p) + 2·l2·p)² for clipNorm, across tails and chunks", () => {
    for (const n of [0, 1, 5, 17, 1023, 5000]) {
      const p = initial(n);
      const g = gradient(n, n);
      let want = 0;
      for (let i = 0; i < n; i++) want += handGrad(g[i]!, p[i]!, { ...REGULARISED, gradScale: 1, clipValue: 0 }) ** 2;
      for (const mod of mods) {
        const pp = mod.uploadFloats(p);
        const pg = mod.uploadFloats(g);
        const got = mod.raw.regGradSumSquares(n, pp, pg, REGULARISED.l1, REGULARISED.l2);
        expect(Math.abs(got - want), `${mod.flavour} n=${n}`).toBeLessThanOrEqual(1e-5 * want + 1e-9);
        mod.free(pp);
        mod.free(pg);
      }
    }
  });
});

describe("optimizers: checked wrapper", () => {
  it("rejects bad sizes, flags, missing slots and non-finite hyperparameters", () => {
    for (const mod of mods) {
      const n = 4;
      const p = mod.allocFloats(n);
      const bad: [string, () => unknown][] = [
        ["negative n", () => mod.checked.sgd(-1, p, p, lr, 1, 0, 0, 0)],
        ["null g", () => mod.checked.sgd(n, p, 0, lr, 1, 0, 0, 0)],
        ["infinite lr", () => mod.checked.adagrad(n, p, p, p, Infinity, eps, 1, 0, 0, 0)],
        ["nesterov flag", () => mod.checked.sgdMomentum(n, p, p, p, lr, mu, 2, 1, 0, 0, 0)],
        ["centered flag", () => mod.checked.rmsprop(n, p, p, p, 0, 0, lr, rho, 0, eps, 3, 1, 0, 0, 0)],
        ["missing mom", () => mod.checked.rmsprop(n, p, p, p, 0, 0, lr, rho, 0.9, eps, 0, 1, 0, 0, 0)],
        ["missing mg", () => mod.checked.rmsprop(n, p, p, p, 0, 0, lr, rho, 0, eps, 1, 1, 0, 0, 0)],
        ["beta1Power 1", () => mod.checked.adam(n, p, p, p, p, lr, beta1, beta2, eps, 1, 0.5, 0, 1, 0, 0, 0)],
        ["beta1Power ≈ 1 in f32", () => mod.checked.adam(n, p, p, p, p, lr, beta1, beta2, eps, 1 - 1e-9, 0.5, 0, 1, 0, 0, 0)],
        ["m past the end", () => mod.checked.adam(n, p, p, mod.memory.buffer.byteLength - 4, p, lr, beta1, beta2, eps, 0.9, 0.999, 0, 1, 0, 0, 0)],
        ["NaN l2", () => mod.checked.regGradSumSquares(n, p, p, 0, NaN)],
      ];
      for (const [label, call] of bad) expectBadArgument(call, `${mod.flavour} ${label}`);
      // Unused RMSprop slots may be 0.
      expect(() => mod.checked.rmsprop(n, p, p, p, 0, 0, lr, rho, 0, eps, 0, 1, 0, 0, 0)).not.toThrow();
      mod.free(p);
    }
  });
});
