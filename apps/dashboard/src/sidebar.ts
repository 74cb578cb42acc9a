import type { Context } from "./context.js";
import { h } from "./dom.js";
import { debounce } from "./lazy.js";
import { RunList } from "./runlist.js";
import { regex, X_AXES, type State } from "./state.js";

const X_LABELS: Record<string, string> = { step: "Step", relative: "Relative", wall: "Wall" };

/** The left column: run filter and selection, then the display settings of the charts. */
export class Sidebar {
  readonly el: HTMLElement;
  private readonly list = new RunList((run, on) => this.toggle(run, on));
  private readonly counter = h("span", { class: "muted" });
  private readonly runFilter: HTMLInputElement;
  private readonly smoothing: HTMLInputElement;
  private readonly smoothOut = h("output", { class: "smooth-val" });
  private readonly xButtons: HTMLButtonElement[];
  private readonly logY: HTMLInputElement;
  private readonly logX: HTMLInputElement;
  private readonly tagFilter: HTMLInputElement;

  constructor(private readonly ctx: Context) {
    const st = ctx.store.state;
    const set = (patch: Partial<State>) => ctx.store.set(patch);
    const runTyped = debounce(() => this.filterTyped(this.runFilter, "runFilter"), 200);
    const tagTyped = debounce(() => this.filterTyped(this.tagFilter, "tagFilter"), 200);
    this.runFilter = h("input", { type: "search", class: "filter", placeholder: "Filter runs (regex)", value: st.runFilter, spellcheck: "false", oninput: runTyped });
    this.tagFilter = h("input", { type: "search", class: "filter", placeholder: "Filter tags (regex)", value: st.tagFilter, spellcheck: "false", oninput: tagTyped });
    this.smoothing = h("input", { type: "range", min: 0, max: 0.99, step: 0.01, value: st.smoothing, class: "smoothing", "aria-label": "Smoothing", oninput: () => set({ smoothing: Number(this.smoothing.value) }) });
    this.xButtons = X_AXES.map((x) => h("button", { "data-x": x, onclick: () => set({ x }) }, X_LABELS[x]!));
    this.logY = h("input", { type: "checkbox", onchange: () => set({ logY: this.logY.checked }) });
    this.logX = h("input", { type: "checkbox", onchange: () => set({ logX: this.logX.checked }) });
    this.el = h(
      "aside",
      { class: "sidebar" },
      h(
        "div",
        { class: "side-section runs-section" },
        h("div", { class: "side-title" }, "Runs", this.counter),
        this.runFilter,
        h("div", { class: "row-buttons" }, h("button", { onclick: () => this.selectMatching(true) }, "Select shown"), h("button", { onclick: () => this.selectMatching(false) }, "Clear shown")),
        this.list.el,
      ),
      h(
        "div",
        { class: "side-section" },
        h("div", { class: "side-title" }, "Charts"),
        h("label", { class: "field" }, h("span", {}, "Smoothing"), h("span", { class: "slider-row" }, this.smoothing, this.smoothOut)),
        h("div", { class: "field" }, h("span", {}, "X axis"), h("span", { class: "seg" }, ...this.xButtons)),
        h("div", { class: "field" }, h("span", {}, "Log scale"), h("span", { class: "checks" }, h("label", {}, this.logY, " y"), h("label", {}, this.logX, " x"))),
        h("label", { class: "field" }, h("span", {}, "Tags"), this.tagFilter),
      ),
    );
    this.sync();
  }

  /** Mirrors the state into the controls (after a change from elsewhere). */
  sync(): void {
    const st = this.ctx.store.state;
    this.smoothing.value = String(st.smoothing);
    this.smoothOut.textContent = st.smoothing.toFixed(2);
    for (const b of this.xButtons) b.classList.toggle("on", b.dataset.x === st.x);
    this.logY.checked = st.logY;
    this.logX.checked = st.logX;
  }

  renderRuns(): void {
    const re = regex(this.ctx.store.state.runFilter);
    this.runFilter.classList.toggle("invalid", re === undefined);
    const sel = new Set(this.ctx.selected());
    const shown = this.ctx.runs.filter((r) => (re ?? /(?:)/).test(r.name));
    this.counter.textContent = `${sel.size} selected · ${shown.length} of ${this.ctx.runs.length} shown`;
    this.list.set(shown, sel);
  }

  private filterTyped(input: HTMLInputElement, key: "runFilter" | "tagFilter"): void {
    const ok = regex(input.value) !== undefined;
    input.classList.toggle("invalid", !ok);
    if (ok) this.ctx.store.set({ [key]: input.value });
  }

  private toggle(name: string, on: boolean): void {
    const sel = new Set(this.ctx.selected());
    if (on) sel.add(name);
    else sel.delete(name);
    this.ctx.store.set({ runs: this.ctx.runs.map((r) => r.name).filter((n) => sel.has(n)) });
  }

  private selectMatching(on: boolean): void {
    const re = regex(this.ctx.store.state.runFilter) ?? /(?:)/;
    const sel = new Set(this.ctx.selected());
    for (const r of this.ctx.runs) {
      if (!re.test(r.name)) continue;
      if (on) sel.add(r.name);
      else sel.delete(r.name);
    }
    this.ctx.store.set({ runs: this.ctx.runs.map((r) => r.name).filter((n) => sel.has(n)) });
  }
}
