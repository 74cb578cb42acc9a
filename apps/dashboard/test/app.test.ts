import { afterEach, describe, expect, it, vi } from "vitest";
import type { RunEvent, RunInfo, ScalarSeries } from "../src/api.js";
import { curveAxis, curveType } from "../src/charts/curve-chart.js";
import { resample } from "../src/charts/hist-grid.js";
import { chartData, runTable } from "../src/charts/scalar-data.js";
import { runColor } from "../src/colors.js";
import { Context } from "../src/context.js";
import { DEFAULTS, fromQuery, Store, toQuery, type State } from "../src/state.js";
import { confusionCells } from "../src/views/confusion.js";
import { sortTrials, toTrials, type Trial } from "../src/views/hparams.js";
import { layoutLayers, modelLayers, parseSummary } from "../src/views/model-graph.js";
import { makeAxis } from "../src/views/parcoords.js";
import { groupTags } from "../src/views/scalars.js";

const ev = (fields: Partial<RunEvent>): RunEvent => ({ step: 0, wall: 0, kind: "model", tag: "model", ...fields });

describe("URL state", () => {
  it("round-trips every field, writing only what differs from the defaults", () => {
    const st: State = { view: "hparams", runs: ["a", "b,c"], runFilter: "^lr=", tagFilter: "loss|acc", smoothing: 0.85, x: "relative", logY: true, logX: true, normalize: true, score: "val_acc", sort: "-m:val_acc", model: "a" };
    expect(fromQuery(toQuery(st))).toEqual(st);
    expect(toQuery(DEFAULTS)).toBe("");
    expect(fromQuery(toQuery({ ...DEFAULTS, runs: [] })).runs).toEqual([]);
    expect(fromQuery("").runs).toBeNull();
  });

  it("falls back to defaults for junk and clamps the smoothing", () => {
    const st = fromQuery("view=nope&x=sideways&smoothing=7");
    expect(st.view).toBe("scalars");
    expect(st.x).toBe("step");
    expect(st.smoothing).toBe(0.999);
  });

  it("tells listeners exactly what changed and mirrors the URL", () => {
    const urls: string[] = [];
    const store = new Store({ ...DEFAULTS }, (q) => urls.push(q));
    const seen: string[][] = [];
    store.subscribe((_s, changed) => seen.push([...changed]));
    store.set({ smoothing: 0.6, x: "wall" });
    store.set({ x: "wall" });
    expect(seen).toEqual([["x"]]);
    expect(urls).toEqual(["x=wall"]);
  });
});

describe("run selection", () => {
  const info = (name: string, mtime: number) => ({ name, mtime, bytes: 1, events: 1, malformed: 0, exact: true, tags: { scalar: ["loss"] } });

  it("selects every run of a small logdir and the 10 newest of a large one, and keeps that choice", () => {
    const small = new Context(new Store({ ...DEFAULTS }));
    small.setRuns(["a", "b"].map((n, i) => info(n, i)));
    expect(small.selected()).toEqual(["a", "b"]);
    const big = new Context(new Store({ ...DEFAULTS, runFilter: "7" }));
    big.setRuns(Array.from({ length: 30 }, (_, i) => info(`r${String(i).padStart(2, "0")}`, i)));
    expect(big.selected()).toEqual(["r20", "r21", "r22", "r23", "r24", "r25", "r26", "r27", "r28", "r29"]);
    // A run written to later does not change the default selection under the user's feet.
    big.appended({ run: "r00", events: [], next: 0, malformed: 0, reset: false });
    expect(big.selected()[0]).toBe("r20");
    expect(big.visible()).toEqual(["r27"]);
  });
});

