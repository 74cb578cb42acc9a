/** The diagram painter's worker: draws links and unit heatmaps on the canvas the page handed over. */
import { DiagramPainter, type PainterMessage } from "./painter.js";

// Typed against the page's DOM lib (painter.ts is shared with the page), so the worker scope is declared by hand.
const scope = self as unknown as { onmessage: ((e: MessageEvent<PainterMessage>) => void) | null };

let painter: DiagramPainter | undefined;
scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === "init") painter = new DiagramPainter(m.canvas);
  else painter?.receive(m);
};
