import { expect, it } from "vitest";
import * as nt from "../src/index.js";
import { eachBackend, expectClose } from "./helpers.js";

eachBackend("GradientTape", () => {
  it("differentiates through trainable variables without an explicit watch", () => {
    const w = nt.variable(nt.tensor([1, 2, 3]));
    const tape = new nt.GradientTape();
    const loss = tape.run(() => nt.sum(nt.square(w)));
    const [g] = tape.gradient(loss, [w]);
    expectClose(g!.data(), [2, 4, 6]);
    w.dispose();
  });

  it("returns gradients in the order of sources, zeros for unused ones", () => {
    const a = nt.variable(nt.tensor([1, 2]));
    const b = nt.variable(nt.tensor([3, 4]));
    const unused = nt.variable(nt.tensor([[5]]));
    const tape = new nt.GradientTape();
    const y = tape.run(() => nt.sum(nt.mul(a, b)));
    const [gb, gu, ga] = tape.gradient(y, [b, unused, a]);
    expectClose(gb!.data(), [1, 2]);
    expectClose(ga!.data(), [3, 4]);
    expect(gu!.shape).toEqual([1, 1]);
    expect(Array.from(gu!.data())).toEqual([0]);
  });

  it("a non-persistent tape refuses a second gradient; a persistent one allows it", () => {
    const x = nt.tensor([2]);
    const t1 = new nt.GradientTape();
    t1.watch(x);
    const y1 = t1.run(() => nt.square(x));
    t1.gradient(y1, [x]);
    expect(() => t1.gradient(y1, [x])).toThrow(/only once/);
    const t2 = new nt.GradientTape({ persistent: true });
    t2.watch(x);
    const y2 = t2.run(() => nt.mul(nt.square(x), x));
    expectClose(t2.gradient(y2, [x])[0]!.data(), [12]);
    expectClose(t2.gradient(y2, [x])[0]!.data(), [12]);
    t2.dispose();
  });

  it("keeps tensors needed for backward alive through tidy and dispose", () => {
    const w = nt.variable(nt.tensor([[0.5, -1], [2, 1]]));
    const x = nt.tensor([[1, 2]]);
    const tape = new nt.GradientTape();
    const loss = tape.run(() => nt.tidy(() => nt.sum(nt.tanh(nt.matMul(x, w)))));
    const [g] = tape.gradient(loss, [w]);
    const h = [1 * 0.5 + 2 * 2, 1 * -1 + 2 * 1];
    const d = h.map((v) => 1 - Math.tanh(v) ** 2);
    expectClose(g!.data(), [d[0]!, d[1]!, 2 * d[0]!, 2 * d[1]!], 1e-4);
  });

  it("valueAndGrads returns the value and the gradients", () => {
    const x = nt.tensor([3]);
    const { value, grads } = nt.valueAndGrads(() => nt.square(x), [x]);
    expect(value.item()).toBe(9);
    expectClose(grads[0]!.data(), [6]);
  });

  it("gives gradients w.r.t. chained intermediate tensors, even where an add passes them through", () => {
    const w = nt.variable(nt.tensor([1, 2]));
    const b = nt.tensor([3, 4]);
    const tape = new nt.GradientTape();
    let z1!: nt.Tensor;
    let z2!: nt.Tensor;
    const loss = tape.run(() => {
      z1 = nt.add(nt.mul(w, 2), b);
      z2 = nt.add(nt.mul(z1, 3), b);
      return nt.sum(nt.square(z2));
    });
    const [g1, g2] = tape.gradient(loss, [z1, z2]);
    expectClose(g2!.data(), [36, 56]);
    expectClose(g1!.data(), [108, 168]);
    w.dispose();
  });

  it("10,000 eager tape steps inside tidy leave memory where it started", () => {
    const w = nt.variable(nt.randomNormal([4, 3], 0, 0.1, 1));
    const opt = nt.optimizers.sgd({ learningRate: 0.01 });
    const x = nt.randomNormal([8, 4], 0, 1, 2);
    const y = nt.randomNormal([8, 3], 0, 1, 3);
    const step = () => nt.tidy(() => {
      const tape = new nt.GradientTape();
      const loss = tape.run(() => nt.losses.meanSquaredError(y, nt.tanh(nt.matMul(x, w))));
      opt.applyGradients(tape.gradient(loss, [w]), [w]);
    });
    step();
    const start = nt.memory();
    for (let i = 0; i < 10_000; i++) step();
    expect(nt.memory()).toEqual(start);
  });
});