describe("prefetching the runs a link names", () => {
  const info = (name: string, exact: boolean): RunInfo => ({ name, mtime: 1, bytes: 10, events: exact ? 7 : 5, malformed: 0, exact, tags: exact ? { scalar: ["loss", "acc"] } : {} });
  const asked: string[] = [];
  /** A server whose /api/tags answers for the runs it holds and 404s for any other. */
  function serve(runs: string[]): void {
    asked.length = 0;
    vi.stubGlobal("fetch", async (url: string) => {
      asked.push(url);
      const names = new URL(url, "http://x").searchParams.getAll("run");
      const gone = names.find((n) => !runs.includes(n));
      if (gone) return new Response(JSON.stringify({ error: { message: `${gone} not found` } }), { status: 404 });
      return new Response(JSON.stringify({ runs: names.map((n) => info(n, true)) }));
    });
  }
  afterEach(() => void vi.unstubAllGlobals());

  it("reads the selected runs that match the filter and stands them in for the run list, in its order", async () => {
    serve(["a", "b", "c", "x"]);
    const ctx = new Context(new Store(fromQuery("run=c&run=a&run=x&runFilter=^[a-c]")));
    const read = ctx.prefetch();
    expect(ctx.prefetching).toBe(true);
    expect(await read).toBe(true);
    expect(ctx.prefetching).toBe(false);
    expect(asked).toEqual(["/api/tags?run=c&run=a"]);
    expect(ctx.listed).toBe(false);
    expect(ctx.visible()).toEqual(["a", "c"]);
    // The list comes with samples of them; what was read in full is kept, and nothing is asked again.
    ctx.setRuns(["a", "b", "c", "x"].map((n) => info(n, false)));
    expect(ctx.visible()).toEqual(["a", "c"]);
    expect(ctx.runs.map((r) => r.events)).toEqual([7, 5, 7, 5]);
    expect([...(await ctx.tagsOf(ctx.visible())).values()]).toEqual([{ scalar: ["loss", "acc"] }, { scalar: ["loss", "acc"] }]);
    expect(asked).toHaveLength(1);
  });

  it("gives up quietly when a named run is gone, and tagsOf asks again for the ones that exist", async () => {
    serve(["a"]);
    const ctx = new Context(new Store(fromQuery("run=a&run=gone")));
    expect(await ctx.prefetch()).toBe(false);
    expect(ctx.runs).toEqual([]);
    ctx.setRuns([info("a", false)]);
    expect(await ctx.tagsOf(ctx.visible())).toEqual(new Map([["a", { scalar: ["loss", "acc"] }]]));
    expect(asked).toEqual(["/api/tags?run=a&run=gone", "/api/tags?run=a"]);
  });

  it("does nothing without runs in the URL", async () => {
    serve([]);
    expect(await new Context(new Store({ ...DEFAULTS })).prefetch()).toBe(false);
    expect(asked).toEqual([]);
  });
});

describe("run colours", () => {
  it("depend on the name only and differ between typical names", () => {
    expect(runColor("run-1")).toBe(runColor("run-1"));
    const colors = new Set(["run-1", "run-2", "run-3", "baseline", "lr=0.01"].map((r) => runColor(r)));
    expect(colors.size).toBe(5);
  });
});

describe("scalar chart data", () => {
  const s: ScalarSeries = { run: "r", wall0: 100, next: 0, total: 4, step: [0, 1, 2, 3], wall: [100, 101, 101, 103], value: [-1, 0, 2, 4], smoothed: [-1, -0.5, 0.5, 1.5] };

  it("maps x to step, relative or wall time and gaps what a log axis cannot show", () => {
    expect(runTable(s, { x: "step", logY: false, logX: false, smoothed: true })).toEqual([[0, 1, 2, 3], [-1, 0, 2, 4], [-1, -0.5, 0.5, 1.5]]);
    expect(runTable(s, { x: "step", logY: true, logX: true, smoothed: false })).toEqual([[1, 2, 3], [null, 2, 4]]);
    // Two points at the same wall-clock second: the later one is kept.
    expect(runTable(s, { x: "relative", logY: false, logX: false, smoothed: false })).toEqual([[0, 1, 3], [-1, 2, 4]]);
  });

  it("joins runs with different steps on one x column", () => {
    const t: ScalarSeries = { ...s, run: "t", step: [1, 5], wall: [0, 0], value: [7, 8], smoothed: undefined };
    const d = chartData([s, t], { x: "step", logY: false, logX: false, smoothed: false });
    expect(d[0]).toEqual([0, 1, 2, 3, 5]);
    expect(d[2]).toEqual([undefined, 7, undefined, undefined, 8]);
  });

  it("groups tags by their first path segment", () => {
    expect([...groupTags(["train/loss", "val/loss", "train/acc", "lr"])]).toEqual([["train", ["train/loss", "train/acc"]], ["val", ["val/loss"]], ["", ["lr"]]]);
  });
});

