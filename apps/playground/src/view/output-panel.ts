/** The right column's top: losses, their chart, the boundary heatmap with the points, legend and view options. */
import type { PreparedData } from "../model/dataset.js";
import { DOMAIN, toPixel } from "../model/grid.js";
import type { Snapshot } from "../model/protocol.js";
import type { NetworkSpec } from "../model/spec.js";
import type { AppState } from "../state/schema.js";
import type { Store } from "../state/store.js";
import { CLASS_COLORS, css, pointColor } from "./colors.js";
import { fmt, h, hiDpiCanvas } from "./dom.js";
import { LossChart } from "./loss-chart.js";
import { OUTPUT_RES, paintOutput } from "./paint.js";

const SIZE = 320;

export class OutputPanel {
  readonly chart = new LossChart(SIZE, 64);
  /** OUTPUT_RES pixels stretched to SIZE by CSS: the compositor scales it, not this thread. */
  private readonly heat = h("canvas", { class: "heat", width: OUTPUT_RES, height: OUTPUT_RES, style: `width:${SIZE}px;height:${SIZE}px` });
  private readonly heatCtx = this.heat.getContext("2d")!;
  private readonly heatImg = this.heatCtx.createImageData(OUTPUT_RES, OUTPUT_RES);
  private readonly points = hiDpiCanvas(SIZE, SIZE, "points");
  private readonly testLoss = h("span", { class: "value", "data-testid": "test-loss" }, "–");
  private readonly trainLoss = h("span", { class: "value", "data-testid": "train-loss" }, "–");
  private readonly legend = h("div", { class: "legend" });
  private readonly showTest = h("input", { type: "checkbox", id: "show-test" });
  private readonly discretize = h("input", { type: "checkbox", id: "discretize" });
  private data?: PreparedData;
  private spec?: NetworkSpec;
  private last?: Snapshot;

  constructor(host: HTMLElement, private readonly store: Store) {
    this.showTest.addEventListener("change", () => store.update({ showTestData: this.showTest.checked }));
    this.discretize.addEventListener("change", () => store.update({ discretize: this.discretize.checked }));
    const ticks = [-6, -4, -2, 0, 2, 4, 6];
    const pos = (v: number) => ((v - DOMAIN[0]) / (DOMAIN[1] - DOMAIN[0])) * 100;
    host.append(
      h("div", { class: "losses" },
        h("div", { class: "loss-row" }, h("span", { class: "swatch test" }), "Test loss ", this.testLoss),
        h("div", { class: "loss-row" }, h("span", { class: "swatch train" }), "Training loss ", this.trainLoss)),
      this.chart.canvas,
      h("div", { class: "plot" },
        this.heat, this.points,
        h("div", { class: "ticks x" }, ...ticks.map((t) => h("span", { style: `left:${pos(t)}%` }, String(t)))),
        h("div", { class: "ticks y" }, ...ticks.map((t) => h("span", { style: `top:${100 - pos(t)}%` }, String(t))))),
      this.legend,
      h("label", { class: "check" }, this.showTest, " Show test data"),
      h("label", { class: "check" }, this.discretize, " Discretize output"),
    );
  }

  setData(data: PreparedData, spec: NetworkSpec): void {
    this.data = data;
    this.spec = spec;
    this.last = undefined;
    this.chart.reset();
    this.drawPoints(this.store.get());
    this.drawLegend();
  }

  /** View options changed: points and the discretized boundary are redrawn from what is already here. */
  render(state: AppState): void {
    this.showTest.checked = state.showTestData;
    this.discretize.checked = state.discretize;
    this.drawPoints(state);
    if (this.last) this.drawHeat(this.last, state.discretize);
  }

  update(snap: Snapshot, fresh: boolean): void {
    this.last = snap;
    this.drawHeat(snap, this.store.get().discretize);
    this.trainLoss.textContent = fmt(snap.trainLoss);
    this.testLoss.textContent = fmt(snap.testLoss);
    if (fresh) this.chart.push(snap.trainLoss, snap.testLoss);
  }

  private drawHeat(snap: Snapshot, discretize: boolean): void {
    const spec = this.spec;
    const out = snap.grid[snap.grid.length - 1];
    if (!spec || !out) return;
    paintOutput(this.heatImg, out, spec.output.activation, spec.output.units, discretize);
    this.heatCtx.putImageData(this.heatImg, 0, 0);
  }

  private drawPoints(state: AppState): void {
    const ctx = this.points.getContext("2d")!;
    ctx.clearRect(0, 0, SIZE, SIZE);
    if (!this.data) return;
    const sets = state.showTestData ? [[this.data.train, "#fff"], [this.data.test, "#000"]] as const : [[this.data.train, "#fff"]] as const;
    for (const [pts, stroke] of sets) {
      for (let i = 0; i < pts.y.length; i++) {
        const [x, y] = toPixel(pts.x[2 * i]!, pts.x[2 * i + 1]!, SIZE, SIZE);
        ctx.beginPath();
        ctx.arc(x, y, 3.6, 0, 2 * Math.PI);
        ctx.fillStyle = css(pointColor(pts.y[i]!, this.data.classes));
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = stroke;
        ctx.stroke();
      }
    }
  }

  private drawLegend(): void {
    const d = this.data;
    if (!d) return;
    if (d.classes > 2) {
      this.legend.replaceChildren(
        ...d.classNames.map((name, i) => h("span", { class: "class-key" }, h("i", { style: `background:${css(CLASS_COLORS[i % CLASS_COLORS.length]!)}` }), name)),
      );
      return;
    }
    const [lo, hi] = d.problem === "regression" ? ["−1", "1"] : [`${d.classNames[0] ?? "0"}`, `${d.classNames[1] ?? "1"}`];
    this.legend.replaceChildren(h("span", {}, lo), h("span", { class: "gradient" }), h("span", {}, hi));
  }
}
