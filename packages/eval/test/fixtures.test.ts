import { readFileSync } from "node:fs";
import { NeuriteError } from "@neurite/kernels";
import { describe, expect, it } from "vitest";
import * as metrics from "../src/index.js";

// Every case of fixtures/metrics.json (written by fixtures/generate.py with scikit-learn) is
// replayed here: same inputs, same options, and the result must match to 1e-9.
interface Case {
  name: string;
  fn: keyof typeof metrics;
  args: unknown[];
  options: Record<string, unknown>;
  expected?: unknown;
  error?: string;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/metrics.json", import.meta.url), "utf8")) as {
  _generated_by: { sklearn: string };
  cases: Case[];
};

const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };

/** Fails with the path of the first value that differs by more than 1e-9 (relative above 1). */
function expectClose(actual: unknown, expected: unknown, path = "result"): void {
  if (typeof expected === "string" && expected in SPECIAL) expected = SPECIAL[expected];
  if (typeof expected === "number") {
    expect(typeof actual, path).toBe("number");
    const a = actual as number;
    if (Number.isNaN(expected)) return void expect(a, path).toBeNaN();
    if (!Number.isFinite(expected)) return void expect(a, path).toBe(expected);
    expect(Math.abs(a - expected), `${path}: ${a} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === "object") {
    const a = actual as Record<string, unknown>;
    expect(Object.keys(a).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected)) expectClose(a[k], e, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

const byFn = new Map<string, Case[]>();
for (const c of fixture.cases) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);

describe(`metrics match scikit-learn ${fixture._generated_by.sklearn}`, () => {
  it("has fixtures for every metric", () => {
    const notMetrics = new Set(["metrics", "selection", "diagnose", "interpret", "writeToRunLog"]);
    const fns = Object.keys(metrics).filter((k) => !notMetrics.has(k));
    expect(fns.filter((f) => !byFn.has(f))).toEqual([]);
  });
  for (const [fn, cases] of byFn) {
    describe(fn, () => {
      for (const c of cases) {
        it(c.name, () => {
          const f = metrics[c.fn] as (...a: unknown[]) => unknown;
          const call = () => f(...c.args, c.options);
          if (c.error !== undefined) {
            let thrown: unknown;
            try { call(); } catch (e) { thrown = e; }
            expect(thrown, `sklearn raised ${c.error}`).toBeInstanceOf(NeuriteError);
            expect((thrown as Error).message.startsWith(`${fn}: `)).toBe(true);
          } else {
            expectClose(call(), c.expected);
          }
        });
      }
    });
  }
});
