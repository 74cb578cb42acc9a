import * as nt from "@neurite/core";
import { iris, rng } from "@neurite/data";
import { beforeAll, describe, expect, it } from "vitest";
import { accuracyScore, logLoss, selection, type selection as S } from "../src/index.js";
import { irisNet, rejected, standardIris } from "./helpers.js";

let x: nt.Tensor;
let y: nt.Tensor;
beforeAll(async () => {
  await nt.ready();
  ({ x, y } = standardIris());
});

const fit = { epochs: 8, batchSize: 16 };
const grid = { learningRate: [0.01, 0.05], units: [4, 12] };

/** Runs trials in a shuffled order (after all were submitted), as a worker pool might finish them. */
function shuffledExecutor(seed: number): S.TrialExecutor & { order: number[] } {
  const pending: { spec: S.TrialSpec; ctx: S.TrialContext; done: (r: Promise<S.TrialResult>) => void }[] = [];
  const order: number[] = [];
  return {
    order,
    run(spec, ctx) {
      if (pending.length === 0) {
        setTimeout(async () => {
          const r = rng(seed);
          const jobs = pending.splice(0).map((j) => ({ j, key: r.next() })).sort((a, b) => a.key - b.key).map((e) => e.j);
          for (const job of jobs) {
            order.push(job.spec.index);
            const result = selection.runTrial(job.spec, job.ctx);
            job.done(result);
            await result.catch(() => undefined);
          }
        }, 0);
      }
      return new Promise((resolve) => pending.push({ spec, ctx, done: resolve }));
    },
  };
}

describe("crossValidate", () => {
  it("fits a fresh seeded model per fold and scores it with the metrics", async () => {
    const r = await selection.crossValidate(irisNet, x, y, {
      folds: 3, seed: 7, fit, scoring: ["accuracy", "f1Macro", "negLogLoss"], returnTrainScore: true, params: { units: 8 },
    });
    expect(Object.keys(r.testScores)).toEqual(["accuracy", "f1Macro", "negLogLoss"]);
    expect(r.testScores.accuracy).toHaveLength(3);
    expect(r.trainScores!.accuracy).toHaveLength(3);
    expect(r.fitTimes).toHaveLength(3);
    expect(r.mean.accuracy).toBeCloseTo(r.testScores.accuracy!.reduce((a, b) => a + b) / 3, 12);
    expect(r.mean.accuracy).toBeGreaterThan(0.8);
    expect(r.errors).toEqual([]);
    // Fold 1 by hand: stratified folds, nt.setSeed(seed + 1), the same fit, the metrics on predict().
    const split = selection.stratifiedKFold(y, { nSplits: 3 })[1]!;
    nt.setSeed(7 + 1);
    const model = irisNet({ units: 8 });
    const take = (t: nt.Tensor, rows: number[]) => nt.gather(t, Int32Array.from(rows));
    await model.fit(take(x, split.train), take(y, split.train), { ...fit, verbose: 0 });
    const p = model.predict(take(x, split.test)).array() as number[][];
    const truth = Array.from(take(y, split.test).data());
    expect(r.testScores.accuracy![1]).toBe(accuracyScore(truth, p.map((row) => row.indexOf(Math.max(...row)))));
    expect(r.testScores.negLogLoss![1]).toBe(-logLoss(truth, p, { labels: [0, 1, 2] }));
  });

  it("frees every model, optimizer slot and gathered tensor it made", async () => {
    await selection.crossValidate(irisNet, x, y, { folds: 2, seed: 1, fit: { epochs: 1 } });
    const before = nt.memory().numTensors;
    await selection.crossValidate(irisNet, x, y, { folds: 3, seed: 1, fit: { epochs: 2 }, scoring: ["accuracy", "rocAucOvr"], returnTrainScore: true });
    await selection.gridSearch({ units: [2, 3] }, irisNet, x, y, { folds: 2, seed: 1, fit: { epochs: 1 }, refit: false });
    expect(nt.memory().numTensors).toBe(before);
  });

  it("accepts @neurite/data RawArrays and explicit folds; defaults to accuracy for int labels", async () => {
    const d = iris();
    const folds = selection.kFold(150, { nSplits: 3, shuffle: true, seed: 2 });
    const r = await selection.crossValidate(irisNet, d.x, d.y, { folds, seed: 1, fit: { epochs: 2 } });
    expect(Object.keys(r.testScores)).toEqual(["accuracy"]);
  });

  it("records errorScore for failing trials and raises when asked to", async () => {
    const build = (p: S.Params) => (p.units === 0 ? irisNet({ units: -1 }) : irisNet(p));
    const r = await selection.gridSearch({ units: [0, 4] }, build, x, y, { folds: 2, seed: 1, fit: { epochs: 1 }, refit: false });
    const failed = r.results.find((c) => c.params.units === 0)!;
    expect(failed.testScores.accuracy).toEqual([NaN, NaN]);
    expect(failed.rank).toBe(2);
    expect((await rejected(selection.crossValidate(build, x, y, { folds: 2, params: { units: 0 }, errorScore: "raise" }))).code).toBe("BAD_ARGUMENT");
    expect((await rejected(selection.crossValidate(build, x, y, { folds: 2, params: { units: 0 } }))).message).toMatch(/all 2 trials failed/);
  });
});

