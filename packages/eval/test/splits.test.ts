import { readFileSync } from "node:fs";
import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { beforeAll, describe, expect, it } from "vitest";
import { selection } from "../src/index.js";
import { thrown } from "./helpers.js";

// fixtures/selection.json is written by fixtures/generate_selection.py with scikit-learn.
interface Folds { folds?: { train: number[]; test: number[] }[]; error?: string }
const fixture = JSON.parse(readFileSync(new URL("./fixtures/selection.json", import.meta.url), "utf8")) as {
  kFold: (Folds & { n: number; nSplits: number })[];
  stratifiedKFold: (Folds & { name: string; y: (number | string)[]; nSplits: number })[];
  parameterGrid: { grid: Record<string, unknown[]> | Record<string, unknown[]>[]; expected: Record<string, unknown>[] }[];
  trainSizes: { trainSizes: number[]; nMax: number; expected: number[] }[];
};

beforeAll(() => nt.ready());

describe("kFold and stratifiedKFold equal scikit-learn's splits", () => {
  for (const c of fixture.kFold) {
    it(`KFold n=${c.n} k=${c.nSplits}`, () => {
      const run = () => selection.kFold(c.n, { nSplits: c.nSplits });
      if (c.error) expect(thrown(run).code).toBe("BAD_ARGUMENT");
      else expect(run()).toEqual(c.folds);
    });
  }
  for (const c of fixture.stratifiedKFold) {
    it(`StratifiedKFold ${c.name} k=${c.nSplits}`, () => {
      const run = () => selection.stratifiedKFold(c.y, { nSplits: c.nSplits });
      if (c.error) expect(thrown(run).message).toMatch(/greater than the number of members in each class/);
      else expect(run()).toEqual(c.folds);
    });
  }
  it("reads tensors and one-hot rows the way selection functions pass labels", () => {
    const y = nt.tensor([2, 0, 1, 1, 0, 2, 2, 1, 0], [9], "int32");
    expect(selection.stratifiedKFold(y, { nSplits: 3 })).toEqual(selection.stratifiedKFold([2, 0, 1, 1, 0, 2, 2, 1, 0], { nSplits: 3 }));
    y.dispose();
  });
});

describe("shuffled folds", () => {
  const y = [...Array(40).fill(0), ...Array(25).fill(1), ...Array(11).fill(2)] as number[];

  it("partition the rows, are seeded, and differ from the unshuffled ones", () => {
    const a = selection.kFold(23, { nSplits: 4, shuffle: true, seed: 3 });
    expect(a.flatMap((s) => s.test).sort((p, q) => p - q)).toEqual([...Array(23).keys()]);
    expect(a.map((s) => s.test.length)).toEqual([6, 6, 6, 5]);
    for (const s of a) expect([...s.train, ...s.test].sort((p, q) => p - q)).toEqual([...Array(23).keys()]);
    expect(selection.kFold(23, { nSplits: 4, shuffle: true, seed: 3 })).toEqual(a);
    expect(selection.kFold(23, { nSplits: 4, shuffle: true, seed: 4 })).not.toEqual(a);
    expect(a).not.toEqual(selection.kFold(23, { nSplits: 4 }));
  });

  it("stratified folds keep each class's share (counts within one of count / k)", () => {
    for (const shuffle of [false, true]) {
      const folds = selection.stratifiedKFold(y, { nSplits: 5, shuffle, ...(shuffle ? { seed: 11 } : {}) });
      for (const cls of [0, 1, 2]) {
        const total = y.filter((v) => v === cls).length;
        for (const f of folds) {
          const inTest = f.test.filter((i) => y[i] === cls).length;
          expect(Math.abs(inTest - total / 5)).toBeLessThan(1);
        }
      }
      expect(folds.flatMap((f) => f.test).sort((p, q) => p - q)).toEqual([...Array(y.length).keys()]);
    }
  });

  it("rejects a seed without shuffle and bad nSplits, as scikit-learn does", () => {
    expect(thrown(() => selection.kFold(10, { seed: 1 })).message).toMatch(/shuffle/);
    expect(thrown(() => selection.kFold(10, { nSplits: 1 })).code).toBe("BAD_ARGUMENT");
    expect(thrown(() => selection.stratifiedKFold([0, 1, 0, 1], { nSplits: 2.5 }))).toBeInstanceOf(NeuriteError);
  });
});

