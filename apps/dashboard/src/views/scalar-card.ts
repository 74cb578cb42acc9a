import uPlot from "uplot";
import { api, type RunEvent, type ScalarsReply } from "../api.js";
import { scalarOptions, type Marker } from "../charts/scalar-chart.js";
import { chartData, type Display } from "../charts/scalar-data.js";
import type { Context } from "../context.js";
import { h } from "../dom.js";
import { downloads } from "../download.js";
import { fmt } from "../format.js";
import { throttle, whenVisible } from "../lazy.js";

const HEIGHT = 240;
/** M4 keeps 4 points per bucket: 4 per pixel column draws exactly what the full series would. */
const POINTS_PER_PIXEL = 4;

/** One tag's chart: fetches when first scrolled into view, refetches on smoothing and live appends. */
export class ScalarCard {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;
  private readonly tip: HTMLElement;
  private readonly notes: HTMLElement;
  private readonly actions: HTMLElement;
  private plot: uPlot | undefined;
  private plotKey = "";
  private reply: ScalarsReply | undefined;
  private shown = false;
  private runs: string[] = [];
  private seq = 0;
  private markers: Marker[] = [];
  private diagKey = "[]";
  private readonly stopWatching: () => void;
  readonly grow = throttle(() => void this.load(), 1000);

  constructor(readonly tag: string, private readonly ctx: Context) {
    this.tip = h("div", { class: "tip", hidden: true });
    this.body = h("div", { class: "chart", style: `height:${HEIGHT}px` });
    this.notes = h("div", { class: "notes" });
    this.actions = h("span", { class: "actions" });
    this.el = h("section", { class: "card", "data-tag": tag }, h("header", {}, h("h3", { title: tag }, tag), this.actions), h("div", { class: "chart-wrap" }, this.body, this.tip), this.notes);
    this.body.addEventListener("mouseleave", () => (this.tip.hidden = true));
    this.stopWatching = whenVisible(this.el, () => {
      this.shown = true;
      void this.load();
    });
  }

  setRuns(runs: string[]): void {
    if (runs.join("\n") === this.runs.join("\n")) return;
    this.runs = runs;
    this.actions.replaceChildren(downloads(runs, this.tag, "scalar"));
    if (this.shown) void this.load();
  }

  /** Diagnostics that name this tag: a dashed line at their step and a note under the chart. */
  setDiagnostics(diags: { run: string; e: RunEvent }[]): void {
    // Each layout passes them again: redraw (20 runs of thousands of points) only when they changed.
    const key = JSON.stringify(diags.map(({ run, e }) => [run, e.step, e.level, e.message]));
    if (key === this.diagKey) return;
    this.diagKey = key;
    this.markers = diags.map(({ e }) => ({ step: e.step, level: String(e.level ?? "info") }));
    this.notes.replaceChildren(
      ...diags.map(({ run, e }) => h("div", { class: `note ${String(e.level ?? "info")}` }, h("b", {}, `${run} · step ${fmt(e.step)}: `), String(e.message))),
    );
    this.plot?.redraw(false);
  }

  /** Fetches again if the stream starts past what this chart has read of any of its runs. */
  resync(next: Map<string, number>): void {
    if (this.reply?.series.some((s) => (next.get(s.run) ?? 0) > s.next)) this.grow();
  }

  /** Smoothing changed: the server smooths at full resolution, so fetch again. */
  reload(): void {
    if (this.shown) void this.load();
  }

  /** The x axis or a log scale changed: same data, new chart. */
  redraw(): void {
    if (this.reply) this.draw(this.reply);
  }

  resize(): void {
    const w = this.body.clientWidth;
    if (this.plot && w > 0 && w !== this.plot.width) this.plot.setSize({ width: w, height: HEIGHT });
  }

  destroy(): void {
    this.stopWatching();
    this.plot?.destroy();
    this.el.remove();
  }

  private async load(): Promise<void> {
    const seq = ++this.seq;
    const runs = this.runs;
    if (runs.length === 0) return this.draw({ tag: this.tag, smoothing: 0, series: [], missing: [] });
    this.el.classList.add("loading");
    try {
      const width = Math.max(200, this.body.clientWidth);
      const reply = await api.scalars(runs, this.tag, Math.min(8000, width * POINTS_PER_PIXEL), this.ctx.store.state.smoothing);
      if (seq === this.seq) this.draw(reply);
    } catch (err) {
      if (seq === this.seq) this.body.replaceChildren(h("div", { class: "error" }, String(err)));
    } finally {
      if (seq === this.seq) this.el.classList.remove("loading");
    }
  }

  private draw(reply: ScalarsReply): void {
    this.reply = reply;
    const st = this.ctx.store.state;
    const d: Display = { x: st.x, logY: st.logY, logX: st.logX, smoothed: reply.smoothing > 0 };
    const runs = reply.series.map((s) => s.run);
    const data = chartData(reply.series, d);
    const key = JSON.stringify([runs, d]);
    if (this.plot && key === this.plotKey) this.plot.setData(data);
    else {
      this.plot?.destroy();
      this.body.replaceChildren();
      this.plot = new uPlot(scalarOptions(runs, d, Math.max(200, this.body.clientWidth), HEIGHT, () => this.markers, this.tip), data, this.body);
      this.plotKey = key;
    }
    const steps = reply.series.flatMap((s) => (s.step.length ? [s.step[s.step.length - 1]!] : []));
    this.el.dataset.runs = runs.join(",");
    this.el.dataset.points = String(reply.series.reduce((a, s) => a + s.total, 0));
    this.el.dataset.maxStep = String(steps.length ? Math.max(...steps) : "");
    this.el.dataset.smoothing = String(reply.smoothing);
    this.el.dataset.loaded = "1";
  }
}