describe("grid and random search over learning rate × hidden units on iris", () => {
  it("runs end to end, ranks by mean score and refits the best", async () => {
    const r = await selection.gridSearch(grid, irisNet, x, y, { folds: 3, seed: 42, fit, scoring: ["accuracy", "negLogLoss"], refit: "negLogLoss" });
    expect(r.results).toHaveLength(4);
    expect(r.results.map((c) => c.params)).toEqual(expect.arrayContaining(selection.parameterGrid(grid)));
    expect(r.rankedBy).toBe("negLogLoss");
    const means = r.results.map((c) => c.meanTestScore.negLogLoss!);
    expect(means).toEqual([...means].sort((a, b) => b - a));
    expect(r.results[0]!.rank).toBe(1);
    expect(r.bestParams).toEqual(r.results[0]!.params);
    expect(r.bestScore).toBe(means[0]);
    expect(r.bestModel).toBeDefined();
    const acc = accuracyScore(Array.from(y.data()), Array.from(nt.argmax(r.bestModel!.predict(x), -1).data()));
    expect(acc).toBeGreaterThan(0.85);
    r.bestModel!.dispose();
  });

  it("is reproducible with a seed, and trials run in any order give the same results", async () => {
    const opts = { folds: 3, seed: 5, fit, refit: false } as const;
    const a = await selection.gridSearch(grid, irisNet, x, y, opts);
    const b = await selection.gridSearch(grid, irisNet, x, y, opts);
    const executor = shuffledExecutor(9);
    const c = await selection.gridSearch(grid, irisNet, x, y, { ...opts, executor });
    expect(executor.order).not.toEqual([...executor.order].sort((p, q) => p - q));
    const scores = (r: S.SearchResult) => r.results.map((k) => [k.params, k.testScores]);
    expect(scores(b)).toEqual(scores(a));
    expect(scores(c)).toEqual(scores(a));
    const d = await selection.gridSearch(grid, irisNet, x, y, { ...opts, seed: 6 });
    expect(scores(d)).not.toEqual(scores(a));
  });

  it("random search samples the distributions with the seed", async () => {
    const dists = { learningRate: selection.logUniform(0.005, 0.1), units: selection.intRange(2, 16) };
    const opts = { nIter: 3, folds: 3, seed: 8, fit, refit: false } as const;
    const a = await selection.randomSearch(dists, irisNet, x, y, opts);
    const b = await selection.randomSearch(dists, irisNet, x, y, { ...opts, executor: shuffledExecutor(2) });
    expect(a.results).toHaveLength(3);
    expect(b.results.map((k) => [k.params, k.testScores])).toEqual(a.results.map((k) => [k.params, k.testScores]));
    for (const k of a.results) {
      expect(k.params.learningRate).toBeGreaterThanOrEqual(0.005);
      expect(Number.isInteger(k.params.units)).toBe(true);
    }
  });

  it("a trial's result does not depend on the trials run before it", async () => {
    const folds = selection.stratifiedKFold(y, { nSplits: 3 });
    const specs: S.TrialSpec[] = folds.map((f, i) => ({
      index: i, seed: 100 + i, params: { units: 6 }, train: f.train, test: f.test, fit, scoring: ["accuracy"], returnTrainScore: false, errorScore: "raise",
    }));
    const ctx = { buildModel: irisNet, x, y, scorers: { accuracy: selection.getScorer("accuracy") } };
    const forward = [];
    for (const s of specs) forward.push(await selection.runTrial(s, ctx));
    const backward = [];
    for (const s of [...specs].reverse()) backward.push(await selection.runTrial(s, ctx));
    const strip = (r: S.TrialResult) => [r.index, r.testScores, r.history];
    expect(backward.reverse().map(strip)).toEqual(forward.map(strip));
  });
});

describe("curves", () => {
  it("learningCurve trains on growing prefixes of each (shuffled) training set", async () => {
    const r = await selection.learningCurve(irisNet, x, y, { trainSizes: [0.3, 1], folds: 3, shuffle: true, seed: 3, fit });
    expect(r.trainSizes).toEqual([30, 100]);
    expect(r.testScores.map((s) => s.length)).toEqual([3, 3]);
    expect(r.trainMean).toHaveLength(2);
    expect(r.testMean[1]).toBeGreaterThan(0.8);
  });
  it("validationCurve varies one parameter; fit may depend on it", async () => {
    const r = await selection.validationCurve(irisNet, x, y, {
      paramName: "epochs", paramRange: [1, 10], folds: 3, seed: 3, params: { units: 8 },
      fit: (p) => ({ epochs: Number(p.epochs), batchSize: 16 }),
    });
    expect(r.paramRange).toEqual([1, 10]);
    expect(r.trainScores).toHaveLength(2);
    expect(r.testMean[1]!).toBeGreaterThan(r.testMean[0]!);
  });
});
