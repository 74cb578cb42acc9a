// The data pipeline (pure JS: its shuffle order must agree on every runtime) and a few metrics
// against values computed by scikit-learn 1.2.1 (copied from packages/eval/test/fixtures/metrics.json).
import * as nt from "neurite";
import { assert, assertClose, assertEqual } from "../harness.mjs";

async function collect(ds) {
  const out = [];
  for await (const b of ds) out.push(b);
  return out;
}

export function registerPipelineTests(t, facts) {
  t.test("data: fromSlices → shuffle → batch keeps every row once, in a seeded order", async () => {
    let Dataset;
    try {
      ({ Dataset } = await import("@neurite/data"));
    } catch (e) {
      return { skip: `@neurite/data could not be imported (${e.message})` };
    }
    const x = Array.from({ length: 10 }, (_, i) => [i, -i]);
    const y = Array.from({ length: 10 }, (_, i) => i);
    const ds = Dataset.fromSlices({ x, y }).shuffle(10, { seed: 5 }).batch(4);
    const batches = await collect(ds);
    assertEqual(batches.map((b) => b.x.shape), [[4, 2], [4, 2], [2, 2]], "batch shapes");
    const order = batches.flatMap((b) => Array.from(b.y.data));
    assertEqual([...order].sort((a, b) => a - b), y, "every row exactly once");
    batches.forEach((b) => Array.from(b.y.data).forEach((v, i) => assertEqual([b.x.data[2 * i], b.x.data[2 * i + 1]], [v, -v], "x stays paired with y")));
    assertEqual((await collect(ds)).flatMap((b) => Array.from(b.y.data)), order, "a second iteration with the same seed");
    assert(order.some((v, i) => v !== i), "the shuffle must move something");
    facts.pipelineOrder = order.join(",");
  });

  const binTrue = [0, 0, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0];
  const binPred = [0, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1];
  const tiesTrue = [1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 1, 0];
  const tiesScore = [1.0, 0.5, 0.0, 0.2, 0.4, 0.3, 0.3, 0.0, 0.2, 0.7, 0.1, 1.0, 0.0, 0.0, 0.7, 0.8, 0.2, 0.7, 0.4, 0.7, 0.5, 0.7, 0.3, 0.3, 1.0, 0.3, 0.8, 1.0, 0.8, 0.8];
  const regTrue = [-3.593, -0.299, 1.0, 1.149, 0.273, -2.338, 1.895, 3.363, -1.877, -3.859, 4.276, 0.49, -5.82, 2.353, 0.372, -2.234, 0.083, -3.446, -2.792, -5.166, 3.186, -1.898, 0.255, 0.651, -8.197];
  const regPred = [-3.579, -1.594, 2.064, -0.231, 0.932, -0.866, 1.982, 4.221, -0.682, -3.831, 3.887, -1.099, -4.125, 3.22, 0.878, -4.077, 1.058, -3.955, -2.749, -4.941, 4.192, -2.318, -0.535, 1.124, -8.037];
  const m = nt.metrics;
  const fixtures = [
    ["accuracyScore", () => m.accuracyScore(binTrue, binPred), 0.75],
    ["f1Score (binary)", () => m.f1Score(binTrue, binPred), 0.761904761904762],
    ["f1Score (macro, zeroDivision 1)", () => m.f1Score(binTrue, binPred, { average: "macro", zeroDivision: 1 }), 0.7493734335839599],
    ["confusionMatrix", () => m.confusionMatrix(binTrue, binPred), [[7, 4], [1, 8]]],
    ["rocAucScore with ties", () => m.rocAucScore(tiesTrue, tiesScore), 0.7398190045248869],
    ["logLoss with 0/1 scores", () => m.logLoss(tiesTrue, tiesScore), 1.7245472397827986],
    ["meanSquaredError", () => m.meanSquaredError(regTrue, regPred), 0.9106004000000002],
    ["r2Score", () => m.r2Score(regTrue, regPred), 0.8989882123525976],
  ];
  for (const [name, f, expected] of fixtures) {
    t.test(`metrics: ${name} matches scikit-learn`, () => {
      const got = f();
      if (Array.isArray(expected)) assertEqual(got, expected, name);
      else assertClose(got, expected, name, 1e-12, 0);
    });
  }
}
