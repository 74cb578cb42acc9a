import * as nt from "@neurite/core";
import { beforeAll, describe, expect, it } from "vitest";
import { selection, writeToRunLog, type RunLogEvent } from "../src/index.js";
import { irisNet, standardIris, thrown } from "./helpers.js";

let x: nt.Tensor;
let y: nt.Tensor;
beforeAll(async () => {
  await nt.ready();
  ({ x, y } = standardIris());
});

const collect = () => {
  const events: RunLogEvent[] = [];
  return { events, writer: (e: RunLogEvent) => void events.push(e), wall: () => 1700000000.5 };
};
const fit = { epochs: 2, batchSize: 32 };

describe("writeToRunLog", () => {
  it("writes a search as one hparams line per candidate", async () => {
    const r = await selection.gridSearch({ units: [2, 6] }, irisNet, x, y, { folds: 2, seed: 1, fit, refit: false, scoring: ["accuracy", "f1Macro"] });
    const { events, writer, wall } = collect();
    writeToRunLog(r, writer, { wall });
    expect(events).toHaveLength(2);
    const c = r.results.find((k) => k.index === 1)!;
    expect(events[1]).toEqual({
      kind: "hparams", tag: "trial", step: 1, wall: 1700000000.5, trial: 1, params: { units: 6 }, rank: c.rank,
      metrics: {
        accuracy: c.meanTestScore.accuracy, accuracy_std: c.stdTestScore.accuracy,
        f1Macro: c.meanTestScore.f1Macro, f1Macro_std: c.stdTestScore.f1Macro,
        fit_time: c.meanFitTime, score_time: c.meanScoreTime,
      },
    });
    // One JSON object per line, as events.jsonl holds them.
    for (const e of events) expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it("writes curves as train and test series and a cross-validation as per-fold scalars", async () => {
    const lc = await selection.learningCurve(irisNet, x, y, { trainSizes: [0.5, 1], folds: 2, shuffle: true, seed: 2, fit });
    const { events, writer, wall } = collect();
    writeToRunLog(lc, writer, { wall, step: 7 });
    expect(events.map((e) => [e.kind, e.tag, e.step, (e as { series?: string }).series])).toEqual([
      ["curve", "learningCurve/accuracy", 7, "train"], ["curve", "learningCurve/accuracy", 7, "test"],
    ]);
    expect(events[1]).toMatchObject({ x: lc.trainSizes, y: lc.testMean, yStd: lc.testStd, xLabel: "trainSize", yLabel: "accuracy" });
    const vc = await selection.validationCurve(irisNet, x, y, { paramName: "units", paramRange: [2, 4], folds: 2, seed: 2, fit });
    writeToRunLog(vc, writer, { wall });
    expect(events[2]).toMatchObject({ kind: "curve", tag: "validationCurve/units/accuracy", series: "train", x: [2, 4], y: vc.trainMean, xLabel: "units" });
    const cv = await selection.crossValidate(irisNet, x, y, { folds: 2, seed: 2, fit, params: { units: 3 } });
    events.length = 0;
    writeToRunLog(cv, writer, { wall });
    expect(events.slice(0, 2)).toEqual(cv.testScores.accuracy!.map((value, fold) => ({ kind: "scalar", tag: "cv/accuracy", step: fold, wall: 1700000000.5, value })));
    expect(events[2]).toMatchObject({ kind: "hparams", tag: "trial", params: { units: 3 }, metrics: { accuracy: cv.mean.accuracy } });
  });

  it("refuses other values", () => {
    expect(thrown(() => writeToRunLog({} as never, () => undefined)).code).toBe("BAD_ARGUMENT");
  });
});
