import { checkLengths, fail, toLabels, toMatrix, toWeights, type Label, type LabelsInput, type Matrix, type NumbersInput } from "./inputs.js";

/** scikit-learn's target types, restricted to the single-output kinds the metrics accept. */
export type TargetType = "binary" | "multiclass" | "continuous";

/** Orders labels as numpy sorts them: numbers ascending, strings by code unit. */
export function compareLabels(a: Label, b: Label): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sorted distinct labels of all the given arrays (numpy's `unique_labels`). */
export function uniqueLabels(metric: string, ...arrays: (readonly Label[])[]): Label[] {
  const seen = new Set<Label>();
  for (const a of arrays) for (const v of a) seen.add(v);
  const out = [...seen];
  if (out.length > 0) {
    const kind = typeof out[0];
    if (out.some((v) => typeof v !== kind)) fail(metric, "labels mix strings and numbers");
  }
  return out.sort(compareLabels);
}

/** `type_of_target` for 1-D labels: non-integral numbers are continuous, <= 2 values binary. */
export function typeOfTarget(labels: readonly Label[]): TargetType {
  if (labels.some((v) => typeof v === "number" && !Number.isInteger(v))) return "continuous";
  return new Set(labels).size <= 2 ? "binary" : "multiclass";
}

/** Reads yTrue/yPred and checks they form one classification task (`_check_targets`). */
export function checkTargets(metric: string, yTrue: LabelsInput, yPred: LabelsInput):
  { type: "binary" | "multiclass"; yTrue: Label[]; yPred: Label[] } {
  const t = toLabels(metric, "yTrue", yTrue);
  const p = toLabels(metric, "yPred", yPred);
  checkLengths(metric, t.length, p.length);
  const tt = typeOfTarget(t);
  const tp = typeOfTarget(p);
  if (tt === "continuous" || tp === "continuous") {
    fail(metric, `continuous targets are not supported (${tt === "continuous" ? "yTrue" : "yPred"} has non-integer numbers)`);
  }
  if (typeof t[0] !== typeof p[0]) fail(metric, `yTrue has ${typeof t[0]} labels but yPred has ${typeof p[0]} labels`);
  const type = tt === "binary" && tp === "binary" && uniqueLabels(metric, t, p).length <= 2 ? "binary" : "multiclass";
  return { type, yTrue: t, yPred: p };
}

/** Reads class labels, their scores (one per sample, or one column per class) and sample weights for a score metric. */
export function checkScoreTargets(metric: string, yTrue: LabelsInput, yScore: NumbersInput, sampleWeight: NumbersInput | undefined):
  { type: "binary" | "multiclass"; yTrue: Label[]; yScore: Matrix; weight: Float64Array | undefined } {
  const t = toLabels(metric, "yTrue", yTrue);
  const s = toMatrix(metric, "yScore", yScore);
  checkLengths(metric, t.length, s.rows, ["yTrue", "yScore"]);
  const weight = toWeights(metric, sampleWeight, t.length);
  const type = typeOfTarget(t);
  if (type === "continuous") fail(metric, "yTrue is continuous; class labels are expected");
  return { type, yTrue: t, yScore: s, weight };
}

/** Checks user-given column labels as sklearn does: unique, sorted, and covering every yTrue label. */
export function checkColumnLabels(metric: string, labels: readonly Label[], t: readonly Label[]): void {
  if (new Set(labels).size !== labels.length) fail(metric, "labels must be unique");
  if (labels.some((l, i) => i > 0 && compareLabels(labels[i - 1]!, l) > 0)) fail(metric, "labels must be sorted");
  const known = new Set<Label>(labels);
  const unknown = t.filter((v) => !known.has(v));
  if (unknown.length) fail(metric, `yTrue contains labels not in labels: ${showLabels(uniqueLabels(metric, unknown))}`);
}

/** Maps each label to its column index, for O(1) look-ups. */
export function indexOf(labels: readonly Label[]): Map<Label, number> {
  const m = new Map<Label, number>();
  labels.forEach((l, i) => { if (!m.has(l)) m.set(l, i); });
  return m;
}

/** Renders a label list for messages. */
export function showLabels(labels: readonly Label[]): string {
  return `[${labels.map((l) => (typeof l === "string" ? JSON.stringify(l) : String(l))).join(", ")}]`;
}
