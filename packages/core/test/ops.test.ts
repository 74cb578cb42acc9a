import { expect, it } from "vitest";
import * as nt from "../src/index.js";
import { eachBackend, expectClose } from "./helpers.js";

eachBackend("ops", () => {
  it("broadcasting arithmetic", () => {
    const a = nt.tensor([[1, 2, 3], [4, 5, 6]]);
    expect(nt.add(a, nt.tensor([10, 20, 30])).array()).toEqual([[11, 22, 33], [14, 25, 36]]);
    expect(nt.sub(a, nt.tensor([[1], [2]])).array()).toEqual([[0, 1, 2], [2, 3, 4]]);
    expect(nt.mul(a, 2).array()).toEqual([[2, 4, 6], [8, 10, 12]]);
    expectClose(nt.div(a, nt.tensor([2, 4, 8])).data(), [0.5, 0.5, 0.375, 2, 1.25, 0.75]);
    expect(nt.maximum(a, 3.5).array()).toEqual([[3.5, 3.5, 3.5], [4, 5, 6]]);
    expect(nt.pow(nt.tensor([2, 3]), 2).array()).toEqual([4, 9]);
    expect(() => nt.add(a, nt.tensor([1, 2]))).toThrow(/add: shapes \[2, 3\] and \[2\] cannot be broadcast/);
    expect(() => nt.add(nt.tensor(new Int32Array([1])), a)).toThrow(/float32/);
  });

  it("matMul with every transpose and batch axes", () => {
    const a = nt.tensor([[1, 2, 3], [4, 5, 6]]);
    const b = nt.tensor([[7, 8], [9, 10], [11, 12]]);
    expect(nt.matMul(a, b).array()).toEqual([[58, 64], [139, 154]]);
    expect(nt.matMul(nt.transpose(a), b, true).array()).toEqual([[58, 64], [139, 154]]);
    expect(nt.matMul(a, nt.transpose(b), false, true).array()).toEqual([[58, 64], [139, 154]]);
    expect(nt.matMul(nt.transpose(a), nt.transpose(b), true, true).array()).toEqual([[58, 64], [139, 154]]);
    expect(nt.matMul(nt.stack([a, a]), nt.stack([b, b])).shape).toEqual([2, 2, 2]);
    expect(() => nt.matMul(a, a)).toThrow(/inner dimensions differ: \[2, 3\] × \[2, 3\] \(3 vs 2\)/);
  });

  it("reductions along axes, keepDims, argmax", () => {
    const x = nt.tensor([[1, 5, 3], [4, 2, 6]]);
    expect(nt.sum(x).array()).toBe(21);
    expect(nt.sum(x, 0).array()).toEqual([5, 7, 9]);
    expect(nt.mean(x, 1, true).array()).toEqual([[3], [4]]);
    expect(nt.max(x, -1).array()).toEqual([5, 6]);
    expect(nt.min(x).array()).toBe(1);
    expect(nt.prod(x, 0).array()).toEqual([4, 10, 18]);
    const am = nt.argmax(x);
    expect(am.dtype).toBe("int32");
    expect(am.array()).toEqual([1, 2]);
    expect(nt.argmin(x, 0).array()).toEqual([0, 1, 0]);
    expect(() => nt.sum(x, 2)).toThrow(/axis 2 is out of range/);
  });

  it("activations and softmax", () => {
    expect(nt.relu(nt.tensor([-1, 0, 2])).array()).toEqual([0, 0, 2]);
    expectClose(nt.sigmoid(nt.tensor([0, 100, -100])).data(), [0.5, 1, 0]);
    expectClose(nt.tanh(nt.tensor([0, 0.5])).data(), [0, Math.tanh(0.5)]);
    expectClose(nt.leakyRelu(nt.tensor([-2, 3]), 0.1).data(), [-0.2, 3]);
    const s = nt.softmax(nt.tensor([[1, 2, 3], [1000, 1000, 1000]]));
    expectClose(s.data(), [0.09003057, 0.24472847, 0.66524096, 1 / 3, 1 / 3, 1 / 3]);
    expectClose(nt.logSoftmax(nt.tensor([[0, 0]])).data(), [-Math.LN2, -Math.LN2]);
  });

  it("layout: transpose, slice, concat, gather, oneHot, where", () => {
    const x = nt.tensor([[1, 2, 3], [4, 5, 6]]);
    expect(nt.transpose(x).array()).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(nt.slice(x, [0, 1], [2, 2]).array()).toEqual([[2, 3], [5, 6]]);
    expect(nt.concat([x, x], 0).shape).toEqual([4, 3]);
    expect(nt.concat([x, nt.tensor([[7], [8]])], 1).array()).toEqual([[1, 2, 3, 7], [4, 5, 6, 8]]);
    expect(nt.gather(x, [1, 1, 0]).array()).toEqual([[4, 5, 6], [4, 5, 6], [1, 2, 3]]);
    expect(nt.oneHot([0, 2], 3).array()).toEqual([[1, 0, 0], [0, 0, 1]]);
    expect(nt.where(nt.tensor([1, 0, 1]), nt.tensor([1, 2, 3]), -1).array()).toEqual([1, -1, 3]);
    expect(() => nt.gather(x, [2])).toThrow(/index 2 at position 0 is out of range \[0, 2\)/);
    expect(() => nt.slice(x, [0, 2], [1, 2])).toThrow(/out of bounds/);
  });
});
