import { api, type Appended } from "../api.js";
import type { Context } from "../context.js";
import { empty, h } from "../dom.js";
import { fmt } from "../format.js";
import { throttle } from "../lazy.js";
import type { State } from "../state.js";
import { runLabel } from "./card.js";
import type { View } from "./view.js";

/** Text events (notes, configs) of the selected runs, newest step first within each tag. */
export class TextView implements View {
  readonly el = h("div", { class: "view text" });
  private seq = 0;
  private readonly refresh = throttle(() => void this.render(), 2000);

  constructor(private readonly ctx: Context) {}

  async render(): Promise<void> {
    const seq = ++this.seq;
    const runs = this.ctx.visible();
    const tags = await this.ctx.tags(runs, "text");
    const reply = tags.length ? await api.events(runs, ["text"], tags) : { runs: [] };
    if (seq !== this.seq) return;
    const items = reply.runs.flatMap((r) => r.events.map((e) => ({ run: r.run, e })));
    if (items.length === 0) {
      this.el.replaceChildren(empty("No text logged in the selected runs."));
      return;
    }
    items.sort((a, b) => a.e.tag.localeCompare(b.e.tag) || b.e.step - a.e.step);
    this.el.replaceChildren(
      ...items.map(({ run, e }) => h("section", { class: "card wide" }, h("header", {}, h("h3", {}, e.tag), runLabel(run), h("span", { class: "muted" }, `step ${fmt(e.step)}`)), h("pre", { class: "text-body" }, String(e.text)))),
    );
  }

  update(changed: Set<keyof State>): void {
    if (changed.has("runs") || changed.has("runFilter") || changed.has("tagFilter")) void this.render();
  }

  appended(a: Appended): void {
    if (a.events.some((e) => e.kind === "text")) this.refresh();
  }

  destroy(): void {
    this.el.remove();
  }
}
