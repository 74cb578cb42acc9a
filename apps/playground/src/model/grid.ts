/** The square the heatmaps cover, as in TensorFlow Playground: x1, x2 ∈ [-6, 6]. */
export const DOMAIN: readonly [number, number] = [-6, 6];

/** Grid cells per side of the boundary heatmap; one batched predict of GRID² points per frame. */
export const GRID = 50;

/**
 * Cell centres of a size×size grid over DOMAIN, row-major as an image
 * (row 0 is the top, x2 = max; column 0 is the left, x1 = min): [size², 2].
 */
export function gridPoints(size: number = GRID): Float32Array {
  const [lo, hi] = DOMAIN;
  const step = (hi - lo) / size;
  const out = new Float32Array(size * size * 2);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const k = 2 * (r * size + c);
      out[k] = lo + (c + 0.5) * step;
      out[k + 1] = hi - (r + 0.5) * step;
    }
  }
  return out;
}

/** Where a data point lands on a canvas of width×height pixels showing DOMAIN. */
export function toPixel(x1: number, x2: number, width: number, height: number): [number, number] {
  const [lo, hi] = DOMAIN;
  return [((x1 - lo) / (hi - lo)) * width, ((hi - x2) / (hi - lo)) * height];
}