describe("parameter grids and train sizes", () => {
  for (const [i, c] of fixture.parameterGrid.entries()) {
    it(`ParameterGrid order #${i}`, () => expect(selection.parameterGrid(c.grid as selection.ParamGrid)).toEqual(c.expected));
  }
  for (const c of fixture.trainSizes) {
    it(`_translate_train_sizes [${c.trainSizes}] of ${c.nMax}`, () => expect(selection.translateTrainSizes(c.trainSizes, c.nMax)).toEqual(c.expected));
  }
  it("rejects empty value lists and out-of-range sizes", () => {
    expect(thrown(() => selection.parameterGrid({ a: [] })).message).toMatch(/"a"/);
    expect(thrown(() => selection.translateTrainSizes([0, 0.5], 10)).code).toBe("BAD_ARGUMENT");
    expect(thrown(() => selection.translateTrainSizes([5, 20], 10)).code).toBe("BAD_ARGUMENT");
  });
  it("ranks as scikit-learn's rankdata(-means, 'min') with NaN last", () => {
    expect(selection.rankScores([0.5, 0.9, NaN, 0.9, 0.1])).toEqual([3, 1, 5, 1, 4]);
    expect(selection.rankScores([NaN, NaN])).toEqual([1, 1]);
  });
});

describe("distributions", () => {
  it("sample within their ranges, seeded", async () => {
    const { rng } = await import("@neurite/data");
    const d = { lr: selection.logUniform(1e-4, 1e-1), units: selection.intRange(2, 4), act: selection.choice(["relu", "tanh"]), drop: selection.uniform(0, 0.5) };
    const a = selection.sampleParams(d, 200, rng(5));
    expect(selection.sampleParams(d, 200, rng(5))).toEqual(a);
    for (const p of a) {
      expect(p.lr).toBeGreaterThanOrEqual(1e-4);
      expect(p.lr).toBeLessThan(1e-1);
      expect([2, 3, 4]).toContain(p.units);
      expect(["relu", "tanh"]).toContain(p.act);
      expect(p.drop).toBeGreaterThanOrEqual(0);
      expect(p.drop).toBeLessThan(0.5);
    }
    expect(new Set(a.map((p) => p.units)).size).toBe(3);
    // Each decade equally likely: about a third of log-uniform draws fall in [1e-4, 1e-3).
    expect(a.filter((p) => (p.lr as number) < 1e-3).length / a.length).toBeGreaterThan(0.2);
    expect(a.filter((p) => (p.lr as number) < 1e-3).length / a.length).toBeLessThan(0.47);
  });
  it("draw distinct grid points when every entry is a list (all of them if the grid is smaller)", async () => {
    const { rng } = await import("@neurite/data");
    const lists = { a: [1, 2, 3], b: selection.choice(["x", "y"]) };
    const some = selection.sampleParams(lists, 4, rng(1));
    expect(new Set(some.map((p) => JSON.stringify(p))).size).toBe(4);
    const all = selection.sampleParams(lists, 50, rng(1));
    expect(all.map((p) => JSON.stringify(p)).sort()).toEqual(selection.parameterGrid({ a: [1, 2, 3], b: ["x", "y"] }).map((p) => JSON.stringify(p)).sort());
  });
  it("reject bad bounds", () => {
    expect(thrown(() => selection.logUniform(0, 1)).code).toBe("BAD_ARGUMENT");
    expect(thrown(() => selection.uniform(2, 1)).code).toBe("BAD_ARGUMENT");
    expect(thrown(() => selection.intRange(1.5, 3)).code).toBe("BAD_ARGUMENT");
    expect(thrown(() => selection.choice([])).code).toBe("BAD_ARGUMENT");
  });
});
