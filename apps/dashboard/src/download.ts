import { exportUrl } from "./api.js";
import { h } from "./dom.js";

type Format = "csv" | "json";

/** "CSV · JSON" links that download the full data behind a chart. */
export function downloads(runs: string[], tag: string, kind?: string, formats: Format[] = ["csv", "json"]): HTMLElement {
  const link = (format: Format) =>
    h("a", { class: "dl", href: exportUrl(runs, tag, format, kind), download: "", title: `Download the data as ${format.toUpperCase()}`, "data-format": format }, format.toUpperCase());
  return h("span", { class: "dls" }, ...formats.map(link));
}
