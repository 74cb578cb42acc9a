/** The test-set view: confusion matrix and ROC for classes, errors and a scatter for regression, from nt.metrics. */
import * as nt from "neurite";
import type { PreparedData } from "../model/dataset.js";
import type { TestReport } from "../model/protocol.js";

function roc(positive: number[], score: number[]): { fpr: number[]; tpr: number[]; auc: number } | undefined {
  // A curve needs both classes among the test points.
  if (!positive.includes(1) || !positive.includes(0)) return undefined;
  const { fpr, tpr } = nt.metrics.rocCurve(positive, score);
  return { fpr, tpr, auc: nt.metrics.auc(fpr, tpr) };
}

/** Metrics of the test predictions (`output`: [rows, units] of the last layer). */
export function testReport(data: PreparedData, output: Float32Array): TestReport {
  const yTrue = Array.from(data.test.y);
  const n = yTrue.length;
  if (n === 0) return {};
  if (data.problem === "regression") {
    const yPred = Array.from(output);
    return {
      mse: nt.metrics.meanSquaredError(yTrue, yPred),
      mae: nt.metrics.meanAbsoluteError(yTrue, yPred),
      r2: n > 1 ? nt.metrics.r2Score(yTrue, yPred) : undefined,
      scatter: { yTrue: Float32Array.from(yTrue), yPred: Float32Array.from(yPred) },
    };
  }
  const k = data.classes;
  const units = k > 2 ? k : 1;
  const prob = (i: number, c: number) => (units === 1 ? (c === 1 ? output[i]! : 1 - output[i]!) : output[i * units + c]!);
  const yPred = yTrue.map((_, i) => {
    let best = 0;
    for (let c = 1; c < k; c++) if (prob(i, c) > prob(i, best)) best = c;
    return best;
  });
  const labels = Array.from({ length: k }, (_, c) => c);
  const classes = units === 1 ? [1] : labels;
  const curves = classes.map((c) => roc(yTrue.map((y) => (y === c ? 1 : 0)), yTrue.map((_, i) => prob(i, c))));
  return {
    accuracy: nt.metrics.accuracyScore(yTrue, yPred),
    confusion: nt.metrics.confusionMatrix(yTrue, yPred, { labels }),
    roc: curves.every((c) => c !== undefined) ? curves : undefined,
  };
}
