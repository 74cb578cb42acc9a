import { beforeAll, describe, it } from "vitest";
import * as nt from "../src/index.js";
import { gradCheck, rand } from "./helpers.js";

const inp = (shape: number[], seed: number, lo = -1, hi = 1) => ({ shape, values: rand(shape.reduce((a, b) => a * b, 1), seed, lo, hi) });
// Values kept away from kinks (0 for relu/abs) so central differences are valid.
const away = (shape: number[], seed: number) => ({ shape, values: rand(shape.reduce((a, b) => a * b, 1), seed, 0.2, 1.5).map((v, i) => (i % 2 ? -v : v)) });

describe("gradients match central finite differences (js backend, float64)", () => {
  beforeAll(async () => {
    await nt.setBackend("js64");
  });

  describe("binary ops with broadcasting", () => {
    for (const [name, f] of Object.entries({ add: nt.add, sub: nt.sub, mul: nt.mul, div: nt.div, maximum: nt.maximum, minimum: nt.minimum, squaredDifference: nt.squaredDifference })) {
      it(`${name}: same shape, row broadcast, scalar broadcast`, () => {
        gradCheck(f, [inp([2, 3], 1), inp([2, 3], 2, 0.5, 2)]);
        gradCheck(f, [inp([4, 3], 3), inp([3], 4, 0.5, 2)]);
        gradCheck(f, [inp([2, 1, 3], 5), inp([4, 1], 6, 0.5, 2)]);
        gradCheck(f, [inp([], 7), inp([3, 2], 8, 0.5, 2)]);
      });
    }
    it("pow (positive base)", () => gradCheck(nt.pow, [inp([2, 3], 9, 0.5, 2), inp([2, 3], 10, -1, 2)]));
  });

  describe("unary ops", () => {
    const cases: [string, (x: nt.Tensor) => nt.Tensor, ReturnType<typeof inp>][] = [
      ["neg", nt.neg, inp([3, 4], 11)],
      ["abs", nt.abs, away([3, 4], 12)],
      ["square", nt.square, inp([3, 4], 13)],
      ["sqrt", nt.sqrt, inp([3, 4], 14, 0.1, 3)],
      ["rsqrt", nt.rsqrt, inp([3, 4], 15, 0.1, 3)],
      ["exp", nt.exp, inp([3, 4], 16)],
      ["log", nt.log, inp([3, 4], 17, 0.1, 3)],
      ["log1p", nt.log1p, inp([3, 4], 18, -0.5, 3)],
      ["expm1", nt.expm1, inp([3, 4], 19)],
      ["reciprocal", nt.reciprocal, inp([3, 4], 20, 0.3, 2)],
      ["sin", nt.sin, inp([3, 4], 21, -3, 3)],
      ["cos", nt.cos, inp([3, 4], 22, -3, 3)],
      ["clipByValue", (x) => nt.clipByValue(x, -0.5, 0.5), { shape: [6], values: [-0.9, -0.3, 0.1, 0.4, 0.7, 0.2] }],
      ["powScalar", (x) => nt.powScalar(x, 3), inp([3, 4], 23)],
      ["addScalar", (x) => nt.addScalar(x, 2), inp([3, 4], 24)],
      ["mulScalar", (x) => nt.mulScalar(x, -3), inp([3, 4], 25)],
    ];
    for (const [name, f, x] of cases) it(name, () => gradCheck(f, [x]));
  });

  describe("activations", () => {
    const cases: [string, (x: nt.Tensor) => nt.Tensor][] = [
      ["relu", nt.relu], ["leakyRelu", (x) => nt.leakyRelu(x, 0.2)], ["elu", nt.elu], ["selu", nt.selu],
      ["sigmoid", nt.sigmoid], ["tanh", nt.tanh], ["gelu", nt.gelu], ["gelu (tanh)", (x) => nt.gelu(x, true)],
      ["softplus", nt.softplus], ["softsign", nt.softsign], ["swish", nt.swish], ["relu6", nt.relu6], ["hardSigmoid", nt.hardSigmoid],
    ];
    for (const [name, f] of cases) it(name, () => gradCheck(f, [away([4, 5], 30)]));
    it("softmax (last axis)", () => gradCheck(nt.softmax, [inp([3, 5], 31, -3, 3)]));
    it("logSoftmax (last axis)", () => gradCheck(nt.logSoftmax, [inp([3, 5], 32, -3, 3)]));
  });

  describe("matMul", () => {
    it("all transpose combinations", () => {
      gradCheck((a, b) => nt.matMul(a, b), [inp([3, 4], 40), inp([4, 2], 41)]);
      gradCheck((a, b) => nt.matMul(a, b, true, false), [inp([4, 3], 42), inp([4, 2], 43)]);
      gradCheck((a, b) => nt.matMul(a, b, false, true), [inp([3, 4], 44), inp([2, 4], 45)]);
      gradCheck((a, b) => nt.matMul(a, b, true, true), [inp([4, 3], 46), inp([2, 4], 47)]);
    });
    it("batched", () => gradCheck((a, b) => nt.matMul(a, b), [inp([2, 3, 4], 48), inp([2, 4, 2], 49)]));
  });

  describe("reductions", () => {
    const x = () => inp([3, 4, 2], 50);
    it("sum over all, one axis, several axes, keepDims", () => {
      gradCheck((t) => nt.sum(t), [x()]);
      gradCheck((t) => nt.sum(t, 1), [x()]);
      gradCheck((t) => nt.sum(t, [0, 2], true), [x()]);
    });
    it("mean", () => {
      gradCheck((t) => nt.mean(t), [x()]);
      gradCheck((t) => nt.mean(t, -1, true), [x()]);
      gradCheck((t) => nt.mean(t, [0, 1]), [x()]);
    });
    it("max and min (distinct values)", () => {
      gradCheck((t) => nt.max(t, 1), [x()]);
      gradCheck((t) => nt.min(t, [0, 2]), [x()]);
    });
    it("prod (non-zero values)", () => gradCheck((t) => nt.prod(t, 0), [inp([3, 2], 51, 0.5, 1.5)]));
  });

  describe("layout", () => {
    it("reshape", () => gradCheck((t) => nt.reshape(t, [4, -1]), [inp([2, 3, 2], 60)]));
    it("transpose", () => gradCheck((t) => nt.transpose(t, [2, 0, 1]), [inp([2, 3, 4], 61)]));
    it("slice", () => {
      gradCheck((t) => nt.slice(t, [1, 0, 1], [2, -1, 2]), [inp([3, 2, 4], 62)]);
      gradCheck((t) => nt.slice(t, [2], [3]), [inp([6], 63)]);
    });
    it("concat", () => gradCheck((a, b) => nt.concat([a, b], 1), [inp([2, 3], 64), inp([2, 2], 65)]));
    it("stack", () => gradCheck((a, b) => nt.stack([a, b], 1), [inp([2, 3], 66), inp([2, 3], 67)]));
    it("gather rows, with repeats", () => gradCheck((t) => nt.gather(t, [2, 0, 2, 1]), [inp([3, 4], 68)]));
    it("where", () => gradCheck((a, b) => nt.where(nt.tensor([[1, 0, 1], [0, 1, 0]]), a, b), [inp([2, 3], 69), inp([3], 70)]));
    it("broadcastTo", () => gradCheck((t) => nt.broadcastTo(t, [3, 2, 4]), [inp([2, 1], 71)]));
  });

  describe("losses", () => {
    it("meanSquaredError, meanAbsoluteError, huber w.r.t. predictions", () => {
      const y = nt.tensor(rand(12, 80), [4, 3]);
      gradCheck((p) => nt.losses.meanSquaredError(y, p), [inp([4, 3], 81)]);
      gradCheck((p) => nt.losses.meanAbsoluteError(y, p), [{ shape: [4, 3], values: Array.from(y.data(), (v, i) => v + (i % 2 ? 0.3 : -0.3)) }]);
      gradCheck((p) => nt.losses.huber(y, p, { delta: 0.5 }), [inp([4, 3], 82, -2, 2)]);
    });
    it("crossentropies, from logits and from probabilities, with sample weights", () => {
      const oneHot = nt.tensor([[0, 1, 0], [1, 0, 0], [0, 0, 1], [0, 1, 0]]);
      const sw = { sampleWeight: nt.tensor([1, 0.5, 2, 1]) };
      gradCheck((z) => nt.losses.categoricalCrossentropy(oneHot, z, { fromLogits: true, ...sw }), [inp([4, 3], 83, -3, 3)]);
      gradCheck((z) => nt.losses.sparseCategoricalCrossentropy([1, 0, 2, 1], z, { fromLogits: true }), [inp([4, 3], 84, -3, 3)]);
      gradCheck((p) => nt.losses.categoricalCrossentropy(oneHot, p), [inp([4, 3], 85, 0.1, 0.9)]);
      const bin = nt.tensor([[1, 0], [0, 1], [1, 1]]);
      gradCheck((z) => nt.losses.binaryCrossentropy(bin, z, { fromLogits: true }), [inp([3, 2], 86, -3, 3)]);
      gradCheck((p) => nt.losses.binaryCrossentropy(bin, p), [inp([3, 2], 87, 0.1, 0.9)]);
    });
  });
});
