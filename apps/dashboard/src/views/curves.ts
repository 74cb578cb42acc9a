import type uPlot from "uplot";
import { api, curveKey, latestBy, type Appended, type RunEvent } from "../api.js";
import { curveChart, curveLegend, curveType, type Curve } from "../charts/curve-chart.js";
import type { Context } from "../context.js";
import { empty, h } from "../dom.js";
import { downloads } from "../download.js";
import { throttle } from "../lazy.js";
import type { State } from "../state.js";
import { lazyCard, runLabel, type LazyCard } from "./card.js";
import { confusionTable } from "./confusion.js";
import type { View } from "./view.js";

const TITLES: Record<string, string> = { roc: "ROC curves", pr: "Precision–recall curves" };

/** The section a curve tag goes in: ROC, PR, or its first tag segment (learningCurve, validationCurve, ...). */
function section(e: RunEvent): string {
  const t = curveType(e);
  if (t !== "curve") return TITLES[t] ?? `${t} curves`;
  const slash = e.tag.indexOf("/");
  return slash > 0 ? e.tag.slice(0, slash) : "Curves";
}

/** ROC/PR (and other) curves with the selected runs overlaid, then confusion matrices per run. */
export class CurvesView implements View {
  readonly el = h("div", { class: "view curves" });
  private cards: LazyCard[] = [];
  private plots: uPlot[] = [];
  /** Per run, the latest curve per (tag, series) and confusion matrix per tag. */
  private latest = new Map<string, RunEvent[]>();
  private seq = 0;
  private readonly refresh = throttle(() => void this.render(), 2000);

  constructor(private readonly ctx: Context) {}

  async render(): Promise<void> {
    const seq = ++this.seq;
    const runs = this.ctx.visible();
    const [curveTags, confTags] = await Promise.all([this.ctx.tags(runs, "curve"), this.ctx.tags(runs, "confusion")]);
    const byRun = await this.ctx.tagsOf(runs);
    const withAny = runs.filter((r) => (byRun.get(r)?.curve?.length ?? 0) + (byRun.get(r)?.confusion?.length ?? 0) > 0);
    const reply = withAny.length ? await api.events(withAny, ["curve", "confusion"], [...curveTags, ...confTags]) : { runs: [] };
    if (seq !== this.seq) return;
    this.clear();
    this.latest = new Map(reply.runs.map((r) => [r.run, [...latestBy(r.events, (e) => `${e.kind}\n${curveKey(e)}`).values()]]));
    if (curveTags.length + confTags.length === 0) {
      this.el.replaceChildren(empty("No curves or confusion matrices in the selected runs."));
      return;
    }
    const of = (run: string, kind: string, tag: string) => (this.latest.get(run) ?? []).filter((e) => e.kind === kind && e.tag === tag);
    const bySection = new Map<string, { tag: string; list: Curve[] }[]>();
    for (const tag of curveTags) {
      const list = runs.flatMap((run) => of(run, "curve", tag).map((e) => ({ run, e })));
      if (list.length === 0) continue;
      const name = section(list[0]!.e);
      bySection.set(name, [...(bySection.get(name) ?? []), { tag, list }]);
    }
    const sections: HTMLElement[] = [];
    for (const [name, charts] of bySection) {
      const grid = h("div", { class: "grid" });
      for (const { tag, list } of charts) grid.append(this.card(tag, null, downloads([...new Set(list.map((c) => c.run))], tag, "curve"), (body) => this.drawCurve(list, body)).el);
      sections.push(h("div", { class: "group" }, h("div", { class: "group-head static" }, name, h("span", { class: "badge" }, charts.length)), grid));
    }
    if (confTags.length > 0) {
      const norm = this.ctx.store.state.normalize;
      const toggle = h(
        "span",
        { class: "seg" },
        h("button", { class: norm ? "" : "on", onclick: () => this.ctx.store.set({ normalize: false }) }, "Counts"),
        h("button", { class: norm ? "on" : "", onclick: () => this.ctx.store.set({ normalize: true }) }, "Normalised"),
      );
      const grid = h("div", { class: "grid" });
      for (const tag of confTags) {
        for (const run of runs) {
          const e = of(run, "confusion", tag)[0];
          if (e) grid.append(this.card(tag, runLabel(run), downloads([run], tag, "confusion"), async (body) => body.replaceChildren(confusionTable(e, norm))).el);
        }
      }
      sections.push(h("div", { class: "group" }, h("div", { class: "group-head static" }, "Confusion matrices", toggle), grid));
    }
    this.el.replaceChildren(...sections);
  }

  private card(tag: string, sub: Node | null, actions: Node, fill: (body: HTMLElement) => Promise<void>): LazyCard {
    const c = lazyCard(tag, sub, actions, fill);
    this.cards.push(c);
    return c;
  }

  private async drawCurve(cs: Curve[], body: HTMLElement): Promise<void> {
    const chart = h("div", { class: "chart" });
    body.replaceChildren(chart, curveLegend(cs));
    this.plots.push(curveChart(cs, Math.max(240, body.clientWidth), 260, chart));
  }

  update(changed: Set<keyof State>): void {
    if (changed.has("runs") || changed.has("runFilter") || changed.has("tagFilter") || changed.has("normalize")) void this.render();
  }

  appended(a: Appended): void {
    if (a.events.some((e) => e.kind === "curve" || e.kind === "confusion")) this.refresh();
  }

  private clear(): void {
    for (const p of this.plots) p.destroy();
    for (const c of this.cards) c.destroy();
    this.plots = [];
    this.cards = [];
  }

  destroy(): void {
    this.clear();
    this.el.remove();
  }
}