describe("histogram grid", () => {
  it("conserves counts while resampling bins of different edges onto one grid", () => {
    const g = resample(
      [
        { step: 0, bins: [{ lo: -1, hi: 0, count: 10 }, { lo: 0, hi: 1, count: 30 }] },
        { step: 1, bins: [{ lo: -3, hi: 3, count: 12 }] },
        { step: 2, bins: [{ lo: 0.5, hi: 0.5, count: 7 }] },
      ],
      30,
    );
    expect([g.lo, g.hi]).toEqual([-3, 3]);
    g.counts.forEach((col, i) => expect(col.reduce((a, b) => a + b, 0)).toBeCloseTo([40, 12, 7][i]!, 9));
    expect(Math.max(...g.density[0]!)).toBe(1);
    expect(g.mean).toEqual([0.25, 0, 0.5]);
  });
});

describe("curves and confusion", () => {
  it("tells ROC from PR by type, score field or tag", () => {
    expect(curveType(ev({ kind: "curve", tag: "roc/class_1", x: [], y: [] }))).toBe("roc");
    expect(curveType(ev({ kind: "curve", tag: "val/pr", x: [], y: [] }))).toBe("pr");
    expect(curveType(ev({ kind: "curve", tag: "whatever", ap: 0.5 }))).toBe("pr");
    expect(curveType(ev({ kind: "curve", tag: "progress", type: "calibration" }))).toBe("calibration");
    expect(curveType(ev({ kind: "curve", tag: "approx" }))).toBe("curve");
  });

  it("puts string or boolean x values on category positions, and sweeps over decades on a log axis", () => {
    const c = (x: unknown[]) => ({ run: "r", e: ev({ kind: "curve", tag: "validationCurve/p/acc", x, y: x.map(() => 1) }) });
    const cat = curveAxis([c(["sgd", "adam"]), c(["adam", true])]);
    expect(cat.categories).toEqual(["sgd", "adam", "true"]);
    expect([cat.pos("adam"), cat.pos(true), cat.pos(null)]).toEqual([1, 2, null]);
    expect(curveAxis([c([0.001, 0.01, 0.1])]).log).toBe(true);
    expect(curveAxis([c([1, 2, 3])]).log).toBe(false);
    expect(curveAxis([{ run: "r", e: ev({ kind: "curve", tag: "roc", x: [0.001, 1], y: [0, 1], auc: 0.5 }) }]).log).toBe(false);
  });

  it("normalises a confusion matrix by row (recall per class)", () => {
    expect(confusionCells([[8, 2], [0, 0]], true)).toEqual([[0.8, 0.2], [0, 0]]);
    expect(confusionCells([[8, 2], [1, 3]], false)).toEqual([[8, 2], [1, 3]]);
  });
});

