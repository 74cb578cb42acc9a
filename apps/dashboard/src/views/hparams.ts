import { api, latestBy, trialName, type Appended, type RunEvent } from "../api.js";
import { runColor, viridis } from "../colors.js";
import type { Context } from "../context.js";
import { empty, h } from "../dom.js";
import { downloads } from "../download.js";
import { fmt } from "../format.js";
import { throttle } from "../lazy.js";
import type { State } from "../state.js";
import { makeAxis, parcoords, type Value } from "./parcoords.js";
import type { View } from "./view.js";

/** One trial: a run's hparams event (the latest of its tag). */
export interface Trial {
  run: string;
  trial: string;
  /** A search's ranking (1 is best), when it logged one. */
  rank?: number;
  params: Record<string, Value>;
  metrics: Record<string, number | undefined>;
}

/** Trials from hparams events: the latest per run and trial; null (a NaN score) counts as missing. */
export function toTrials(run: string, events: RunEvent[]): Trial[] {
  const clean = <T>(o: unknown) => Object.fromEntries(Object.entries((o ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null)) as Record<string, T>;
  return [...latestBy(events, trialName).values()].map((e) => ({
    run,
    trial: trialName(e),
    rank: typeof e.rank === "number" ? e.rank : undefined,
    params: clean<Value>(e.params),
    metrics: clean<number>(e.metrics),
  }));
}

/** Sort key → value: "run", "rank", "p:<param>" or "m:<metric>". */
function cell(t: Trial, key: string): Value {
  if (key === "run") return `${t.run} ${t.trial}`;
  if (key === "rank") return t.rank;
  if (key.startsWith("p:")) return t.params[key.slice(2)];
  return t.metrics[key.slice(2)];
}

/** Sorts trials by a key; "-key" descends. Missing values go last either way. */
export function sortTrials(trials: Trial[], sort: string): Trial[] {
  if (!sort) return trials;
  const desc = sort.startsWith("-");
  const key = desc ? sort.slice(1) : sort;
  return [...trials].sort((a, b) => {
    const [x, y] = [cell(a, key), cell(b, key)];
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
    return desc ? -c : c;
  });
}

/** A sortable table of trials and a parallel-coordinates plot coloured by the chosen score. */
export class HparamsView implements View {
  readonly el = h("div", { class: "view hparams" });
  private trials: Trial[] = [];
  /** The runs the trials come from (what the download exports). */
  private runs: string[] = [];
  private seq = 0;
  private readonly refresh = throttle(() => void this.render(), 2000);

  constructor(private readonly ctx: Context) {}

  async render(): Promise<void> {
    const seq = ++this.seq;
    const runs = this.ctx.visible();
    const byRun = await this.ctx.tagsOf(runs);
    const withH = runs.filter((r) => (byRun.get(r)?.hparams?.length ?? 0) > 0);
    const reply = withH.length ? await api.events(withH, ["hparams"]) : { runs: [] };
    if (seq !== this.seq) return;
    this.trials = reply.runs.flatMap((r) => toTrials(r.run, r.events));
    this.runs = withH;
    this.draw();
  }

  private draw(): void {
    if (this.trials.length === 0) {
      this.el.replaceChildren(empty("No hyperparameters logged in the selected runs."));
      return;
    }
    const st = this.ctx.store.state;
    const params = [...new Set(this.trials.flatMap((t) => Object.keys(t.params)))].sort();
    const metrics = [...new Set(this.trials.flatMap((t) => Object.keys(t.metrics)))].sort();
    const score = metrics.includes(st.score) ? st.score : metrics[0] ?? "";
    const scores = this.trials.map((t) => t.metrics[score]).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    const [lo, hi] = [Math.min(...scores), Math.max(...scores)];
    const colorOf = (t: Trial, alpha = 0.85) => {
      const v = t.metrics[score];
      return typeof v === "number" && Number.isFinite(v) ? viridis(hi > lo ? (v - lo) / (hi - lo) : 0.5, alpha) : "rgba(156,163,175,0.6)";
    };
    const trials = sortTrials(this.trials, st.sort);
    const ranked = trials.some((t) => t.rank !== undefined);
    const keys = [...params.map((p) => `p:${p}`), ...metrics.map((m) => `m:${m}`)];
    const axes = keys.map((k) => makeAxis(k, k.slice(2), trials.map((t) => cell(t, k))));
    const plot = parcoords(trials.map((t) => ({ id: `${t.run} · ${t.trial}`, values: keys.map((k) => cell(t, k)) })), axes, (i) => colorOf(trials[i]!));
    const picker = h("select", { onchange: (e) => this.ctx.store.set({ score: (e.target as HTMLSelectElement).value }) }, ...metrics.map((m) => h("option", { value: m, selected: m === score }, m)));
    const header = (key: string, label: string) => {
      const on = st.sort === key ? " ▲" : st.sort === `-${key}` ? " ▼" : "";
      const next = st.sort === key ? `-${key}` : key;
      return h("th", { class: key.startsWith("m:") ? "metric sortable" : "sortable", onclick: () => this.ctx.store.set({ sort: next }), "data-key": key }, label + on);
    };
    const table = h(
      "table",
      { class: "trials" },
      h("thead", {}, h("tr", {}, h("th", {}, ""), header("run", "run / trial"), ranked ? header("rank", "rank") : null, ...params.map((p) => header(`p:${p}`, p)), ...metrics.map((m) => header(`m:${m}`, m)))),
      h(
        "tbody",
        {},
        ...trials.map((t, i) =>
          h(
            "tr",
            { onmouseenter: () => plot.querySelector(`path[data-row="${i}"]`)?.classList.add("hot"), onmouseleave: () => plot.querySelector(`path[data-row="${i}"]`)?.classList.remove("hot") },
            h("td", {}, h("span", { class: "dot", style: `background:${colorOf(t, 1)}` })),
            h("td", {}, h("span", { class: "run-cell" }, h("span", { class: "swatch", style: `background:${runColor(t.run)}` }), t.run, t.trial !== "run" ? h("span", { class: "muted" }, ` · ${t.trial}`) : null)),
            ranked ? h("td", {}, show(t.rank)) : null,
            ...params.map((p) => h("td", {}, show(t.params[p]))),
            ...metrics.map((m) => h("td", { class: "metric" }, show(t.metrics[m]))),
          ),
        ),
      ),
    );
    this.el.replaceChildren(
      h(
        "section",
        { class: "card wide" },
        h("header", {}, h("h3", {}, `Parallel coordinates · ${trials.length} trials`), h("label", { class: "inline" }, "colour by ", picker), h("span", { class: "actions" }, downloads(this.runs, "", "hparams"))),
        h("div", { class: "pc-wrap" }, plot),
        h("div", { class: "heat-legend" }, h("span", {}, fmt(lo)), h("span", { class: "ramp", style: `background:linear-gradient(90deg, ${[0, 0.25, 0.5, 0.75, 1].map((x) => viridis(x)).join(",")})` }), h("span", {}, `${fmt(hi)} ${score}`)),
      ),
      h("section", { class: "card wide" }, h("header", {}, h("h3", {}, "Trials"), h("span", { class: "muted" }, "click a column to sort")), h("div", { class: "table-wrap" }, table)),
    );
  }

  update(changed: Set<keyof State>): void {
    if (changed.has("runs") || changed.has("runFilter")) void this.render();
    else if (changed.has("sort") || changed.has("score")) this.draw();
  }

  appended(a: Appended): void {
    if (a.events.some((e) => e.kind === "hparams")) this.refresh();
  }

  destroy(): void {
    this.el.remove();
  }
}

function show(v: Value): string {
  return typeof v === "number" ? fmt(v) : v === undefined ? "–" : String(v);
}
