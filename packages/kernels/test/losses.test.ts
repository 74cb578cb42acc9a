import { describe, expect, it } from "vitest";
import { NeuriteError, referenceKernels, type KernelModule } from "../src/index.js";
import { expectClose, flavours, randomArray, rng } from "./harness.js";

const mods = await flavours();
const [simd, scalar, js] = mods as [KernelModule, KernelModule, KernelModule];
const ref64 = referenceKernels("f64");
const EPS = 1e-7;
const GUARD = 5;
const SENTINEL = 12345;

type LossName =
  | "softmaxCrossEntropy" | "sigmoidCrossEntropy" | "categoricalCrossEntropy" | "binaryCrossEntropy"
  | "meanSquaredError" | "meanAbsoluteError" | "huber";
const LOSSES: LossName[] = [
  "softmaxCrossEntropy", "sigmoidCrossEntropy", "categoricalCrossEntropy", "binaryCrossEntropy",
  "meanSquaredError", "meanAbsoluteError", "huber",
];

interface Case {
  m: number;
  n: number;
  pred: ArrayLike<number>;
  /** f32 [m, n], or i32 class ids [m] when sparse. */
  labels: ArrayLike<number>;
  sparse?: boolean;
  weights?: ArrayLike<number>;
  scale?: number;
  /** eps for the probability losses, delta for huber. */
  extra?: number;
}

interface Result {
  loss: number;
  grad: Float32Array | Float64Array;
}

/** Calls one loss with the gradient requested (or not), checking the guard after dpred. */
function call(mod: KernelModule, name: LossName, c: Case, withGrad = true, alias = false): Result {
  const { m, n } = c;
  const pred = mod.uploadFloats([...Array.from(c.pred), ...new Array<number>(GUARD).fill(SENTINEL)]);
  const labels = c.sparse ? mod.uploadInts(c.labels) : mod.uploadFloats(c.labels);
  const weights = c.weights ? mod.uploadFloats(c.weights) : 0;
  const d = !withGrad ? 0 : alias ? pred : mod.uploadFloats(new Array<number>(m * n + GUARD).fill(SENTINEL));
  const scale = c.scale ?? 1;
  const sparse = c.sparse ? 1 : 0;
  const k = mod.raw;
  const extra = c.extra ?? (name === "huber" ? 1 : EPS);
  const loss =
    name === "softmaxCrossEntropy" ? k.softmaxCrossEntropy(m, n, pred, labels, sparse, weights, d, scale)
    : name === "categoricalCrossEntropy" ? k.categoricalCrossEntropy(m, n, pred, labels, sparse, weights, d, scale, extra)
    : name === "binaryCrossEntropy" ? k.binaryCrossEntropy(m, n, pred, labels, weights, d, scale, extra)
    : name === "huber" ? k.huber(m, n, pred, labels, weights, d, scale, extra)
    : k[name](m, n, pred, labels, weights, d, scale);
  const out = d ? mod.readFloats(d, m * n + GUARD) : new Float32Array(m * n + GUARD).fill(SENTINEL);
  expect(Array.from(out.subarray(m * n)), `${mod.flavour} ${name} guard`).toEqual(new Array<number>(GUARD).fill(SENTINEL));
  for (const p of [pred, labels, weights, alias ? 0 : d]) if (p) mod.free(p);
  return { loss, grad: out.subarray(0, m * n) };
}

/** Random inputs suited to each loss: logits, probabilities away from the clip, soft or sparse labels. */
function randomCase(name: LossName, m: number, n: number, seed: number, sparse = false, weighted = true): Case {
  const r = rng(seed);
  const probs = name === "categoricalCrossEntropy" || name === "binaryCrossEntropy";
  const pred = randomArray(m * n, seed, probs ? 0.02 : -5, probs ? 0.98 : 5);
  let labels: number[];
  if (sparse) labels = Array.from({ length: m }, () => Math.floor(r() * n));
  else if (name === "softmaxCrossEntropy" || name === "categoricalCrossEntropy") {
    // Soft labels summing to 1 per row, with some exact zeros.
    labels = [];
    for (let i = 0; i < m; i++) {
      const row = Array.from({ length: n }, () => (r() < 0.3 ? 0 : r()));
      const s = row.reduce((a, b) => a + b, 0) || 1;
      labels.push(...row.map((v) => v / s));
    }
  } else if (name === "sigmoidCrossEntropy" || name === "binaryCrossEntropy") {
    labels = Array.from({ length: m * n }, () => (r() < 0.5 ? Math.round(r()) : r()));
  } else labels = Array.from(randomArray(m * n, seed + 1, -5, 5));
  const weights = weighted ? Array.from({ length: m }, () => r() * 2) : undefined;
  return { m, n, pred, labels, sparse, weights, scale: 1 / Math.max(m, 1), extra: name === "huber" ? 1.5 : EPS };
}

