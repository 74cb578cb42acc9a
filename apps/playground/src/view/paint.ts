/** Grid values → pixels: one ImageData of GRID×GRID per heatmap, scaled up by the canvas. */
import { GRID } from "../model/grid.js";
import type { OutputActivation } from "../model/spec.js";
import { classShade, lutIndex, packedClassLut, packedLut, type RGB } from "./colors.js";

/** The Playground paints heatmaps translucent over white: softer colours, points stand out. */
export const HEAT_ALPHA = 170;

function put(img: ImageData, i: number, c: RGB, alpha: number): void {
  const d = img.data;
  d[4 * i] = c[0];
  d[4 * i + 1] = c[1];
  d[4 * i + 2] = c[2];
  d[4 * i + 3] = alpha;
}

const luts = new Map<number, Uint32Array>();
const lutFor = (alpha: number) => luts.get(alpha) ?? luts.set(alpha, packedLut(alpha)).get(alpha)!;
const pixels = (img: ImageData) => new Uint32Array(img.data.buffer, img.data.byteOffset, img.width * img.height);

/**
 * One unit's column of a [GRID², units] activation array, on the diverging
 * scale (value · scale + shift), into an image of GRID/step pixels a side
 * (every step-th cell: the diagram's small nodes need no more).
 */
export function paintUnit(img: ImageData, values: Float32Array, units: number, unit: number, alpha = 255, scale = 1, shift = 0, step = 1): void {
  const px = pixels(img);
  const lut = lutFor(alpha);
  const side = GRID / step;
  for (let r = 0; r < side; r++) {
    const row = r * step * GRID;
    for (let c = 0; c < side; c++) px[r * side + c] = lut[lutIndex(values[(row + c * step) * units + unit]! * scale + shift)]!;
  }
}

const classLuts = new Map<number, Uint32Array>();

/** A softmax unit: its class's probability as that class's colour over grey (sampled like paintUnit). */
export function paintClassUnit(img: ImageData, values: Float32Array, units: number, unit: number, step = 1): void {
  const px = pixels(img);
  const lut = classLuts.get(unit) ?? classLuts.set(unit, packedClassLut(unit)).get(unit)!;
  const side = GRID / step;
  for (let r = 0; r < side; r++) {
    const row = r * step * GRID;
    for (let c = 0; c < side; c++) {
      const p = values[(row + c * step) * units + unit]!;
      px[r * side + c] = lut[p >= 0 && p <= 1 ? Math.round(p * 255) : 0]!;
    }
  }
}

/** Cells per side of the diagram's node heatmaps (the hover card shows the full GRID). */
export const NODE_STEP = 2;

/** Pixels per side of the output image: grid values are interpolated up to it, so boundaries come out smooth. */
export const OUTPUT_RES = 160;

/** For each output pixel along an axis: the two grid cells around it and the weight of the second. */
function axisSamples(res: number): { i0: Int32Array; i1: Int32Array; t: Float32Array } {
  const i0 = new Int32Array(res), i1 = new Int32Array(res), t = new Float32Array(res);
  for (let p = 0; p < res; p++) {
    const g = Math.min(GRID - 1, Math.max(0, ((p + 0.5) / res) * GRID - 0.5));
    i0[p] = Math.floor(g);
    i1[p] = Math.min(GRID - 1, i0[p]! + 1);
    t[p] = g - i0[p]!;
  }
  return { i0, i1, t };
}
const AXIS = axisSamples(OUTPUT_RES);

/** Bilinear value of channel `c` (of `units`) at output pixel (row, col). */
function sample(v: Float32Array, units: number, c: number, row: number, col: number): number {
  const { i0, i1, t } = AXIS;
  const r0 = i0[row]! * GRID, r1 = i1[row]! * GRID, c0 = i0[col]!, c1 = i1[col]!, tx = t[col]!, ty = t[row]!;
  const top = v[(r0 + c0) * units + c]! * (1 - tx) + v[(r0 + c1) * units + c]! * tx;
  const bottom = v[(r1 + c0) * units + c]! * (1 - tx) + v[(r1 + c1) * units + c]! * tx;
  return top * (1 - ty) + bottom * ty;
}

/**
 * The network's output at OUTPUT_RES²: a sigmoid probability p as 2p − 1, a
 * linear value as is, a softmax as its winning class faded by how sure it
 * is. Discretized, every pixel takes its side's (or class's) full colour.
 */
export function paintOutput(img: ImageData, out: Float32Array, activation: OutputActivation, units: number, discretize: boolean): void {
  const px = pixels(img);
  const lut = lutFor(HEAT_ALPHA);
  const probs = new Float32Array(units);
  for (let row = 0; row < OUTPUT_RES; row++) {
    for (let col = 0; col < OUTPUT_RES; col++) {
      const i = row * OUTPUT_RES + col;
      if (activation !== "softmax") {
        const raw = sample(out, 1, 0, row, col);
        const v = activation === "sigmoid" ? 2 * raw - 1 : raw;
        px[i] = lut[lutIndex(discretize ? Math.sign(v) : v)]!;
        continue;
      }
      let best = 0;
      for (let c = 0; c < units; c++) {
        probs[c] = sample(out, units, c, row, col);
        if (probs[c]! > probs[best]!) best = c;
      }
      const conf = discretize ? 1 : (probs[best]! - 1 / units) / (1 - 1 / units);
      put(img, i, classShade(best, conf), HEAT_ALPHA);
    }
  }
}
