/** An input feature's node: its heatmap over the input plane (scaled to its largest value) and its label. */
import { FEATURE_INFO } from "../model/features.js";
import { GRID, gridPoints } from "../model/grid.js";
import type { FeatureName } from "../state/schema.js";
import { h } from "./dom.js";
import { paintUnit } from "./paint.js";

export function featureNode(f: FeatureName, on: boolean, x: number, y: number, toggle: () => void): HTMLElement {
  const node = h("div", {
    class: `node feature${on ? "" : " off"}`, title: `${FEATURE_INFO[f].label}: click to ${on ? "remove" : "add"} this input`,
    style: `left:${x}px;top:${y}px`, "data-feature": f, onclick: toggle,
  });
  const canvas = h("canvas", { width: GRID, height: GRID });
  node.append(canvas, h("span", { class: "feature-label" }, FEATURE_INFO[f].label));
  const pts = gridPoints(GRID);
  const values = new Float32Array(GRID * GRID);
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    values[i] = FEATURE_INFO[f].fn(pts[2 * i]!, pts[2 * i + 1]!);
    max = Math.max(max, Math.abs(values[i]!));
  }
  const ctx = canvas.getContext("2d")!;
  const img = ctx.createImageData(GRID, GRID);
  paintUnit(img, values, 1, 0, 255, max > 0 ? 1 / max : 1);
  ctx.putImageData(img, 0, 0);
  return node;
}
