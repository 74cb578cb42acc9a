/** Tiny DOM helpers: elements with attributes and children, no framework. */
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

function apply(el: Element, attrs: Attrs, children: Child[]): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v as EventListener);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
}

/** An HTML element: h("button", {class: "x", onclick: fn}, "Play"). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs, children);
  return el;
}

/** The element with this id, typed; a missing id is a bug in index.html. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el as T;
}

/** A canvas whose backing store matches the device pixel ratio for crisp lines. */
export function hiDpiCanvas(width: number, height: number, className = ""): HTMLCanvasElement {
  const c = h("canvas", { class: className, width: Math.round(width * devicePixelRatio), height: Math.round(height * devicePixelRatio) });
  c.style.width = `${width}px`;
  c.style.height = `${height}px`;
  c.getContext("2d")!.scale(devicePixelRatio, devicePixelRatio);
  return c;
}

/** Formats a number with fixed decimals, or "–" for NaN/Infinity. */
export function fmt(v: number | undefined, digits = 3): string {
  return v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(digits);
}
