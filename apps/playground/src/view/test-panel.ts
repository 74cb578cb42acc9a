/** The test-set view: accuracy, confusion matrix and ROC curves, or regression errors and a true-vs-predicted scatter. */
import type { PreparedData } from "../model/dataset.js";
import type { TestReport } from "../model/protocol.js";
import { BLUE, CLASS_COLORS, css } from "./colors.js";
import { fmt, h, s } from "./dom.js";

const PLOT = 150;

export class TestPanel {
  private readonly summary = h("div", { class: "test-summary", "data-testid": "test-summary" });
  private readonly matrix = h("div", { class: "matrix" });
  private readonly plot = s("svg", { class: "roc", width: PLOT + 30, height: PLOT + 26, viewBox: `-26 -4 ${PLOT + 30} ${PLOT + 26}` });
  private data?: PreparedData;

  constructor(host: HTMLElement) {
    host.append(this.summary, h("div", { class: "test-views" }, this.matrix, this.plot));
  }

  setData(data: PreparedData): void {
    this.data = data;
    this.summary.textContent = "";
    this.matrix.replaceChildren();
    this.plot.replaceChildren();
  }

  update(r: TestReport): void {
    const d = this.data;
    if (!d) return;
    if (d.problem === "regression") return this.regression(r);
    this.summary.replaceChildren(
      h("span", {}, "Accuracy ", h("b", {}, r.accuracy === undefined ? "–" : `${(r.accuracy * 100).toFixed(1)}%`)),
      ...(r.roc ? r.roc.map((c, i) => h("span", {}, r.roc!.length > 1 ? `AUC ${d.classNames[i]} ` : "AUC ", h("b", {}, fmt(c.auc)))) : []),
    );
    if (r.confusion) this.confusion(r.confusion, d.classNames);
    this.axes("false positive rate", "true positive rate");
    this.plot.append(s("line", { x1: 0, y1: PLOT, x2: PLOT, y2: 0, class: "diagonal" }));
    r.roc?.forEach((c, i) => {
      const color = r.roc!.length > 1 ? css(CLASS_COLORS[i % CLASS_COLORS.length]!) : css(BLUE);
      const pts = c.fpr.map((f, j) => `${(f * PLOT).toFixed(1)},${((1 - c.tpr[j]!) * PLOT).toFixed(1)}`).join(" ");
      this.plot.append(s("polyline", { points: pts, stroke: color, class: "curve" }));
    });
  }

  private confusion(m: number[][], names: string[]): void {
    const max = Math.max(1, ...m.flat());
    const cell = (v: number) => h("td", { style: `background:${css(BLUE, 0.08 + 0.85 * (v / max))};color:${v / max > 0.5 ? "#fff" : "#202124"}` }, String(v));
    const swatch = (i: number) => h("i", { style: `background:${css(CLASS_COLORS[i % CLASS_COLORS.length]!)}` });
    this.matrix.replaceChildren(
      h("div", { class: "matrix-title" }, "predicted →"),
      h("table", {},
        h("tr", {}, h("th", { class: "corner" }, "true ↓"), ...names.map((n, i) => h("th", {}, swatch(i), n))),
        ...m.map((row, i) => h("tr", {}, h("th", {}, swatch(i), names[i] ?? String(i)), ...row.map(cell)))),
    );
  }

  private regression(r: TestReport): void {
    this.summary.replaceChildren(
      h("span", {}, "MSE ", h("b", {}, fmt(r.mse))),
      h("span", {}, "MAE ", h("b", {}, fmt(r.mae))),
      h("span", {}, "R² ", h("b", {}, fmt(r.r2))),
    );
    this.matrix.replaceChildren();
    this.axes("true value", "predicted");
    this.plot.append(s("line", { x1: 0, y1: PLOT, x2: PLOT, y2: 0, class: "diagonal" }));
    const sc = r.scatter;
    if (!sc) return;
    const to = (v: number) => ((Math.max(-1.2, Math.min(1.2, v)) + 1.2) / 2.4) * PLOT;
    const g = s("g", { class: "scatter" });
    for (let i = 0; i < sc.yTrue.length; i++) g.append(s("circle", { cx: to(sc.yTrue[i]!).toFixed(1), cy: (PLOT - to(sc.yPred[i]!)).toFixed(1), r: 2 }));
    this.plot.append(g);
  }

  private axes(x: string, y: string): void {
    this.plot.replaceChildren(
      s("rect", { x: 0, y: 0, width: PLOT, height: PLOT, class: "frame" }),
      s("text", { x: PLOT / 2, y: PLOT + 16, class: "axis-label", "text-anchor": "middle" }, x),
      s("text", { x: -8, y: PLOT / 2, class: "axis-label", "text-anchor": "middle", transform: `rotate(-90 -8 ${PLOT / 2})` }, y),
    );
  }
}
