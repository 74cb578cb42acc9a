import uPlot from "uplot";
import { api, type Appended } from "../api.js";
import { heatLegend, heatmapOptions } from "../charts/heatmap.js";
import { resample, type HistStep } from "../charts/hist-grid.js";
import type { Context } from "../context.js";
import { empty, h } from "../dom.js";
import { downloads } from "../download.js";
import { throttle } from "../lazy.js";
import type { State } from "../state.js";
import { lazyCard, runLabel, type LazyCard } from "./card.js";
import { groupTags } from "./scalars.js";
import type { View } from "./view.js";

const HEIGHT = 220;

/** Histograms of weights/gradients over steps, one heat view per tag and run. */
export class HistogramsView implements View {
  readonly el = h("div", { class: "view histograms" });
  private cards: { run: string; tag: string; card: LazyCard; plot?: uPlot }[] = [];
  private seq = 0;
  private readonly pending = new Set<string>();
  private readonly refresh = throttle(() => {
    for (const c of this.cards) if (this.pending.has(`${c.run}\n${c.tag}`)) c.card.refill();
    this.pending.clear();
  }, 2000);

  constructor(private readonly ctx: Context) {}

  async render(): Promise<void> {
    const seq = ++this.seq;
    const runs = this.ctx.visible();
    const byRun = await this.ctx.tagsOf(runs);
    const tags = await this.ctx.tags(runs, "histogram");
    if (seq !== this.seq) return;
    this.clear();
    if (tags.length === 0) {
      this.el.replaceChildren(empty("No histograms in the selected runs (RunLogger writes them with histogramsEvery)."));
      return;
    }
    const sections = [...groupTags(tags)].map(([group, list]) => {
      const grid = h("div", { class: "grid" });
      for (const tag of list) {
        for (const run of runs.filter((r) => byRun.get(r)?.histogram?.includes(tag))) {
          const entry: (typeof this.cards)[number] = { run, tag, card: lazyCard(tag, runLabel(run), downloads([run], tag, "histogram"), (body) => this.fill(entry, body)) };
          this.cards.push(entry);
          grid.append(entry.card.el);
        }
      }
      return h("div", { class: "group" }, h("div", { class: "group-head static" }, group || "(no group)", h("span", { class: "badge" }, list.length)), grid);
    });
    this.el.replaceChildren(h("div", { class: "view-note" }, heatLegend()), ...sections);
  }

  private async fill(entry: { run: string; tag: string; plot?: uPlot }, body: HTMLElement): Promise<void> {
    const reply = await api.events([entry.run], ["histogram"], [entry.tag]);
    const byStep = new Map<number, HistStep>();
    for (const e of reply.runs[0]?.events ?? []) byStep.set(e.step, { step: e.step, bins: e.bins as HistStep["bins"] });
    const hist = [...byStep.values()].sort((a, b) => a.step - b.step);
    const grid = resample(hist);
    const tip = h("div", { class: "tip", hidden: true });
    const chart = h("div", { class: "chart" });
    body.replaceChildren(h("div", { class: "chart-wrap" }, chart, tip));
    entry.plot?.destroy();
    entry.plot = new uPlot(heatmapOptions(grid, Math.max(240, body.clientWidth), HEIGHT, tip), [grid.steps, grid.mean], chart);
    chart.addEventListener("mouseleave", () => (tip.hidden = true));
  }

  update(changed: Set<keyof State>): void {
    if (changed.has("runs") || changed.has("runFilter") || changed.has("tagFilter")) void this.render();
  }

  appended(a: Appended, freshTags: boolean): void {
    if (freshTags) return void this.render();
    for (const e of a.events) if (e.kind === "histogram") this.pending.add(`${a.run}\n${e.tag}`);
    if (this.pending.size > 0) this.refresh();
  }

  private clear(): void {
    for (const c of this.cards) {
      c.plot?.destroy();
      c.card.destroy();
    }
    this.cards = [];
  }

  destroy(): void {
    this.clear();
    this.el.remove();
  }
}
