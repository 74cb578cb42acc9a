import uPlot from "uplot";
import type { ScalarSeries } from "../api.js";
import type { XAxis } from "../state.js";

/** How a scalar chart is drawn (all of it in the URL state). */
export interface Display {
  x: XAxis;
  logY: boolean;
  logX: boolean;
  smoothed: boolean;
}

type Y = (number | null)[];

/**
 * One uPlot table per run — x, raw values and (when smoothing) the smoothed
 * values — sorted by x with one point per x, then joined on x so every run
 * shares the chart. Points a log axis cannot show become gaps (y) or are
 * dropped (x <= 0).
 */
export function runTable(s: ScalarSeries, d: Display): [number[], Y, Y?] {
  const x = d.x === "step" ? s.step : d.x === "relative" ? s.wall.map((w) => w - s.wall0) : s.wall;
  const okY = (v: number | null | undefined) => (v === null || v === undefined || (d.logY && v <= 0) ? null : v);
  let idx = x.map((_, i) => i).filter((i) => !d.logX || x[i]! > 0);
  if (!isAscending(idx.map((i) => x[i]!))) idx = idx.sort((a, b) => x[a]! - x[b]! || a - b);
  // A repeated x (two steps logged in the same wall-clock instant) keeps the later point.
  idx = idx.filter((i, k) => k + 1 === idx.length || x[idx[k + 1]!] !== x[i]);
  const xs = idx.map((i) => x[i]!);
  const raw = idx.map((i) => okY(s.value[i]));
  if (!d.smoothed || !s.smoothed) return [xs, raw];
  const sm = s.smoothed;
  return [xs, raw, idx.map((i) => okY(sm[i]))];
}

function isAscending(v: number[]): boolean {
  for (let i = 1; i < v.length; i++) if (v[i]! < v[i - 1]!) return false;
  return true;
}

/** The chart's data: x then, per run, raw (and smoothed) columns. */
export function chartData(series: ScalarSeries[], d: Display): uPlot.AlignedData {
  if (series.length === 0) return [[]];
  const tables = series.map((s) => runTable(s, d).filter((c) => c !== undefined) as uPlot.AlignedData);
  return uPlot.join(tables);
}

/** The value at or nearest to `idx` in a joined column (runs with other x values have gaps there). */
export function nearest(col: ArrayLike<number | null | undefined>, idx: number, reach = 64): { i: number; v: number } | undefined {
  for (let k = 0; k <= reach; k++) {
    for (const i of k === 0 ? [idx] : [idx - k, idx + k]) {
      const v = col[i];
      if (typeof v === "number") return { i, v };
    }
  }
  return undefined;
}
