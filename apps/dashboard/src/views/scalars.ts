import { api, type Appended, type RunEvent } from "../api.js";
import type { Context } from "../context.js";
import { empty, h } from "../dom.js";
import { debounce } from "../lazy.js";
import type { State } from "../state.js";
import { ScalarCard } from "./scalar-card.js";
import type { View } from "./view.js";

/** Tags grouped by their first "/" segment, as TensorBoard does ("train/loss" → "train"). */
export function groupTags(tags: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const t of tags) {
    const slash = t.indexOf("/");
    const g = slash > 0 ? t.slice(0, slash) : "";
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(t);
  }
  return groups;
}

/** One chart per scalar tag, the visible runs overlaid. */
export class ScalarsView implements View {
  readonly el = h("div", { class: "view scalars" });
  private readonly cards = new Map<string, ScalarCard>();
  private readonly collapsed = new Set<string>();
  private readonly resize = new ResizeObserver(() => {
    for (const c of this.cards.values()) c.resize();
  });
  private seq = 0;
  private readonly smooth = debounce(() => {
    for (const c of this.cards.values()) c.reload();
  }, 120);

  constructor(private readonly ctx: Context) {
    this.resize.observe(this.el);
  }

  /**
   * Lays the charts out from the tags known now (the run list samples runs not
   * read yet), so their data requests start at once, then again from the exact
   * tags: both requests wait on the same single parse of each run. While a
   * prefetch is already reading the runs, only the exact layout is made: a
   * sample may miss runs, and its request would only be made again.
   */
  async render(): Promise<void> {
    const seq = ++this.seq;
    const runs = this.ctx.visible();
    if (!this.ctx.allExact(runs) && !this.ctx.prefetching) this.layout(runs, this.ctx.knownTags(runs), []);
    const byRun = await this.ctx.tagsOf(runs);
    const withDiag = runs.filter((r) => (byRun.get(r)?.diagnostic ?? []).length > 0);
    const diags = withDiag.length ? (await api.events(withDiag, ["diagnostic"])).runs.flatMap((r) => r.events.map((e) => ({ run: r.run, e }))) : [];
    if (seq === this.seq) this.layout(runs, byRun, diags);
  }

  private layout(runs: string[], byRun: Map<string, Record<string, string[]>>, diags: { run: string; e: RunEvent }[]): void {
    const tags = this.ctx.filterTags(byRun, "scalar");
    for (const [tag, card] of this.cards) {
      if (!tags.includes(tag)) {
        card.destroy();
        this.cards.delete(tag);
      }
    }
    if (tags.length === 0) {
      this.el.replaceChildren(empty(runs.length ? "No scalar tags match the filter in the selected runs." : "Select runs on the left to chart them."));
      return;
    }
    const sections = [...groupTags(tags)].map(([group, list]) => {
      const grid = h("div", { class: "grid" });
      for (const tag of list) {
        let card = this.cards.get(tag);
        if (!card) this.cards.set(tag, (card = new ScalarCard(tag, this.ctx)));
        card.setRuns(runs.filter((r) => byRun.get(r)?.scalar?.includes(tag)));
        card.setDiagnostics(diags.filter(({ e }) => Array.isArray(e.tags) && (e.tags as string[]).includes(tag)));
        grid.append(card.el);
      }
      return this.section(group, list.length, grid);
    });
    this.el.replaceChildren(...sections);
  }

  private section(group: string, n: number, grid: HTMLElement): HTMLElement {
    const sec = h("div", { class: "group" + (this.collapsed.has(group) ? " collapsed" : "") });
    const toggle = () => {
      if (this.collapsed.has(group)) this.collapsed.delete(group);
      else this.collapsed.add(group);
      sec.classList.toggle("collapsed");
    };
    sec.append(h("button", { class: "group-head", onclick: toggle }, h("span", { class: "chev" }, "▾"), group || "(no group)", h("span", { class: "badge" }, n)), grid);
    return sec;
  }

  update(changed: Set<keyof State>): void {
    if (changed.has("runs") || changed.has("runFilter") || changed.has("tagFilter")) void this.render();
    if (changed.has("smoothing")) this.smooth();
    if (changed.has("x") || changed.has("logX") || changed.has("logY")) for (const c of this.cards.values()) c.redraw();
  }

  appended(a: Appended, freshTags: boolean): void {
    if (freshTags || a.events.some((e: RunEvent) => e.kind === "diagnostic")) {
      void this.render();
      return;
    }
    const tags = new Set(a.events.filter((e) => e.kind === "scalar").map((e) => e.tag));
    for (const t of tags) this.cards.get(t)?.grow();
  }

  resync(next: Map<string, number>): void {
    for (const c of this.cards.values()) c.resync(next);
  }

  destroy(): void {
    this.resize.disconnect();
    for (const c of this.cards.values()) c.destroy();
    this.el.remove();
  }
}
