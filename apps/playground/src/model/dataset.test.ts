import { describe, expect, it } from "vitest";
import { detectProblem, hasHeader, prepareCsv, splitPoints } from "./dataset.js";

describe("splitPoints", () => {
  it("splits by the percentage into disjoint, seeded parts", () => {
    const n = 20;
    const all = { x: Float32Array.from({ length: 2 * n }, (_, i) => i), y: Float32Array.from({ length: n }, (_, i) => i) };
    const { train, test } = splitPoints(all, 70, 5);
    expect([train.y.length, test.y.length]).toEqual([14, 6]);
    expect([...train.y, ...test.y].sort((a, b) => a - b)).toEqual(Array.from(all.y));
    train.y.forEach((r, i) => expect([train.x[2 * i], train.x[2 * i + 1]]).toEqual([2 * r, 2 * r + 1]));
    expect(splitPoints(all, 70, 5)).toEqual({ train, test });
  });

  it("keeps a row on each side however extreme the ratio", () => {
    const all = { x: new Float32Array(6), y: new Float32Array(3) };
    expect(splitPoints(all, 10, 1).train.y.length).toBe(1);
    expect(splitPoints(all, 90, 1).test.y.length).toBe(1);
  });
});

describe("CSV preparation", () => {
  it("detects a header by any non-numeric field on the first line", () => {
    expect(hasHeader("x,y,label\n1,2,0")).toBe(true);
    expect(hasHeader('"a", 2, 3\n')).toBe(true);
    expect(hasHeader("1,2.5,-3e2\n4,5,6")).toBe(false);
    expect(hasHeader(' "1" , 2,0')).toBe(false);
  });

  it("reads text labels and small integer sets as classes, anything else as targets", () => {
    expect(detectProblem({ x1: [0], x2: [0], label: [0], labelNames: ["a"] })).toBe("classification");
    expect(detectProblem({ x1: [], x2: [], label: [-1, 1, 1, -1] })).toBe("classification");
    expect(detectProblem({ x1: [], x2: [], label: [0, 0.5] })).toBe("regression");
    expect(detectProblem({ x1: [], x2: [], label: Array.from({ length: 11 }, (_, i) => i) })).toBe("regression");
  });

  it("centres and scales points uniformly to ±5 and numbers the classes in sorted order", () => {
    const d = prepareCsv({ x1: [10, 20, 30, 20], x2: [100, 102, 104, 100], label: [1, -1, 1, -1] }, "classification", 50, 1);
    expect(d.transform).toEqual({ center: [20, 102], scale: 0.5 });
    expect([d.classes, d.classNames, d.target]).toEqual([2, ["-1", "1"], { center: 0, scale: 1 }]);
    const all = [...d.train.y.keys()].map((i) => [d.train.x[2 * i], d.train.x[2 * i + 1], d.train.y[i]])
      .concat([...d.test.y.keys()].map((i) => [d.test.x[2 * i], d.test.x[2 * i + 1], d.test.y[i]]));
    expect(all.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)).toEqual([[-5, -1, 1], [0, -1, 0], [0, 0, 0], [5, 1, 1]]);
  });

  it("scales regression targets to [-1, 1] and names text classes", () => {
    const r = prepareCsv({ x1: [0, 1, 2], x2: [0, 1, 2], label: [10, 20, 30] }, "regression", 50, 1);
    expect(r.target).toEqual({ center: 20, scale: 0.1 });
    expect([...r.train.y, ...r.test.y].sort()).toEqual([-1, 0, 1]);
    const c = prepareCsv({ x1: [0, 1, 2], x2: [0, 1, 2], label: [1, 0, 2], labelNames: ["cat", "dog", "eel"] }, "classification", 50, 1);
    expect([c.classes, c.classNames]).toEqual([3, ["cat", "dog", "eel"]]);
  });

  it("explains labels that do not fit the problem", () => {
    expect(() => prepareCsv({ x1: [0, 1], x2: [0, 1], label: [0.5, 1] }, "classification", 50, 1)).toThrow(/choose regression/);
    expect(() => prepareCsv({ x1: [0, 1], x2: [0, 1], label: [1, 1] }, "classification", 50, 1)).toThrow(/single class/);
    expect(() => prepareCsv({ x1: [0, 1], x2: [0, 1], label: [0, 1], labelNames: ["a", "b"] }, "regression", 50, 1)).toThrow(/text/);
    expect(() => prepareCsv({ x1: [0], x2: [0], label: [0] }, "regression", 50, 1)).toThrow(/at least 2/);
  });
});
