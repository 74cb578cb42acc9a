import { padLeft, pyFixed, pyLen, pyRepr } from "./format.js";
import { fail, type Label, type LabelsInput, type NumbersInput } from "./inputs.js";
import { checkTargets, uniqueLabels } from "./labels.js";
import { prfs, type PrfsAveraged, type PrfsPerClass, type ZeroDivision } from "./prf.js";

/** Options of {@link classificationReport} and {@link classificationReportText}. */
export interface ClassificationReportOptions {
  /** Labels to report, in this order; default: every label seen, sorted. */
  labels?: readonly Label[];
  /** Display names for `labels`, one each. */
  targetNames?: readonly string[];
  sampleWeight?: NumbersInput;
  zeroDivision?: ZeroDivision;
  /** Decimals in the text form (default 2). */
  digits?: number;
}

/** One row of the report. */
export interface ReportRow {
  precision: number;
  recall: number;
  "f1-score": number;
  support: number;
}

/** sklearn's `output_dict=True` shape: a row per class name, then 'accuracy' (or 'micro avg'), 'macro avg', 'weighted avg'. */
export interface ClassificationReport {
  [name: string]: ReportRow | number | undefined;
  accuracy?: number;
  "micro avg"?: ReportRow;
  "macro avg": ReportRow;
  "weighted avg": ReportRow;
}

interface ReportData {
  names: string[];
  perClass: PrfsPerClass;
  averages: { heading: string; scores: PrfsAveraged }[];
  total: number;
  floatSupport: boolean;
}

function compute(metric: string, yTrue: LabelsInput, yPred: LabelsInput, options: ClassificationReportOptions): ReportData {
  const { yTrue: t, yPred: p } = checkTargets(metric, yTrue, yPred);
  const present = uniqueLabels(metric, t, p);
  const labels = options.labels ?? present;
  // With a label subset the micro average is no longer the accuracy, so sklearn names it 'micro avg'.
  const given = new Set<Label>(labels);
  const microIsAccuracy = options.labels == null || (given.size === present.length && present.every((l) => given.has(l)));
  if (options.targetNames != null && options.targetNames.length !== labels.length) {
    fail(metric, `${options.targetNames.length} targetNames for ${labels.length} labels`);
  }
  const names = options.targetNames ? [...options.targetNames] : labels.map(String);
  const base = { labels, sampleWeight: options.sampleWeight, zeroDivision: options.zeroDivision };
  const perClass = prfs(metric, t, p, 1, { ...base, average: null }, null) as PrfsPerClass;
  const averages = (["micro", "macro", "weighted"] as const).map((average) => ({
    heading: average === "micro" && microIsAccuracy ? "accuracy" : `${average} avg`,
    scores: prfs(metric, t, p, 1, { ...base, average }, null) as PrfsAveraged,
  }));
  const total = perClass.support.reduce((a, b) => a + b, 0);
  return { names, perClass, averages, total, floatSupport: options.sampleWeight != null };
}

/** Precision, recall, F1 and support per class and averaged, as an object (sklearn `classification_report(output_dict=True)`). */
export function classificationReport(yTrue: LabelsInput, yPred: LabelsInput, options: ClassificationReportOptions = {}): ClassificationReport {
  const d = compute("classificationReport", yTrue, yPred, options);
  const report: Record<string, ReportRow | number> = {};
  d.names.forEach((name, i) => {
    const { precision, recall, fScore, support } = d.perClass;
    report[name] = { precision: precision[i]!, recall: recall[i]!, "f1-score": fScore[i]!, support: support[i]! };
  });
  for (const { heading, scores } of d.averages) {
    report[heading] = heading === "accuracy"
      ? scores.precision
      : { precision: scores.precision, recall: scores.recall, "f1-score": scores.fScore, support: d.total };
  }
  return report as ClassificationReport;
}

/** The same report as text, laid out exactly as sklearn's `classification_report` prints it. */
export function classificationReportText(yTrue: LabelsInput, yPred: LabelsInput, options: ClassificationReportOptions = {}): string {
  const d = compute("classificationReportText", yTrue, yPred, options);
  const digits = options.digits ?? 2;
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) fail("classificationReportText", `digits must be an integer in [0, 20], got ${digits}`);
  const width = Math.max(...d.names.map(pyLen), pyLen("weighted avg"), digits);
  const cell = (s: string) => " " + padLeft(s, 9);
  const num = (v: number) => cell(pyFixed(v, digits));
  // Weighted supports are floats in sklearn and print with Python's float repr ("5.0").
  const count = (v: number) => cell(d.floatSupport ? pyRepr(v) : String(v));
  const line = (name: string, cells: string) => `${padLeft(name, width)} ${cells}\n`;
  let out = `${padLeft("", width)} ${["precision", "recall", "f1-score", "support"].map(cell).join("")}\n\n`;
  d.names.forEach((name, i) => {
    const { precision, recall, fScore, support } = d.perClass;
    out += line(name, num(precision[i]!) + num(recall[i]!) + num(fScore[i]!) + count(support[i]!));
  });
  out += "\n";
  for (const { heading, scores } of d.averages) {
    out += heading === "accuracy"
      ? line(heading, cell("") + cell("") + num(scores.fScore) + count(d.total))
      : line(heading, num(scores.precision) + num(scores.recall) + num(scores.fScore) + count(d.total));
  }
  return out;
}
