/** Short notices at the bottom of the page (bad link values, upload problems, training errors). */
import { h } from "./dom.js";

let host: HTMLElement | undefined;

export function toast(message: string, kind: "info" | "error" = "info"): void {
  host ??= document.body.appendChild(h("div", { class: "toasts", role: "status", "aria-live": "polite" }));
  const t = h("div", { class: `toast ${kind}` }, message);
  host.append(t);
  setTimeout(() => t.remove(), kind === "error" ? 8000 : 5000);
}