describe("hyperparameters", () => {
  const trials: Trial[] = [
    { run: "a", trial: "t1", params: { lr: 0.1, opt: "sgd" }, metrics: { acc: 0.7 } },
    { run: "b", trial: "t2", params: { lr: 0.001, opt: "adam" }, metrics: { acc: 0.9 } },
    { run: "c", trial: "t3", params: { lr: 0.01, opt: "adam" }, metrics: {} },
  ];

  it("keeps every trial of a search logged under one tag, the latest event of each, NaN scores as missing", () => {
    const e = (trial: number, acc: number | null, rank?: number) => ev({ kind: "hparams", tag: "trial", trial, params: { lr: 0.1 * trial }, metrics: { accuracy: acc }, rank });
    const trials = toTrials("search", [e(0, null), e(1, 0.5), e(1, 0.8, 1), e(2, 0.7, 2)]);
    expect(trials.map((t) => [t.trial, t.metrics.accuracy, t.rank])).toEqual([["trial-0", undefined, undefined], ["trial-1", 0.8, 1], ["trial-2", 0.7, 2]]);
    expect(sortTrials(trials, "rank").map((t) => t.trial)).toEqual(["trial-1", "trial-2", "trial-0"]);
    expect(toTrials("one", [ev({ kind: "hparams", tag: "run", params: { a: 1 } })])[0]!.trial).toBe("run");
  });

  it("sorts by a metric either way with missing values last", () => {
    expect(sortTrials(trials, "m:acc").map((t) => t.run)).toEqual(["a", "b", "c"]);
    expect(sortTrials(trials, "-m:acc").map((t) => t.run)).toEqual(["b", "a", "c"]);
    expect(sortTrials(trials, "p:lr").map((t) => t.run)).toEqual(["b", "c", "a"]);
  });

  it("fits log axes to learning rates and category axes to strings", () => {
    const lr = makeAxis("p:lr", "lr", [0.1, 0.001, 0.01]);
    expect(lr.kind).toBe("log");
    expect(lr.pos(0.01)).toBeCloseTo(0.5, 12);
    const opt = makeAxis("p:opt", "opt", ["sgd", "adam", "adam", undefined]);
    expect(opt.kind).toBe("category");
    expect([opt.pos("adam"), opt.pos("sgd"), opt.pos(undefined)]).toEqual([0, 1, undefined]);
    expect(makeAxis("m:acc", "acc", [0.7, 0.9]).pos(0.8)).toBeCloseTo(0.5, 12);
  });
});

describe("model graph", () => {
  // What RunLogger writes for sequential([dense(16, relu, inputShape [4]), dropout(0.2), dense(3, softmax)]).
  const logged = ev({
    className: "Sequential",
    config: {
      name: "sequential",
      layers: [
        { class_name: "Dense", config: { name: "dense", batch_input_shape: [null, 4], units: 16, activation: "relu" } },
        { class_name: "Dropout", config: { name: "dropout", rate: 0.2 } },
        { class_name: "Dense", config: { name: "dense_1", units: 3, activation: "softmax" } },
      ],
    },
    summary:
      'Model: "sequential"\n──────\nLayer (type)       Output Shape  Param #  \n══════\ndense (Dense)      (None, 16)         80  \ndropout (Dropout)  (None, 16)          0  \ndense_1 (Dense)    (None, 3)          51  \n──────\nTotal params: 131',
  });

  it("builds layers from the config and the summary rows of what RunLogger logs", () => {
    expect(parseSummary(String(logged.summary)).get("dense_1")).toEqual({ shape: "(None, 3)", params: 51 });
    expect(modelLayers(logged)).toEqual([
      { name: "input", className: "Input", outputShape: "(None, 4)", params: 0, inbound: [] },
      { name: "dense", className: "Dense", outputShape: "(None, 16)", params: 80, activation: "relu", inbound: ["input"] },
      { name: "dropout", className: "Dropout", outputShape: "(None, 16)", params: 0, activation: undefined, inbound: ["dense"] },
      { name: "dense_1", className: "Dense", outputShape: "(None, 3)", params: 51, activation: "softmax", inbound: ["dropout"] },
    ]);
  });

  it("prefers an explicit layers list and lays branches side by side", () => {
    const boxes = modelLayers(
      ev({
        layers: [
          { name: "in", className: "InputLayer", outputShape: [null, 8], params: 0 },
          { name: "left", className: "Dense", outputShape: [null, 4], params: 36, inbound: ["in"] },
          { name: "right", className: "Dense", outputShape: [null, 4], params: 36, inbound: ["in"] },
          { name: "merge", className: "Concatenate", outputShape: [null, 8], params: 0, inbound: ["left", "right"] },
        ],
      }),
    );
    expect(boxes[1]!.outputShape).toBe("(None, 4)");
    const { placed, rows, cols } = layoutLayers(boxes);
    expect(placed.map((p) => [p.box.name, p.row, p.col])).toEqual([["in", 0, 0], ["left", 1, 0], ["right", 1, 1], ["merge", 2, 0]]);
    expect([rows, cols]).toEqual([3, 2]);
  });
});
