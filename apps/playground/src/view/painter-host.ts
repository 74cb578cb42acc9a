/** Where the diagram painter runs: its own worker when the canvas can be transferred, else this page. */
import { DiagramPainter, type PainterMessage } from "./painter.js";

/** Sends painter messages to a worker owning the canvas, or, where canvases cannot be transferred, paints here. */
export function painterFor(canvas: HTMLCanvasElement): (m: PainterMessage, transfer?: Transferable[]) => void {
  if (typeof canvas.transferControlToOffscreen !== "function" || typeof Worker === "undefined") {
    const local = new DiagramPainter(canvas);
    return (m) => local.receive(m);
  }
  const worker = new Worker(new URL("./diagram.js", import.meta.url), { type: "module", name: "neurite-playground-diagram" });
  const offscreen = canvas.transferControlToOffscreen();
  worker.postMessage({ type: "init", canvas: offscreen } satisfies PainterMessage, [offscreen]);
  return (m, transfer = []) => worker.postMessage(m, transfer);
}
