/** The diagram's links as geometry: curves to draw (painter.ts) and samples to find the one under the pointer. */
import { distanceToSamples, linkCurve, linkWidth, sampleCurve } from "./layout.js";

export interface LinkGeometry {
  layer: number;
  from: number;
  to: number;
  curve: number[];
  samples: Float32Array;
}

export class LinkSet {
  readonly links: LinkGeometry[] = [];

  /** `thin` scales widths down for diagrams whose nodes are smaller than the Playground's. */
  constructor(readonly thin = 1) {}

  add(layer: number, from: number, to: number, x1: number, y1: number, x2: number, y2: number): void {
    const curve = linkCurve(x1, y1, x2, y2);
    this.links.push({ layer, from, to, curve, samples: sampleCurve(curve, 16) });
  }

  /** The painter's arrays: [layer, from, to] and the 8 curve coordinates per link. */
  packed(): { ends: Int32Array; curves: Float32Array } {
    return {
      ends: Int32Array.from(this.links.flatMap((l) => [l.layer, l.from, l.to])),
      curves: Float32Array.from(this.links.flatMap((l) => l.curve)),
    };
  }

  /** The link nearest to (x, y) within its drawn half-width plus a few pixels, if any. */
  hit(x: number, y: number, weight: (l: LinkGeometry) => number): LinkGeometry | undefined {
    let best: LinkGeometry | undefined;
    let bestD = Infinity;
    for (const l of this.links) {
      const d = distanceToSamples(l.samples, x, y);
      if (d < bestD && d <= (linkWidth(weight(l)) * this.thin) / 2 + 4) {
        best = l;
        bestD = d;
      }
    }
    return best;
  }
}
