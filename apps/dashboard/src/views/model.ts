import { api, type Appended, type RunEvent } from "../api.js";
import type { Context } from "../context.js";
import { empty, h, s } from "../dom.js";
import { downloads } from "../download.js";
import { count, fmt } from "../format.js";
import type { State } from "../state.js";
import { runLabel } from "./card.js";
import { layoutLayers, modelLayers, type LayerBox } from "./model-graph.js";
import type { View } from "./view.js";

const BOX = { w: 250, h: 66, gapX: 24, gapY: 30 };
const ACCENT: Record<string, string> = { Dense: "#2563eb", Dropout: "#9ca3af", BatchNormalization: "#7c3aed", Activation: "#059669", Flatten: "#d97706", Input: "#475569", InputLayer: "#475569" };

/** The layer graph as SVG: one box per layer (name, type, output shape, params, activation), arrows along inbound links. */
export function layerGraph(boxes: LayerBox[]): SVGSVGElement {
  const { placed, rows, cols } = layoutLayers(boxes);
  const width = cols * BOX.w + (cols - 1) * BOX.gapX + 2;
  const height = rows * BOX.h + (rows - 1) * BOX.gapY + 2;
  const perRow = new Map<number, number>();
  for (const p of placed) perRow.set(p.row, (perRow.get(p.row) ?? 0) + 1);
  const pos = new Map<string, { x: number; y: number }>();
  for (const p of placed) {
    const n = perRow.get(p.row)!;
    const x = (width - (n * BOX.w + (n - 1) * BOX.gapX)) / 2 + p.col * (BOX.w + BOX.gapX);
    pos.set(p.box.name, { x, y: 1 + p.row * (BOX.h + BOX.gapY) });
  }
  const svg = s("svg", { class: "model-graph", width, height, viewBox: `0 0 ${width} ${height}` });
  svg.append(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 8 8", refX: 8, refY: 4, markerWidth: 7, markerHeight: 7, orient: "auto" }, s("path", { d: "M0,0 L8,4 L0,8 z", fill: "#9ca3af" }))));
  for (const p of placed) {
    const to = pos.get(p.box.name)!;
    for (const src of p.box.inbound) {
      const from = pos.get(src);
      if (!from) continue;
      const [x1, y1, x2, y2] = [from.x + BOX.w / 2, from.y + BOX.h, to.x + BOX.w / 2, to.y - 1];
      const my = (y1 + y2) / 2;
      svg.append(s("path", { class: "edge", d: `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2}`, "marker-end": "url(#arrow)" }));
    }
  }
  for (const p of placed) {
    const { x, y } = pos.get(p.box.name)!;
    const b = p.box;
    const detail = [b.params !== undefined ? `${count(b.params)} params` : "", b.activation && b.activation !== "linear" ? b.activation : ""].filter(Boolean).join(" · ");
    svg.append(
      s(
        "g",
        { class: "layer", transform: `translate(${x},${y})` },
        s("rect", { width: BOX.w, height: BOX.h, rx: 6 }),
        s("rect", { width: 5, height: BOX.h, rx: 2, fill: ACCENT[b.className] ?? "#64748b" }),
        s("text", { x: 14, y: 20, class: "l-name" }, b.name, s("tspan", { class: "l-class", dx: 6 }, b.className)),
        s("text", { x: 14, y: 39, class: "l-shape" }, b.outputShape ?? "shape unknown"),
        s("text", { x: 14, y: 56, class: "l-detail" }, detail),
      ),
    );
  }
  return svg;
}

/** A Keras-style text summary for models logged without one. */
function summaryOf(e: RunEvent, boxes: LayerBox[]): string {
  if (typeof e.summary === "string") return e.summary;
  const rows = boxes.map((b) => [`${b.name} (${b.className})`, b.outputShape ?? "?", b.params === undefined ? "?" : String(b.params)]);
  const w = [28, 20, 10];
  const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join(" ");
  const total = boxes.reduce((a, b) => a + (b.params ?? 0), 0);
  return [line(["Layer (type)", "Output Shape", "Param #"]), "─".repeat(60), ...rows.map(line), "─".repeat(60), `Total params: ${total}`].join("\n");
}

const LEVELS: Record<string, string> = { info: "Info", warning: "Warning", error: "Error" };

/** Diagnostics as a list: level, step, message, and their per-name values as bars. */
export function diagnosticsList(events: RunEvent[]): HTMLElement {
  return h(
    "div",
    { class: "diagnostics" },
    ...events.map((e) => {
      const level = String(e.level ?? "info");
      const values = Object.entries((e.values ?? {}) as Record<string, number>).filter(([, v]) => typeof v === "number");
      const peak = Math.max(1e-12, ...values.map(([, v]) => Math.abs(v)));
      return h(
        "div",
        { class: `diag ${level}` },
        h("div", { class: "diag-head" }, h("span", { class: `level ${level}` }, LEVELS[level] ?? level), h("b", {}, e.tag), h("span", { class: "muted" }, `step ${fmt(e.step)}`), Array.isArray(e.tags) ? h("span", { class: "muted" }, `explains ${(e.tags as string[]).join(", ")}`) : null),
        h("div", {}, String(e.message)),
        values.length
          ? h("div", { class: "bars" }, ...values.map(([k, v]) => h("div", { class: "bar-row" }, h("span", { class: "bar-key" }, k), h("span", { class: "bar" }, h("span", { style: `width:${((100 * Math.abs(v)) / peak).toFixed(1)}%` })), h("span", { class: "bar-val" }, fmt(v)))))
          : null,
      );
    }),
  );
}

/** One run's model: the layer graph beside the text summary, then what diagnostics the run logged. */
export class ModelView implements View {
  readonly el = h("div", { class: "view model" });
  private seq = 0;

  constructor(private readonly ctx: Context) {}

  async render(): Promise<void> {
    const seq = ++this.seq;
    const runs = this.ctx.visible();
    const byRun = await this.ctx.tagsOf(runs);
    const candidates = runs.filter((r) => (byRun.get(r)?.model?.length ?? 0) + (byRun.get(r)?.diagnostic?.length ?? 0) > 0);
    if (seq !== this.seq) return;
    if (candidates.length === 0) {
      this.el.replaceChildren(empty("No model or diagnostics logged in the selected runs."));
      return;
    }
    const run = candidates.includes(this.ctx.store.state.model) ? this.ctx.store.state.model : candidates[0]!;
    const reply = await api.events([run], ["model", "diagnostic"]);
    if (seq !== this.seq) return;
    const events = reply.runs[0]?.events ?? [];
    const model = events.filter((e) => e.kind === "model").pop();
    const diags = events.filter((e) => e.kind === "diagnostic");
    const picker = h("select", { onchange: (ev) => this.ctx.store.set({ model: (ev.target as HTMLSelectElement).value }) }, ...candidates.map((r) => h("option", { value: r, selected: r === run }, r)));
    const parts: HTMLElement[] = [h("div", { class: "toolbar" }, h("label", { class: "inline" }, "Run ", picker), runLabel(run))];
    if (model) {
      const boxes = modelLayers(model);
      const total = boxes.reduce((a, b) => a + (b.params ?? 0), 0);
      const layers = boxes.filter((b) => b.className !== "Input").length;
      parts.push(
        h(
          "div",
          { class: "model-cols" },
          h("section", { class: "card" }, h("header", {}, h("h3", {}, `${String(model.className ?? "Model")} · ${layers} layers · ${count(total)} params`), h("span", { class: "actions" }, downloads([run], model.tag, "model", ["json"]))), h("div", { class: "graph-wrap" }, layerGraph(boxes))),
          h("section", { class: "card" }, h("header", {}, h("h3", {}, "Summary")), h("pre", { class: "summary" }, summaryOf(model, boxes))),
        ),
      );
    }
    if (diags.length) parts.push(h("section", { class: "card wide" }, h("header", {}, h("h3", {}, `Diagnostics · ${diags.length}`)), diagnosticsList(diags)));
    this.el.replaceChildren(...parts);
  }

  update(changed: Set<keyof State>): void {
    if (changed.has("runs") || changed.has("runFilter") || changed.has("model")) void this.render();
  }

  appended(a: Appended): void {
    if (a.run === this.ctx.store.state.model && a.events.some((e) => e.kind === "model" || e.kind === "diagnostic")) void this.render();
  }

  destroy(): void {
    this.el.remove();
  }
}
