import { expect, it } from "vitest";
import * as nt from "../src/index.js";
import { eachBackend, expectClose } from "./helpers.js";

eachBackend("tensors", () => {
  it("creates from nested arrays, typed arrays and scalars, with shape and dtype", () => {
    const x = nt.tensor([[1, 2], [3, 4]]);
    expect(x.shape).toEqual([2, 2]);
    expect(x.dtype).toBe("float32");
    expect(x.data()).toBeInstanceOf(Float32Array);
    expect(x.array()).toEqual([[1, 2], [3, 4]]);
    expect(nt.tensor(new Int32Array([1, 2, 3])).dtype).toBe("int32");
    expect(nt.scalar(5).array()).toBe(5);
    expect(nt.tensor([1, 2, 3, 4, 5, 6], [2, 3]).array()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(nt.tensor([]).shape).toEqual([0]);
  });

  it("data() is a copy and await works on it (TF.js habits)", async () => {
    const x = nt.tensor([1, 2, 3]);
    const d = x.data();
    d[0] = 100;
    expect(Array.from(await x.data())).toEqual([1, 2, 3]);
  });

  it("fills, zeros, ones and random tensors honour the seed", () => {
    expect(Array.from(nt.fill([2, 2], 7).data())).toEqual([7, 7, 7, 7]);
    expect(Array.from(nt.ones([3], "int32").data())).toEqual([1, 1, 1]);
    nt.setSeed(42);
    const a = nt.randomNormal([100]).data();
    const u = nt.randomUniform([5], -1, 1).data();
    nt.setSeed(42);
    expect(nt.randomNormal([100]).data()).toEqual(a);
    expect(nt.randomUniform([5], -1, 1).data()).toEqual(u);
    expect(nt.randomUniform([5], 0, 1, 7).data()).toEqual(nt.randomUniform([5], 0, 1, 7).data());
  });

  it("rejects ragged arrays, wrong sizes and bad dtypes with clear errors", () => {
    expect(() => nt.tensor([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => nt.tensor([1, 2, 3], [2, 2])).toThrow(/3 values cannot have shape \[2, 2\]/);
    expect(() => nt.tensor([1.5], [1], "int32")).toThrow(/integers/);
    expect(() => nt.tensor(["a" as unknown as number])).toThrow(/expected a number/);
    expect(() => nt.zeros([-1])).toThrow(/non-negative/);
  });

  it("disposed tensors refuse use; tidy frees all but the result", () => {
    const before = nt.memory().numTensors;
    const kept = nt.tidy(() => {
      const a = nt.ones([10]);
      const b = nt.add(a, a);
      return nt.mul(b, 2);
    });
    expect(nt.memory().numTensors).toBe(before + 1);
    expectClose(kept.data(), new Array(10).fill(4));
    kept.dispose();
    expect(nt.memory().numTensors).toBe(before);
    expect(() => kept.data()).toThrow(/disposed/);
    expect(() => nt.add(kept, 1)).toThrow(/disposed/);
  });

  it("reshape shares memory (a view) and stays valid after the source is disposed", () => {
    const x = nt.tensor([1, 2, 3, 4]);
    const bytes = nt.memory().numBytes;
    const y = nt.reshape(x, [2, 2]);
    expect(nt.memory().numBytes).toBe(bytes);
    x.dispose();
    expect(y.array()).toEqual([[1, 2], [3, 4]]);
    y.dispose();
  });

  it("variables are mutable, named, and survive tidy", () => {
    const v = nt.tidy(() => nt.variable(nt.tensor([1, 2]), { name: "w" }));
    expect(v.name).toBe("w");
    expect(v.trainable).toBe(true);
    v.assign(nt.tensor([3, 4]));
    expect(Array.from(v.data())).toEqual([3, 4]);
    expect(() => v.assign(nt.tensor([1, 2, 3]))).toThrow(/assign to variable "w"/);
    v.dispose();
  });

  it("casts between float32 and int32", () => {
    expect(Array.from(nt.cast(nt.tensor([1.7, -1.7, 2]), "int32").data())).toEqual([1, -1, 2]);
    expect(nt.cast(nt.tensor(new Int32Array([3])), "float32").dtype).toBe("float32");
  });
});
