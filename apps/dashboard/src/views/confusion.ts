import type { RunEvent } from "../api.js";
import { h } from "../dom.js";
import { fmt } from "../format.js";

/** Rows = true class, columns = predicted (scikit-learn); normalised, each row divided by its sum. */
export function confusionCells(matrix: number[][], normalize: boolean): number[][] {
  return matrix.map((row) => {
    const sum = row.reduce((a, b) => a + b, 0);
    return row.map((n) => (normalize ? (sum > 0 ? n / sum : 0) : n));
  });
}

/** A confusion matrix as a shaded table, with accuracy under it. */
export function confusionTable(e: RunEvent, normalize: boolean): HTMLElement {
  const labels = (e.labels as (string | number)[]).map(String);
  const matrix = e.matrix as number[][];
  const cells = confusionCells(matrix, normalize);
  const peak = Math.max(1e-12, ...cells.flat());
  const total = matrix.flat().reduce((a, b) => a + b, 0);
  const correct = matrix.reduce((a, row, i) => a + (row[i] ?? 0), 0);
  const shade = (v: number) => {
    const t = normalize ? v : v / peak;
    return `background:rgba(37,99,235,${(0.06 + 0.84 * t).toFixed(3)});color:${t > 0.5 ? "#fff" : "#111827"}`;
  };
  const table = h(
    "table",
    { class: "confusion" },
    h("thead", {}, h("tr", {}, h("th", { class: "corner" }, "true ╲ predicted"), ...labels.map((l) => h("th", {}, l)))),
    h(
      "tbody",
      {},
      ...cells.map((row, i) => h("tr", {}, h("th", {}, labels[i]!), ...row.map((v, j) => h("td", { style: shade(v), title: `true ${labels[i]}, predicted ${labels[j]}: ${matrix[i]![j]}` }, normalize ? v.toFixed(2) : fmt(v))))),
    ),
  );
  return h("div", { class: "confusion-wrap" }, table, h("div", { class: "muted" }, `accuracy ${total > 0 ? ((100 * correct) / total).toFixed(1) : "–"}% of ${fmt(total)} · step ${fmt(e.step)}`));
}
