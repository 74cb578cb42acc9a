// The corpus's size, by area, in the test names (issue 12 asks for at least 200 cases).
import { describe, expect, it } from "vitest";
import { cliCases } from "./cli.cases.js";
import { dashboardCases } from "./dashboard.cases.js";
import { dataCases } from "./data.cases.js";
import { layerCases } from "./layers.cases.js";
import { metricCases } from "./metrics.cases.js";
import { modelFileCases } from "./model-files.cases.js";
import { opCases } from "./ops.cases.js";
import { tensorCases } from "./tensors.cases.js";
import { trainingCases } from "./training.cases.js";

const areas: Record<string, readonly unknown[]> = {
  tensors: tensorCases, ops: opCases, layers: layerCases, training: trainingCases, data: dataCases,
  metrics: metricCases, "model files": modelFileCases, "CLI flags": cliCases, "dashboard API": dashboardCases,
};
const total = Object.values(areas).reduce((n, list) => n + list.length, 0);
const byArea = Object.entries(areas).map(([k, v]) => `${k} ${v.length}`).join(", ");

describe("bad-input corpus size", () => {
  it(`holds ${total} cases (${byArea})`, () => {
    expect(total).toBeGreaterThanOrEqual(200);
    for (const list of Object.values(areas)) expect(list.length).toBeGreaterThan(0);
  });
});