const SHAPES: [number, number][] = [[0, 3], [3, 0], [1, 1], [1, 3], [3, 5], [4, 17], [2, 33], [5, 8]];

describe("losses: flavours agree", () => {
  it("simd, scalar and js give the same loss and gradient, with and without weights", () => {
    for (const name of LOSSES) {
      for (const [m, n] of SHAPES) {
        for (const sparse of name.startsWith("softmax") || name.startsWith("categorical") ? [false, true] : [false]) {
          if (sparse && n === 0 && m > 0) continue;
          for (const weighted of [false, true]) {
            const c = randomCase(name, m, n, 7 * m + n, sparse, weighted);
            const want = call(js, name, c);
            const scaleOfLoss = Math.max(1e-3, Math.abs(want.loss));
            const gradMax = Array.from(want.grad).reduce((a, b) => Math.max(a, Math.abs(b)), 0);
            for (const mod of [simd, scalar]) {
              const label = `${mod.flavour} ${name} ${m}x${n} sparse=${sparse} weighted=${weighted}`;
              const got = call(mod, name, c);
              expect(Math.abs(got.loss - want.loss), `${label}: ${got.loss} vs ${want.loss}`).toBeLessThanOrEqual(1e-5 * scaleOfLoss);
              expectClose(got.grad, want.grad, 1e-5, 1e-6 * gradMax, label);
              expect(call(mod, name, c, false).loss, `${label} without gradient`).toBe(got.loss);
            }
          }
        }
      }
    }
  });

  it("allow the gradient to overwrite the prediction (dpred = pred)", () => {
    for (const name of LOSSES) {
      for (const sparse of name.startsWith("softmax") || name.startsWith("categorical") ? [false, true] : [false]) {
        const c = randomCase(name, 3, 9, 5, sparse);
        for (const mod of mods) {
          const plain = call(mod, name, c);
          const aliased = call(mod, name, c, true, true);
          expect(aliased.loss, `${mod.flavour} ${name}`).toBe(plain.loss);
          expect(Array.from(aliased.grad), `${mod.flavour} ${name}`).toEqual(Array.from(plain.grad));
        }
      }
    }
  });
});

