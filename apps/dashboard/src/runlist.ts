import type { RunInfo } from "./api.js";
import { runColor } from "./colors.js";
import { h } from "./dom.js";
import { ago, count } from "./format.js";

const ROW = 28;
const OVERSCAN = 8;

/**
 * The run list, virtualised: only the rows in view (plus a few) exist in the
 * DOM, so 10 or 10,000 runs cost the same to show and scroll.
 */
export class RunList {
  readonly el = h("div", { class: "run-list", role: "list" });
  private readonly spacer = h("div", { class: "run-spacer" });
  private readonly template = h("label", { class: "run-row", role: "listitem" }, h("input", { type: "checkbox" }), h("span", { class: "swatch" }), h("span", { class: "run-name" }), h("span", { class: "run-meta" }));
  private runs: RunInfo[] = [];
  private selected = new Set<string>();
  private drawn = "";

  constructor(onToggle: (run: string, on: boolean) => void) {
    this.el.append(this.spacer);
    this.el.addEventListener("scroll", () => this.draw());
    this.el.addEventListener("change", (e) => {
      const box = e.target as HTMLInputElement;
      const run = (box.parentElement as HTMLElement).dataset.run;
      if (run !== undefined) onToggle(run, box.checked);
    });
    new ResizeObserver(() => this.draw()).observe(this.el);
  }

  set(runs: RunInfo[], selected: Set<string>): void {
    this.runs = runs;
    this.selected = selected;
    this.spacer.style.height = `${runs.length * ROW}px`;
    this.el.dataset.count = String(runs.length);
    this.drawn = "";
    this.draw();
  }

  private draw(): void {
    const height = this.el.clientHeight || 600;
    const first = Math.max(0, Math.floor(this.el.scrollTop / ROW) - OVERSCAN);
    const last = Math.min(this.runs.length, Math.ceil((this.el.scrollTop + height) / ROW) + OVERSCAN);
    const key = `${first}:${last}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const now = Date.now();
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const r = this.runs[i]!;
      const row = this.template.cloneNode(true) as HTMLElement;
      const [box, swatch, name, meta] = row.children as unknown as [HTMLInputElement, HTMLElement, HTMLElement, HTMLElement];
      row.dataset.run = r.name;
      row.title = r.name;
      row.style.top = `${i * ROW}px`;
      box.checked = this.selected.has(r.name);
      swatch.style.background = runColor(r.name);
      name.textContent = r.name;
      meta.textContent = `${count(r.events, r.exact)} · ${ago(r.mtime, now)}`;
      rows.push(row);
    }
    this.el.replaceChildren(this.spacer, ...rows);
  }
}
