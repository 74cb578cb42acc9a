/** The left column: dataset picker (with CSV upload), class count, split, noise, batch size, regenerate. */
import type { Points } from "../model/dataset.js";
import { toPixel } from "../model/grid.js";
import { MAX_BATCH, MAX_CLASSES, MIN_CLASSES, MULTICLASS_SETS, datasetsFor, type AppState, type DatasetName } from "../state/schema.js";
import type { Store } from "../state/store.js";
import { css, pointColor } from "./colors.js";
import { select, slider, type Bound } from "./controls.js";
import { h } from "./dom.js";

const TITLES: Record<DatasetName, string> = {
  circle: "Circle", xor: "Exclusive or", gauss: "Gaussian", spiral: "Spiral", blobs: "Blobs (multi-class)",
  spiralK: "Spirals (multi-class)", plane: "Plane", multiGauss: "Multi Gaussian", csv: "Your CSV",
};

const THUMB = 64;

export interface DataActions {
  upload(file: File): void;
  regenerate(): void;
  /** Whether an uploaded file is stored for this state (its thumbnail can be picked). */
  hasCsv(s: AppState): boolean;
}

export class DataPanel {
  private readonly picker = h("div", { class: "datasets", role: "radiogroup", "aria-label": "Dataset" });
  private readonly thumbs = new Map<DatasetName, HTMLCanvasElement>();
  private readonly classes: Bound;
  private readonly controls: Bound[];
  private readonly fileInput = h("input", { type: "file", accept: ".csv,text/csv", id: "csv-input", class: "visually-hidden" });
  private shownFor = "";

  constructor(host: HTMLElement, private readonly store: Store, private readonly actions: DataActions) {
    this.classes = select(store, "classes", "Classes", Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => [i + MIN_CLASSES, String(i + MIN_CLASSES)] as const),
      (s) => s.classes, (v) => ({ classes: v }));
    this.controls = [
      slider(store, "train-ratio", "Ratio of training to test data", { min: 10, max: 90, step: 10 }, (s) => s.trainRatio, (v) => ({ trainRatio: v }), (v) => `${v}%`),
      slider(store, "noise", "Noise", { min: 0, max: 50, step: 5 }, (s) => s.noise, (v) => ({ noise: v })),
      slider(store, "batch-size", "Batch size", { min: 1, max: MAX_BATCH, step: 1 }, (s) => s.batchSize, (v) => ({ batchSize: v })),
    ];
    this.fileInput.addEventListener("change", () => {
      const f = this.fileInput.files?.[0];
      if (f) actions.upload(f);
      this.fileInput.value = "";
    });
    host.append(
      h("p", { class: "hint" }, "Which dataset do you want to use?"),
      this.picker,
      this.fileInput,
      this.classes.el,
      ...this.controls.map((c) => c.el),
      h("button", { class: "text-button", id: "regenerate", onclick: () => actions.regenerate() }, "Regenerate"),
      h("p", { class: "hint small" }, "A CSV needs columns x1, x2 and a label (last column): class names or ids for classification, numbers for regression."),
    );
  }

  setThumbnails(sets: Partial<Record<DatasetName, Points & { classes: number }>>): void {
    for (const [name, pts] of Object.entries(sets) as [DatasetName, Points & { classes: number }][]) {
      const c = h("canvas", { width: THUMB, height: THUMB });
      const ctx = c.getContext("2d")!;
      for (let i = 0; i < pts.y.length; i++) {
        const [x, y] = toPixel(pts.x[2 * i]!, pts.x[2 * i + 1]!, THUMB, THUMB);
        ctx.fillStyle = css(pointColor(pts.y[i]!, pts.classes));
        ctx.fillRect(x - 1.2, y - 1.2, 2.4, 2.4);
      }
      this.thumbs.set(name, c);
    }
    this.shownFor = "";
    this.render(this.store.get());
  }

  render(s: AppState): void {
    const key = `${s.problem}|${s.dataset}|${this.actions.hasCsv(s)}|${this.thumbs.size}`;
    if (key !== this.shownFor) {
      this.shownFor = key;
      const tile = (name: DatasetName, body: Node, onclick: () => void) =>
        h("button", { class: `dataset${s.dataset === name ? " selected" : ""}`, role: "radio", "aria-checked": String(s.dataset === name), title: TITLES[name], "data-dataset": name, onclick }, body);
      const sets = datasetsFor(s.problem).map((name) => tile(name, this.thumbs.get(name) ?? h("span", { class: "thumb-placeholder" }), () => this.store.update({ dataset: name })));
      const csv = this.actions.hasCsv(s) ? [tile("csv", h("span", { class: "csv-thumb" }, "CSV"), () => this.store.update({ dataset: "csv" }))] : [];
      const upload = h("button", { class: "dataset upload", title: "Upload a CSV file", "aria-label": "Upload a CSV file", onclick: () => this.fileInput.click() }, h("span", { class: "plus" }, "+", h("small", {}, "Upload CSV")));
      this.picker.replaceChildren(...sets, ...csv, upload);
    }
    this.classes.el.hidden = !MULTICLASS_SETS.includes(s.dataset);
    this.classes.render(s);
    for (const c of this.controls) c.render(s);
  }
}