describe("losses: known values", () => {
  it("softmax cross-entropy of uniform logits is log n per row, with gradient scale·w·(1/n − y)", () => {
    for (const mod of [...mods, ref64]) {
      for (const n of [1, 2, 3, 10, 1001]) {
        const m = 3;
        const ids = [0, n - 1, Math.floor(n / 2)];
        const w = [1, 0.5, 2];
        const { loss, grad } = call(mod, "softmaxCrossEntropy", { m, n, pred: new Array<number>(m * n).fill(2.5), labels: ids, sparse: true, weights: w, scale: 0.25 });
        expect(loss, `${mod.flavour} n=${n}`).toBeCloseTo(3.5 * Math.log(n), 5);
        const want = ids.flatMap((c, i) => Array.from({ length: n }, (_, j) => 0.25 * w[i]! * (1 / n - (j === c ? 1 : 0))));
        expectClose(grad, want, 1e-5, 1e-8, `${mod.flavour} n=${n}`);
      }
    }
  });

  it("match hand-computed values for every loss", () => {
    const lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
    const cases: [LossName, Case, number, number[]][] = [
      ["softmaxCrossEntropy", { m: 1, n: 3, pred: [1, 2, 3], labels: [2], sparse: true }, lse - 3,
        [Math.exp(1 - lse), Math.exp(2 - lse), Math.exp(3 - lse) - 1]],
      ["softmaxCrossEntropy", { m: 1, n: 3, pred: [1, 2, 3], labels: [0.5, 0, 0.5] }, lse - 2,
        [Math.exp(1 - lse) - 0.5, Math.exp(2 - lse), Math.exp(3 - lse) - 0.5]],
      ["sigmoidCrossEntropy", { m: 1, n: 2, pred: [0, 2], labels: [0.3, 1] }, (Math.LN2 + Math.log1p(Math.exp(-2))) / 2,
        [(0.5 - 0.3) / 2, (1 / (1 + Math.exp(-2)) - 1) / 2]],
      ["categoricalCrossEntropy", { m: 1, n: 3, pred: [0.7, 0.2, 0.1], labels: [0], sparse: true }, -Math.log(0.7), [-1 / 0.7, 0, 0]],
      ["categoricalCrossEntropy", { m: 1, n: 3, pred: [0, 0.2, 0.8], labels: [1, 0, 0] }, -Math.log(EPS), [0, 0, 0]],
      ["binaryCrossEntropy", { m: 1, n: 2, pred: [0.8, 0.8], labels: [1, 0] }, (-Math.log(0.8) - Math.log(0.2)) / 2,
        [-1 / 0.8 / 2, 1 / 0.2 / 2]],
      ["binaryCrossEntropy", { m: 1, n: 2, pred: [0, 1], labels: [1, 1] }, -Math.log(EPS) / 2, [0, 0]],
      ["meanSquaredError", { m: 1, n: 3, pred: [1, 2, 3], labels: [1, 1, 1] }, 5 / 3, [0, 2 / 3, 4 / 3]],
      ["meanAbsoluteError", { m: 1, n: 3, pred: [1, -2, 3], labels: [0, 0, 3] }, 1, [1 / 3, -1 / 3, 0]],
      ["huber", { m: 1, n: 3, pred: [0.5, 2, -3], labels: [0, 0, 0], extra: 1 }, (0.125 + 1.5 + 2.5) / 3, [0.5 / 3, 1 / 3, -1 / 3]],
    ];
    for (const mod of [...mods, ref64]) {
      for (const [name, c, loss, grad] of cases) {
        const got = call(mod, name, c);
        expect(Math.abs(got.loss - loss), `${mod.flavour} ${name}: ${got.loss} vs ${loss}`).toBeLessThanOrEqual(1e-6 * Math.abs(loss));
        expectClose(got.grad, grad, 1e-6, 1e-7, `${mod.flavour} ${name}`);
      }
      // Per-sample weights and scale: Σ w_i·ℓ_i, gradient scale·w_i·∂ℓ_i.
      const got = call(mod, "meanSquaredError", { m: 2, n: 1, pred: [1, 3], labels: [0, 0], weights: [2, 0.5], scale: 0.5 });
      expect(got.loss).toBeCloseTo(2 * 1 + 0.5 * 9, 5);
      expectClose(got.grad, [0.5 * 2 * 2, 0.5 * 0.5 * 6], 1e-6, 0);
      expect(call(mod, "huber", { m: 0, n: 4, pred: [], labels: [] }).loss).toBe(0);
    }
  });

  it("stay finite with correct gradients for extreme logits", () => {
    for (const mod of mods) {
      for (const big of [100, 1000]) {
        const ce = call(mod, "softmaxCrossEntropy", { m: 2, n: 3, pred: [big, -big, 0, big, -big, 0], labels: [0, 1], sparse: true });
        expect(ce.loss, `${mod.flavour} ${big}`).toBeCloseTo(2 * big, 3);
        expectClose(ce.grad, [0, 0, 0, 1, -1, 0], 0, 1e-6, `${mod.flavour} softmax CE ±${big}`);
        const bce = call(mod, "sigmoidCrossEntropy", { m: 1, n: 4, pred: [big, -big, big, -big], labels: [1, 1, 0, 0] });
        expect(bce.loss, `${mod.flavour} ${big}`).toBeCloseTo((big + big) / 4, 3);
        expectClose(bce.grad, [0, -0.25, 0.25, 0], 0, 1e-7, `${mod.flavour} sigmoid CE ±${big}`);
      }
      const soft = call(mod, "softmaxCrossEntropy", { m: 1, n: 3, pred: [-Infinity, 0, 0], labels: [0, 0.5, 0.5] });
      expect(soft.loss, `${mod.flavour} −inf logit under a zero label`).toBeCloseTo(Math.LN2, 6);
    }
  });

  it("sigmoid cross-entropy: simd and scalar gradients agree bit for bit at NaN, ±inf, ±0, huge and tiny logits", () => {
    // Element-wise, so bit-identical (row sums are not: simd adds in four lanes).
    const pred = [NaN, Infinity, -Infinity, 0, -0, 3.4e38, -3.4e38, 1e-45, -1e-45, 1e-30, -1e-30, 88.72, -103.97, -104, 0.5, -0.5];
    const labels = pred.map((_, i) => [0, 1, 0.3, -0.5][i % 4]!);
    const a = call(simd, "sigmoidCrossEntropy", { m: 1, n: 16, pred, labels });
    const b = call(scalar, "sigmoidCrossEntropy", { m: 1, n: 16, pred, labels });
    expect(Array.from(a.grad)).toEqual(Array.from(b.grad));
    expect(a.loss).toBeNaN();
    expect(b.loss).toBeNaN();
  });

  it("the kernels' log is within 2 ulp of Math.log on (0, 1] (through sparse categorical cross-entropy)", () => {
    const n = 2000;
    const p = Float32Array.from({ length: n }, (_, i) => Math.pow(10, -44 + (44 * i) / (n - 1)));
    for (const mod of [simd, scalar]) {
      let worst = 0;
      for (let i = 0; i < n; i++) {
        if (p[i] === 1) continue;
        const loss = call(mod, "categoricalCrossEntropy", { m: 1, n: 1, pred: [p[i]!], labels: [0], sparse: true, extra: 0 }, false).loss;
        worst = Math.max(worst, Math.abs(loss + Math.log(p[i]!)) / Math.abs(Math.log(p[i]!)));
      }
      expect(worst, mod.flavour).toBeLessThan(2.4e-7);
    }
  });
});

