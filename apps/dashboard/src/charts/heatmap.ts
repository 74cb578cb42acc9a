import uPlot from "uplot";
import { viridis } from "../colors.js";
import { h } from "../dom.js";
import { fmt } from "../format.js";
import type { Grid } from "./hist-grid.js";

/** Column edges halfway between neighbouring steps (one step alone gets a unit-wide column). */
function edges(steps: number[]): number[] {
  if (steps.length === 1) return [steps[0]! - 0.5, steps[0]! + 0.5];
  const e = steps.slice(1).map((s, i) => (s + steps[i]!) / 2);
  return [steps[0]! - (e[0]! - steps[0]!), ...e, steps[steps.length - 1]! + (steps[steps.length - 1]! - e[e.length - 1]!)];
}

/** A uPlot heat view: x = step, y = value, colour = density; the mean drawn as a line over it. */
export function heatmapOptions(g: Grid, width: number, height: number, tip: HTMLElement): uPlot.Options {
  const ex = edges(g.steps);
  const axis = { stroke: "#4b5563", grid: { show: false }, ticks: { stroke: "#d1d5db" }, font: "11px system-ui, sans-serif" };
  return {
    width,
    height,
    legend: { show: false },
    cursor: { points: { show: false }, drag: { x: false, y: false } },
    scales: { x: { time: false, range: () => [ex[0]!, ex[ex.length - 1]!] }, y: { range: () => [g.lo, g.hi] } },
    axes: [
      { ...axis, label: "step", labelSize: 18, labelFont: "11px system-ui, sans-serif", values: (_u, v) => v.map(fmt) },
      { ...axis, label: "value", labelSize: 18, labelFont: "11px system-ui, sans-serif", values: (_u, v) => v.map(fmt), size: 56 },
    ],
    series: [{}, { label: "mean", stroke: "rgba(255,255,255,0.9)", width: 1.5, points: { show: false } }],
    hooks: {
      drawClear: [
        (u) => {
          const { ctx } = u;
          const dy = (g.hi - g.lo) / g.rows;
          g.density.forEach((col, i) => {
            const x0 = u.valToPos(ex[i]!, "x", true);
            const x1 = u.valToPos(ex[i + 1]!, "x", true);
            col.forEach((d, r) => {
              const y0 = u.valToPos(g.lo + r * dy, "y", true);
              const y1 = u.valToPos(g.lo + (r + 1) * dy, "y", true);
              ctx.fillStyle = viridis(d);
              ctx.fillRect(x0, y1, x1 - x0 + 0.5, y0 - y1 + 0.5);
            });
          });
        },
      ],
      setCursor: [
        (u) => {
          const { left, top, idx } = u.cursor;
          if (idx === null || idx === undefined || left === undefined || left < 0 || top === undefined) {
            tip.hidden = true;
            return;
          }
          const v = u.posToVal(top, "y");
          const r = Math.min(g.rows - 1, Math.max(0, Math.floor((v - g.lo) / ((g.hi - g.lo) / g.rows))));
          const dy = (g.hi - g.lo) / g.rows;
          tip.replaceChildren(
            h("div", { class: "tip-x" }, `step ${fmt(g.steps[idx]!)}`),
            h("div", {}, `value ${fmt(g.lo + r * dy)} … ${fmt(g.lo + (r + 1) * dy)}: `, h("b", {}, fmt(g.counts[idx]![r]!)), " values"),
            h("div", {}, "mean ", h("b", {}, fmt(g.mean[idx]))),
          );
          tip.hidden = false;
          tip.style.left = `${left + u.over.offsetLeft + 14}px`;
          tip.style.right = "";
          tip.style.top = `${top + u.over.offsetTop + 10}px`;
        },
      ],
    },
  };
}

/** The colour key under a heat view. */
export function heatLegend(): HTMLElement {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => `${viridis(t)} ${t * 100}%`).join(", ");
  return h("div", { class: "heat-legend" }, h("span", {}, "fewer"), h("span", { class: "ramp", style: `background:linear-gradient(90deg, ${stops})` }), h("span", {}, "more values (each step scaled to its peak) · line: mean"));
}
