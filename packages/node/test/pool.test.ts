import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as nt from "@neurite/core";
import { iris } from "@neurite/data";
import { selection } from "@neurite/eval";
// The built package: worker threads load dist/workers/pool-worker.js.
import { workerPool } from "../dist/index.js";
// @ts-expect-error: a plain ESM fixture without types
import { buildModel } from "./fixtures/iris-model.mjs";

const MODULE = join(import.meta.dirname, "fixtures", "iris-model.mjs");

describe("worker pool", () => {
  it("a grid search in 2 worker threads equals the sequential search", async () => {
    await nt.ready();
    const d = iris();
    const x = nt.tensor(d.x.data, d.x.shape);
    const y = nt.tensor(d.y.data, d.y.shape, "int32");
    const grid = { learningRate: [0.01, 0.05], units: [4, 8] };
    const opts = { folds: 3, scoring: "accuracy", fit: { epochs: 5, batchSize: 16 }, seed: 3, refit: false } as const;
    const sequential = await selection.gridSearch(grid, buildModel, x, y, opts);
    const pool = workerPool({ module: MODULE, size: 2 });
    try {
      const parallel = await selection.gridSearch(grid, buildModel, x, y, { ...opts, executor: pool });
      expect(parallel.results.map((r) => r.meanTestScore)).toEqual(sequential.results.map((r) => r.meanTestScore));
      expect(parallel.bestParams).toEqual(sequential.bestParams);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("refuses a module without buildModel, with a clear error", async () => {
    const pool = workerPool({ module: join(import.meta.dirname, "fixtures", "no-build.mjs"), size: 1 });
    const x = nt.ones([6, 4]);
    const y = nt.tensor([0, 1, 2, 0, 1, 2], [6], "int32");
    try {
      await expect(selection.crossValidate(buildModel, x, y, { folds: 2, fit: { epochs: 1 }, executor: pool })).rejects.toThrow(/buildModel/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
