/** Export: download the model in TF.js layers format and show the TypeScript that loads it. */
import { h } from "./dom.js";

export class ExportPanel {
  private readonly snippet = h("pre", { class: "snippet", id: "snippet" });
  private readonly details = h("div", { class: "snippet-box", hidden: true });
  private readonly button: HTMLButtonElement;

  constructor(host: HTMLElement, requestExport: () => void) {
    this.button = h("button", { class: "text-button", id: "export", onclick: () => {
      this.button.disabled = true;
      requestExport();
    } }, "Download model (TF.js)");
    const copy = h("button", { class: "text-button small", onclick: () => void navigator.clipboard?.writeText(this.snippet.textContent ?? "") }, "Copy");
    this.details.append(h("div", { class: "snippet-head" }, h("span", {}, "TypeScript: load it, or rebuild it"), copy), this.snippet);
    host.append(
      h("p", { class: "hint" }, "model.json and model.weights.bin load in Neurite (nt.loadModel) and TensorFlow.js (tf.loadLayersModel)."),
      this.button,
      this.details,
    );
  }

  /** Saves each file through a temporary link, as TF.js's downloads:// does, and shows the snippet. */
  done(files: { name: string; bytes: ArrayBuffer; mime: string }[], snippet: string): void {
    for (const f of files) {
      const url = URL.createObjectURL(new Blob([f.bytes], { type: f.mime }));
      const a = h("a", { href: url, download: f.name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    this.snippet.textContent = snippet;
    this.details.hidden = false;
    this.button.disabled = false;
  }

  failed(): void {
    this.button.disabled = false;
  }
}
