import uPlot from "uplot";
import type { RunEvent } from "../api.js";
import { runColor } from "../colors.js";
import { h } from "../dom.js";
import { fmt } from "../format.js";

/** "roc", "pr" or another curve name, from `type` or, failing that, the auc/ap field or the tag. */
export function curveType(e: RunEvent): string {
  if (typeof e.type === "string" && e.type) return e.type;
  if (typeof e.auc === "number" || /(^|[^a-z])roc([^a-z]|$)/i.test(e.tag)) return "roc";
  if (typeof e.ap === "number" || /(^|[^a-z])pr([^a-z]|$)/i.test(e.tag)) return "pr";
  return "curve";
}

const LABELS: Record<string, [string, string]> = { roc: ["False positive rate", "True positive rate"], pr: ["Recall", "Precision"] };

/** Axis titles: the event's own, else the usual ones for ROC and PR. */
export function curveLabels(e: RunEvent): [string, string] {
  const d = LABELS[curveType(e)] ?? ["x", "y"];
  return [typeof e.xLabel === "string" ? e.xLabel : d[0], typeof e.yLabel === "string" ? e.yLabel : d[1]];
}

/** The score a legend shows next to a run: AUC for ROC, AP for PR. */
export function curveScore(e: RunEvent): string {
  if (typeof e.auc === "number") return `AUC ${e.auc.toFixed(3)}`;
  if (typeof e.ap === "number") return `AP ${e.ap.toFixed(3)}`;
  return "";
}

/** A curve as drawn: one run's line (a run may have several, told apart by `series`). */
export interface Curve {
  run: string;
  e: RunEvent;
}

/**
 * The x axis of a chart of curves: numbers as they are (log when positive and
 * spanning two decades, as parameter sweeps do), or — when any x is a string
 * or boolean (a validation curve over `optimizer`) — category positions 0..k-1.
 */
export function curveAxis(curves: Curve[]): { log: boolean; categories?: string[]; pos: (v: unknown) => number | null } {
  const xs = curves.flatMap((c) => c.e.x as unknown[]);
  if (xs.some((v) => typeof v !== "number" && v !== null)) {
    const categories = [...new Set(xs.filter((v) => v !== null).map(String))];
    return { log: false, categories, pos: (v) => (v === null ? null : categories.indexOf(String(v))) };
  }
  const nums = xs.filter((v): v is number => typeof v === "number");
  const log = curveType(curves[0]!.e) === "curve" && nums.length > 0 && Math.min(...nums) > 0 && Math.max(...nums) / Math.min(...nums) >= 100;
  return { log, pos: (v) => (typeof v === "number" ? v : null) };
}

const DASHES = [[], [6, 4], [2, 3], [8, 3, 2, 3]];

/** Line style per series name: "train" dashed, the others by order, so test lines stay solid. */
function dashFor(series: string, names: string[]): number[] {
  if (series === "train") return DASHES[1]!;
  return DASHES[names.filter((n) => n !== "train").indexOf(series) * 2] ?? DASHES[0]!;
}

/**
 * A uPlot chart in faceted mode (each curve keeps its own x values; ROC steps
 * repeat x, so curves cannot share one x column). ROC gets the chance
 * diagonal; curves with `yStd` get a shaded ±1 std band.
 */
