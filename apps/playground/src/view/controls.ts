/** Form controls bound to one state field: they write on input and re-read on every state change. */
import type { AppState } from "../state/schema.js";
import type { Store } from "../state/store.js";
import { h } from "./dom.js";

export interface Bound {
  el: HTMLElement;
  render(s: AppState): void;
}

/** A labelled <select>; a value missing from the options (from a hand-edited link) is added so it shows. */
export function select<T extends string | number>(
  store: Store, id: string, label: string, options: readonly (readonly [T, string])[],
  get: (s: AppState) => T, set: (v: T) => Partial<AppState>,
): Bound {
  const sel = h("select", { id, "aria-label": label });
  const fill = (extra?: T) => {
    const opts = extra !== undefined && !options.some(([v]) => v === extra) ? [...options, [extra, String(extra)] as const] : options;
    sel.replaceChildren(...opts.map(([v, text]) => h("option", { value: String(v) }, text)));
  };
  fill();
  sel.addEventListener("change", () => {
    const raw = sel.value;
    const v = (typeof get(store.get()) === "number" ? Number(raw) : raw) as T;
    store.update(set(v));
  });
  return {
    el: h("label", { class: "control", for: id }, h("span", { class: "control-label" }, label), h("span", { class: "select-wrap" }, sel)),
    render(s) {
      const v = get(s);
      if (![...sel.options].some((o) => o.value === String(v))) fill(v);
      sel.value = String(v);
    },
  };
}

/** A labelled range slider showing its value; it commits while dragging, as the Playground's do. */
export function slider(
  store: Store, id: string, label: string, range: { min: number; max: number; step: number },
  get: (s: AppState) => number, set: (v: number) => Partial<AppState>, show: (v: number) => string = String,
): Bound {
  const input = h("input", { type: "range", id, min: range.min, max: range.max, step: range.step, "aria-label": label });
  const value = h("span", { class: "slider-value" });
  input.addEventListener("input", () => {
    value.textContent = show(Number(input.value));
    store.update(set(Number(input.value)));
  });
  return {
    el: h("div", { class: "control slider" }, h("label", { class: "control-label", for: id }, `${label}: `, value), input),
    render(s) {
      const v = get(s);
      input.value = String(v);
      value.textContent = show(v);
    },
  };
}
