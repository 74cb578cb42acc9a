import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "./codec.js";
import {
  ACTIVATIONS, CLASSIFICATION_SETS, FEATURES, LEARNING_RATES, MAX_CLASSES, MAX_LAYERS, MAX_UNITS, MIN_CLASSES, OPTIMIZERS,
  REGRESSION_SETS, REGULARIZATION_RATES, REGULARIZATIONS, SPEEDS, defaultState, normalize, type AppState,
} from "./schema.js";

const validState: fc.Arbitrary<AppState> = fc
  .record({
    problem: fc.constantFrom("classification" as const, "regression" as const),
    classIdx: fc.nat(CLASSIFICATION_SETS.length - 1),
    regIdx: fc.nat(REGRESSION_SETS.length - 1),
    csvSet: fc.boolean(),
    classes: fc.integer({ min: MIN_CLASSES, max: MAX_CLASSES }),
    noise: fc.integer({ min: 0, max: 50 }),
    trainRatio: fc.integer({ min: 10, max: 90 }),
    batchSize: fc.integer({ min: 1, max: 100 }),
    learningRate: fc.constantFrom(...LEARNING_RATES),
    activation: fc.constantFrom(...ACTIVATIONS),
    regularization: fc.constantFrom(...REGULARIZATIONS),
    regularizationRate: fc.constantFrom(...REGULARIZATION_RATES),
    optimizer: fc.constantFrom(...OPTIMIZERS),
    speed: fc.constantFrom(...SPEEDS),
    features: fc.subarray([...FEATURES], { minLength: 1 }),
    hidden: fc.array(fc.integer({ min: 1, max: MAX_UNITS }), { maxLength: MAX_LAYERS }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    showTestData: fc.boolean(),
    discretize: fc.boolean(),
    csv: fc.stringMatching(/^[0-9a-f]{0,16}$/),
  })
  .map(({ classIdx, regIdx, csvSet, ...r }) => ({
    ...r,
    dataset: csvSet ? ("csv" as const) : r.problem === "classification" ? CLASSIFICATION_SETS[classIdx]! : REGRESSION_SETS[regIdx]!,
  }));

describe("state codec", () => {
  it("round-trips every valid state exactly, with no problems reported", () => {
    fc.assert(
      fc.property(validState, (s) => {
        expect(normalize(s)).toEqual(s);
        const d = decodeState("#" + encodeState(s));
        expect(d.problems).toEqual([]);
        expect(d.state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it("writes every field in a fixed order with readable lists", () => {
    const s = { ...defaultState(), hidden: [8, 8, 5], features: ["x1", "x2", "sinx1"] as AppState["features"] };
    const hash = encodeState(s);
    expect(hash).toBe(
      "problem=classification&dataset=circle&classes=3&noise=0&trainRatio=50&batchSize=10&learningRate=0.03&activation=tanh" +
        "&regularization=none&regularizationRate=0&optimizer=sgd&speed=1&features=x1,x2,sinx1&hidden=8,8,5&seed=1" +
        "&showTestData=false&discretize=false&csv=",
    );
  });

  it("gives the defaults for an empty hash", () => {
    expect(decodeState("")).toEqual({ state: defaultState(), problems: [] });
    expect(decodeState("#")).toEqual({ state: defaultState(), problems: [] });
  });

  it("keeps the good fields of a partly bad hash and reports the bad ones", () => {
    const d = decodeState("#dataset=spiral&noise=abc&hidden=8,x&activation=softplus&bogus=1&learningRate=1e-5&csv=<script>");
    expect(d.state.dataset).toBe("spiral");
    expect(d.state.noise).toBe(0);
    expect(d.state.hidden).toEqual([4, 2]);
    expect(d.state.activation).toBe("tanh");
    expect(d.state.learningRate).toBe(0.00001);
    expect(d.state.csv).toBe("");
    expect(d.problems).toEqual([
      '"abc" is not a valid noise; using 0',
      '"8,x" is not a valid hidden; using 4,2',
      '"softplus" is not a valid activation; using tanh',
      'unknown setting "bogus"',
      '"<script>" is not a valid csv; using ',
    ]);
  });

  it("reads an empty hidden list as no hidden layers and 1/0 as booleans", () => {
    const d = decodeState("hidden=&showTestData=1&discretize=0");
    expect(d.state.hidden).toEqual([]);
    expect(d.state.showTestData).toBe(true);
    expect(d.state.discretize).toBe(false);
  });

  it("moves a dataset that does not match the problem to that problem's first set", () => {
    expect(decodeState("problem=regression&dataset=spiral").state.dataset).toBe("plane");
    expect(decodeState("problem=regression&dataset=csv").state.dataset).toBe("csv");
  });
});

describe("normalize", () => {
  it("clamps numbers, caps the network size and keeps feature order", () => {
    const s = normalize({
      ...defaultState(), noise: 80, trainRatio: 3, batchSize: 0, classes: 40, seed: -5,
      hidden: Array(14).fill(99), features: ["sinx2", "x1"],
    });
    expect([s.noise, s.trainRatio, s.batchSize, s.classes, s.seed]).toEqual([50, 10, 1, MAX_CLASSES, 0]);
    expect(s.hidden).toEqual(Array(MAX_LAYERS).fill(MAX_UNITS));
    expect(s.features).toEqual(["x1", "sinx2"]);
  });

  it("keeps at least one input feature", () => {
    expect(normalize({ ...defaultState(), features: [] }).features).toEqual(["x1"]);
  });
});