export function curveChart(curves: Curve[], width: number, height: number, el: HTMLElement): uPlot {
  const first = curves[0]!.e;
  const type = curveType(first);
  const unit = type === "roc" || type === "pr";
  const [xl, yl] = curveLabels(first);
  const axis = curveAxis(curves);
  const names = [...new Set(curves.map((c) => String(c.e.series ?? "")))].sort();
  const ax = { stroke: "#4b5563", grid: { stroke: "#eef0f3" }, ticks: { stroke: "#d1d5db" }, font: "11px system-ui, sans-serif", labelFont: "12px system-ui, sans-serif", labelSize: 20 };
  const series: uPlot.Series[] = [{}];
  const data: unknown[] = [null];
  if (type === "roc") {
    series.push({ label: "chance", stroke: "#9ca3af", width: 1, dash: [4, 4], paths: uPlot.paths.linear!(), points: { show: false } });
    data.push([[0, 1], [0, 1]]);
  }
  const columns = curves.map(({ e }) => {
    const x = (e.x as unknown[]).map(axis.pos);
    return { x, y: e.y as (number | null)[], std: Array.isArray(e.yStd) ? (e.yStd as (number | null)[]) : undefined };
  });
  curves.forEach(({ run, e }, k) => {
    series.push({ label: run, stroke: runColor(run), width: 2, dash: dashFor(String(e.series ?? ""), names), paths: uPlot.paths.linear!(), points: { show: columns[k]!.x.length < 30, size: 5 } });
    data.push([columns[k]!.x, columns[k]!.y]);
  });
  const values = axis.categories ? (_u: uPlot, v: number[]) => v.map((i) => (Number.isInteger(i) ? (axis.categories![i] ?? "") : "")) : (_u: uPlot, v: number[]) => v.map(fmt);
  const opts = {
    mode: 2,
    width,
    height,
    legend: { show: false },
    padding: [12, 14, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: {
      x: { time: false, distr: axis.log ? 3 : 1, ...(unit ? { range: [0, 1] } : axis.categories ? { range: [-0.3, axis.categories.length - 0.7] } : {}) },
      y: unit ? { range: [0, 1.02] } : {},
    },
    axes: [
      { ...ax, label: xl, values, ...(axis.categories ? { splits: () => axis.categories!.map((_, i) => i) } : {}) },
      { ...ax, label: yl, values: (_u: uPlot, v: number[]) => v.map(fmt), size: 52 },
    ],
    series,
    hooks: { drawClear: [(u: uPlot) => drawBands(u, curves, columns)] },
  } as unknown as uPlot.Options;
  return new uPlot(opts, data as uPlot.AlignedData, el);
}

/** Shades y ± yStd under each curve that has a spread (mean over folds ± one standard deviation). */
function drawBands(u: uPlot, curves: Curve[], columns: { x: (number | null)[]; y: (number | null)[]; std?: (number | null)[] }[]): void {
  const { ctx } = u;
  columns.forEach(({ x, y, std }, k) => {
    if (!std) return;
    const pts = x.flatMap((xv, i) => (xv === null || y[i] === null || std[i] === null ? [] : [[xv, y[i]!, std[i]!] as const]));
    if (pts.length < 2) return;
    ctx.beginPath();
    pts.forEach(([xv, yv, s], i) => {
      const [px, py] = [u.valToPos(xv, "x", true), u.valToPos(yv + s, "y", true)];
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    for (const [xv, yv, s] of [...pts].reverse()) ctx.lineTo(u.valToPos(xv, "x", true), u.valToPos(yv - s, "y", true));
    ctx.closePath();
    ctx.fillStyle = runColor(curves[k]!.run, 0.12);
    ctx.fill();
  });
}

/** The legend under a curve chart: run colour and line style, name, series, AUC/AP. */
export function curveLegend(curves: Curve[]): HTMLElement {
  return h(
    "ul",
    { class: "legend" },
    ...curves.map(({ run, e }) =>
      h(
        "li",
        {},
        e.series === "train" ? h("span", { class: "swatch dash", style: `border-color:${runColor(run)}` }) : h("span", { class: "swatch line", style: `background:${runColor(run)}` }),
        h("span", { class: "legend-run" }, run, typeof e.series === "string" ? h("span", { class: "muted" }, ` · ${e.series}`) : null),
        h("b", { class: "legend-score" }, curveScore(e)),
        h("span", { class: "muted" }, `step ${fmt(e.step)}`),
      ),
    ),
  );
}
