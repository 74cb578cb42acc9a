/** Where the diagram's nodes sit: columns for features, hidden layers and outputs; pure arithmetic. */

export interface DiagramLayout {
  node: number;
  width: number;
  height: number;
  /** Left edge of each column's nodes. */
  columnX: number[];
  /** Top edge of node i in a column. */
  nodeY(i: number): number;
}

/** Node size shrinks as columns get taller, so a 32-neuron layer still fits. */
export function nodeSize(maxRows: number): number {
  return maxRows <= 8 ? 32 : maxRows <= 12 ? 26 : maxRows <= 20 ? 18 : 13;
}

/** Columns spread evenly over the width, the first one leaving room for the feature labels on its left. */
export function diagramLayout(columns: number[], width: number, labelRoom = 56): DiagramLayout {
  const maxRows = Math.max(...columns);
  const node = nodeSize(maxRows);
  const pitch = Math.round(node * 1.38);
  const right = 8;
  const span = width - labelRoom - right - node;
  const columnX = columns.map((_, i) => Math.round(labelRoom + (columns.length === 1 ? 0 : (span * i) / (columns.length - 1))));
  return { node, width, height: maxRows * pitch - (pitch - node) + 16, columnX, nodeY: (i) => 8 + i * pitch };
}

/** The cubic Bézier between two nodes' facing edges: start, two controls halfway across, end. */
export function linkCurve(x1: number, y1: number, x2: number, y2: number): [number, number, number, number, number, number, number, number] {
  const mx = (x1 + x2) / 2;
  return [x1, y1, mx, y1, mx, y2, x2, y2];
}

/** `n` + 1 points along a cubic Bézier, flattened [x0, y0, x1, y1, …]. */
export function sampleCurve(c: readonly number[], n: number): Float32Array {
  const out = new Float32Array(2 * (n + 1));
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const a = (1 - t) ** 3, b = 3 * (1 - t) ** 2 * t, d = 3 * (1 - t) * t * t, e = t ** 3;
    out[2 * i] = a * c[0]! + b * c[2]! + d * c[4]! + e * c[6]!;
    out[2 * i + 1] = a * c[1]! + b * c[3]! + d * c[5]! + e * c[7]!;
  }
  return out;
}

/** Distance from (x, y) to a polyline of samples (the link's shape, for hit tests). */
export function distanceToSamples(samples: Float32Array, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i + 3 < samples.length; i += 2) {
    const ax = samples[i]!, ay = samples[i + 1]!, bx = samples[i + 2]!, by = samples[i + 3]!;
    const dx = bx - ax, dy = by - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** TensorFlow Playground's link width: |w| from 0 to 5 maps to 1 to 10 px, clamped. */
export function linkWidth(w: number): number {
  const a = Number.isFinite(w) ? Math.min(5, Math.abs(w)) : 0;
  return 1 + (a / 5) * 9;
}
