/** The enlarged heatmap of the neuron under the pointer, at the full grid resolution. */
import { GRID } from "../model/grid.js";
import { h } from "./dom.js";
import { paintClassUnit, paintUnit } from "./paint.js";
import type { PainterLayout } from "./painter.js";

export class HoverCard {
  readonly el = h("div", { class: "hover-card", hidden: true });
  private readonly canvas = h("canvas", { width: GRID, height: GRID });
  private readonly ctx = this.canvas.getContext("2d")!;
  private readonly img = this.ctx.createImageData(GRID, GRID);
  private readonly label = h("div", { class: "hover-label" });

  constructor() {
    this.el.append(this.canvas, this.label);
  }

  /** Opens beside `target` (inside `host`, the positioned diagram). */
  show(label: string, target: DOMRect, host: DOMRect): void {
    this.label.textContent = label;
    this.el.style.left = `${Math.min(target.right - host.left + 10, host.width - 170)}px`;
    this.el.style.top = `${Math.max(0, target.top - host.top - 60)}px`;
    this.el.hidden = false;
  }

  hide(): void {
    this.el.hidden = true;
  }

  /** Paints unit `unit` of a layer's [GRID², units] outputs, coloured as the diagram colours that layer. */
  draw(values: Float32Array, kind: PainterLayout["layers"][number], unit: number): void {
    if (kind.mode === "class") paintClassUnit(this.img, values, kind.units, unit);
    else paintUnit(this.img, values, kind.units, unit, 255, kind.scale, kind.shift);
    this.ctx.putImageData(this.img, 0, 0);
  }
}