describe("losses: gradients", () => {
  it("match central differences of the float64 reference", () => {
    const h = 1e-6;
    for (const name of LOSSES) {
      for (const sparse of name.startsWith("softmax") || name.startsWith("categorical") ? [false, true] : [false]) {
        const c = randomCase(name, 3, 4, 9, sparse);
        if (name === "softmaxCrossEntropy" && !sparse) {
          // Labels that do not sum to 1: the gradient is the exact p·Σy − y.
          c.labels = Array.from(c.labels, (v, i) => v * (1 + (i % 3) * 0.4));
        }
        const grad = call(ref64, name, c).grad;
        const fd = Array.from(c.pred, (_, i) => {
          const up = Array.from(c.pred);
          const down = Array.from(c.pred);
          up[i]! += h;
          down[i]! -= h;
          return (call(ref64, name, { ...c, pred: up }, false).loss - call(ref64, name, { ...c, pred: down }, false).loss) / (2 * h);
        });
        // The loss is Σ w·ℓ; the kernel's gradient carries the extra factor scale.
        expectClose(grad, fd.map((g) => g * c.scale!), 1e-6, 1e-9, `${name} sparse=${sparse}`);
      }
    }
  });
});

describe("losses: invalid inputs", () => {
  it("make a row NaN for a sparse label outside [0, n) in the raw kernels", () => {
    for (const mod of mods) {
      for (const name of ["softmaxCrossEntropy", "categoricalCrossEntropy"] as const) {
        const c: Case = { m: 2, n: 3, pred: [0.2, 0.3, 0.5, 0.1, 0.1, 0.8], labels: [1, 3], sparse: true };
        const got = call(mod, name, c);
        expect(got.loss, `${mod.flavour} ${name}`).toBeNaN();
        expect(Array.from(got.grad.subarray(3)).every(Number.isNaN), `${mod.flavour} ${name}`).toBe(true);
        expect(Array.from(got.grad.subarray(0, 3)).some(Number.isNaN), `${mod.flavour} ${name}`).toBe(false);
      }
    }
  });

  it("are rejected by the checked wrappers with BAD_ARGUMENT", () => {
    for (const mod of mods) {
      const p = mod.uploadFloats(new Array<number>(12).fill(0));
      const ids = mod.uploadInts([0, 2, 3]);
      const end = mod.memory.buffer.byteLength;
      const k = mod.checked;
      const bad: (() => unknown)[] = [
        () => k.softmaxCrossEntropy(-1, 3, p, p, 0, 0, 0, 1),
        () => k.softmaxCrossEntropy(3, 3, p, ids, 1, 0, 0, 1),
        () => k.softmaxCrossEntropy(2, 3, p, ids, 2, 0, 0, 1),
        () => k.softmaxCrossEntropy(3, 4, p, 0, 0, 0, 0, 1),
        () => k.softmaxCrossEntropy(3, 4, p, p, 0, end - 4, 0, 1),
        () => k.softmaxCrossEntropy(3, 4, p, p, 0, 0, p, Infinity),
        () => k.sigmoidCrossEntropy(3, 4, p, p, 0, end - 16, 1),
        () => k.categoricalCrossEntropy(3, 3, p, ids, 1, 0, 0, 1, 1e-7),
        () => k.categoricalCrossEntropy(2, 3, p, p, 0, 0, 0, 1, 0.5),
        () => k.categoricalCrossEntropy(2, 3, p, p, 0, 0, 0, 1, -1e-7),
        () => k.binaryCrossEntropy(2, 3, p, p, 0, 0, 1, Infinity),
        () => k.meanSquaredError(2, 3, 0, p, 0, 0, 1),
        () => k.meanAbsoluteError(2, 3.5, p, p, 0, 0, 1),
        () => k.huber(2, 3, p, p, 0, 0, 1, 0),
        () => k.huber(2, 3, p, p, 0, p + 2, 1, 1),
      ];
      for (const f of bad) {
        let err: unknown;
        try {
          f();
        } catch (e) {
          err = e;
        }
        expect(err, `${mod.flavour} ${f.toString()}`).toBeInstanceOf(NeuriteError);
        expect((err as NeuriteError).code).toBe("BAD_ARGUMENT");
      }
      expect(k.softmaxCrossEntropy(2, 4, p, ids, 1, 0, p, 0.5)).toBeGreaterThan(0);
      expect(k.huber(0, 3, 0, 0, 0, 0, 1, 1)).toBe(0);
      mod.free(p);
      mod.free(ids);
    }
  });
});
