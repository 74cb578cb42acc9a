import { runColor } from "../colors.js";
import { h } from "../dom.js";
import { whenVisible } from "../lazy.js";

/** A card whose body `fill`s itself the first time it is scrolled near; `refill` redraws it if it was shown. */
export interface LazyCard {
  el: HTMLElement;
  refill(): void;
  destroy(): void;
}

/** A run's name with its colour swatch. */
export function runLabel(run: string): HTMLElement {
  return h("span", { class: "run-label" }, h("span", { class: "swatch", style: `background:${runColor(run)}` }), run);
}

export function lazyCard(title: string, sub: Node | null, actions: Node | null, fill: (body: HTMLElement) => Promise<void>, wide = false): LazyCard {
  const body = h("div", { class: "card-body" });
  const el = h("section", { class: wide ? "card wide" : "card", "data-tag": title }, h("header", {}, h("h3", { title }, title), sub, h("span", { class: "actions" }, actions)), body);
  let shown = false;
  const run = async () => {
    el.classList.add("loading");
    try {
      await fill(body);
      el.dataset.loaded = "1";
    } catch (err) {
      body.replaceChildren(h("div", { class: "error" }, String(err)));
    } finally {
      el.classList.remove("loading");
    }
  };
  const stop = whenVisible(el, () => {
    shown = true;
    void run();
  });
  return {
    el,
    refill: () => {
      if (shown) void run();
    },
    destroy: () => {
      stop();
      el.remove();
    },
  };
}
