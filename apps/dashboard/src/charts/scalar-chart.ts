import uPlot from "uplot";
import { runColor } from "../colors.js";
import { h } from "../dom.js";
import { duration, fmt } from "../format.js";
import { nearest, type Display } from "./scalar-data.js";

/** Steps to mark with a dashed line (diagnostics that explain this curve). */
export interface Marker {
  step: number;
  level: string;
}

const AXIS = { stroke: "#4b5563", grid: { stroke: "#eef0f3", width: 1 }, ticks: { stroke: "#d1d5db", width: 1 }, font: "11px system-ui, sans-serif" };

function xValues(d: Display): uPlot.Axis["values"] {
  if (d.x === "relative") return (_u, splits) => splits.map((v) => duration(v));
  if (d.x === "step") return (_u, splits) => splits.map((v) => fmt(v));
  return undefined;
}

/** uPlot options for one scalar tag: per run a faint raw line and, when smoothing, the smoothed line on top. */
export function scalarOptions(runs: string[], d: Display, width: number, height: number, markers: () => Marker[], tooltip: HTMLElement): uPlot.Options {
  const series: uPlot.Series[] = [{}];
  for (const r of runs) {
    series.push({ label: r, stroke: runColor(r, d.smoothed ? 0.25 : 1), width: d.smoothed ? 1 : 1.5, points: { show: false }, spanGaps: false });
    if (d.smoothed) series.push({ label: `${r} (smoothed)`, stroke: runColor(r), width: 1.75, points: { show: false } });
  }
  return {
    width,
    height,
    legend: { show: false },
    padding: [12, 14, 0, 0],
    cursor: { drag: { x: true, y: false, setScale: true }, points: { show: false } },
    scales: { x: { time: d.x === "wall", distr: d.logX ? 3 : 1 }, y: { distr: d.logY ? 3 : 1 } },
    axes: [
      // Wall-clock ticks take two lines (time, then date).
      { ...AXIS, values: xValues(d), size: d.x === "wall" ? 48 : 34 },
      { ...AXIS, values: (_u, splits) => splits.map((v) => fmt(v)), size: 56 },
    ],
    series,
    hooks: {
      draw: [(u) => drawMarkers(u, d, markers())],
      setCursor: [(u) => showTooltip(u, runs, d, tooltip)],
    },
  };
}

const NEAR_PX = 24;

const LEVEL_COLORS: Record<string, string> = { error: "#dc2626", warning: "#d97706", info: "#2563eb" };

function drawMarkers(u: uPlot, d: Display, markers: Marker[]): void {
  if (d.x !== "step" || markers.length === 0) return;
  const { ctx, bbox } = u;
  ctx.save();
  ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
  ctx.lineWidth = devicePixelRatio;
  for (const m of markers) {
    const x = u.valToPos(m.step, "x", true);
    if (x < bbox.left || x > bbox.left + bbox.width) continue;
    ctx.strokeStyle = LEVEL_COLORS[m.level] ?? LEVEL_COLORS.info!;
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
  }
  ctx.restore();
}

/** The hover read-out: x, then each run's (smoothed) value, highest first, like TensorBoard's tooltip. */
function showTooltip(u: uPlot, runs: string[], d: Display, tip: HTMLElement): void {
  const idx = u.cursor.idx;
  if (idx === null || idx === undefined || u.cursor.left === undefined || u.cursor.left < 0) {
    tip.hidden = true;
    return;
  }
  const xv = u.data[0][idx]!;
  const per = d.smoothed ? 2 : 1;
  // A run is listed only if it has a point near the cursor, not merely the nearest one anywhere.
  const near = (col: uPlot.AlignedData[number]) => {
    const hit = nearest(col, idx);
    return hit && Math.abs(u.valToPos(u.data[0][hit.i]!, "x") - u.cursor.left!) <= NEAR_PX ? hit : undefined;
  };
  const rows = runs
    .map((r, k) => ({ r, raw: near(u.data[1 + k * per]!), sm: d.smoothed ? near(u.data[2 + k * per]!) : undefined }))
    .filter((row) => row.raw || row.sm)
    .sort((a, b) => (b.sm ?? b.raw)!.v - (a.sm ?? a.raw)!.v);
  if (rows.length === 0) {
    tip.hidden = true;
    return;
  }
  const xLabel = d.x === "wall" ? new Date(xv * 1000).toLocaleString() : d.x === "relative" ? duration(xv) : `step ${fmt(xv)}`;
  tip.replaceChildren(
    h("div", { class: "tip-x" }, xLabel),
    ...rows.slice(0, 12).map(({ r, raw, sm }) =>
      h("div", { class: "tip-row" }, h("span", { class: "swatch", style: `background:${runColor(r)}` }), h("span", { class: "tip-run" }, r), h("b", {}, fmt((sm ?? raw)!.v)), sm && raw ? h("span", { class: "tip-raw" }, fmt(raw.v)) : null),
    ),
    ...(rows.length > 12 ? [h("div", { class: "tip-more" }, `+${rows.length - 12} more`)] : []),
  );
  tip.hidden = false;
  const left = u.cursor.left + u.over.offsetLeft;
  const flip = left > u.width / 2;
  tip.style.left = flip ? "" : `${left + 14}px`;
  tip.style.right = flip ? `${u.width - left + 14}px` : "";
  tip.style.top = `${(u.cursor.top ?? 0) + u.over.offsetTop + 10}px`;
}
