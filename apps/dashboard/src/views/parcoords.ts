import { s } from "../dom.js";
import { fmt } from "../format.js";

export type Value = number | string | boolean | undefined;

/** One vertical axis: where a value sits on it, in [0, 1] from bottom to top (undefined: not placeable). */
export interface Axis {
  key: string;
  label: string;
  kind: "linear" | "log" | "category";
  pos: (v: Value) => number | undefined;
  ticks: { at: number; text: string }[];
}

/**
 * An axis fitted to the values: numbers get a linear axis, or a log one when
 * all are positive and span two decades or more (learning rates); anything
 * else is a category, spread evenly in sorted order.
 */
export function makeAxis(key: string, label: string, values: Value[]): Axis {
  const present = values.filter((v) => v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === "number" && Number.isFinite(v))) {
    const nums = present as number[];
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    const log = lo > 0 && hi / lo >= 100;
    const f = log ? Math.log10 : (x: number) => x;
    const [a, b] = [f(lo), f(hi)];
    const pos = (v: Value) => (typeof v === "number" && Number.isFinite(v) && (!log || v > 0) ? (b === a ? 0.5 : (f(v) - a) / (b - a)) : undefined);
    const ticks = lo === hi ? [{ at: 0.5, text: fmt(lo) }] : [{ at: 0, text: fmt(lo) }, { at: 1, text: fmt(hi) }];
    if (lo !== hi) ticks.push({ at: 0.5, text: fmt(log ? Math.pow(10, (a + b) / 2) : (lo + hi) / 2) });
    return { key, label, kind: log ? "log" : "linear", pos, ticks };
  }
  const cats = [...new Set(present.map(String))].sort();
  const pos = (v: Value) => {
    const i = v === undefined ? -1 : cats.indexOf(String(v));
    return i < 0 ? undefined : cats.length === 1 ? 0.5 : i / (cats.length - 1);
  };
  return { key, label, kind: "category", pos, ticks: cats.map((c, i) => ({ at: cats.length === 1 ? 0.5 : i / (cats.length - 1), text: c })) };
}

const W_AXIS = 140;
const H = 300;
const PAD = { top: 40, bottom: 24, left: 84, right: 84 };

/** An SVG parallel-coordinates plot: one polyline per trial through its values, coloured by `color`. */
export function parcoords(rows: { id: string; values: Value[] }[], axes: Axis[], color: (i: number) => string): SVGSVGElement {
  const width = PAD.left + PAD.right + W_AXIS * Math.max(1, axes.length - 1);
  const y = (p: number) => PAD.top + (1 - p) * (H - PAD.top - PAD.bottom);
  const x = (i: number) => PAD.left + i * W_AXIS;
  const svg = s("svg", { class: "parcoords", viewBox: `0 0 ${width} ${H}`, width, height: H, role: "img" });
  const lines = s("g", { class: "pc-lines" });
  rows.forEach((r, k) => {
    // Through the axes the trial has a value on: a parameter another search did not vary is skipped, not a gap.
    let d = "";
    axes.forEach((a, i) => {
      const p = a.pos(r.values[i]);
      if (p !== undefined) d += `${d ? "L" : "M"}${x(i).toFixed(1)},${y(p).toFixed(1)}`;
    });
    const path = s("path", { d, stroke: color(k), "data-row": k }, s("title", {}, r.id));
    lines.append(path);
  });
  svg.append(lines);
  axes.forEach((a, i) => {
    const g = s("g", { class: "pc-axis" }, s("line", { x1: x(i), x2: x(i), y1: y(0), y2: y(1) }), s("text", { x: x(i), y: 18, class: "pc-label" }, a.label + (a.kind === "log" ? " (log)" : "")));
    for (const t of a.ticks) g.append(s("text", { x: x(i) - 6, y: y(t.at) + 4, class: "pc-tick" }, t.text));
    svg.append(g);
  });
  return svg;
}
