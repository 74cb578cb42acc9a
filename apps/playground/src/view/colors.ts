/**
 * TensorFlow Playground's palette: orange for negative / class 0, blue for
 * positive / class 1, a light grey in between; more classes get further
 * distinct hues.
 */
export type RGB = [number, number, number];

export const ORANGE: RGB = [245, 147, 34];
export const BLUE: RGB = [8, 119, 189];
export const NEUTRAL: RGB = [232, 234, 235];
export const CLASS_COLORS: readonly RGB[] = [ORANGE, BLUE, [46, 160, 67], [142, 68, 173], [214, 39, 40], [120, 86, 60]];

const mix = (a: RGB, b: RGB, t: number): RGB => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/** v in [-1, 1] (clamped; NaN is neutral) → orange … grey … blue. */
export function diverging(v: number): RGB {
  if (!Number.isFinite(v)) return NEUTRAL;
  const t = Math.max(-1, Math.min(1, v));
  return t < 0 ? mix(NEUTRAL, ORANGE, -t) : mix(NEUTRAL, BLUE, t);
}

/** diverging() sampled at 511 points over [-1, 1], for painting many pixels without allocating. */
export const DIVERGING_LUT: Uint8ClampedArray = (() => {
  const lut = new Uint8ClampedArray(511 * 3);
  for (let i = 0; i < 511; i++) lut.set(diverging(i / 255 - 1).map(Math.round), 3 * i);
  return lut;
})();

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** DIVERGING_LUT as packed RGBA pixels with this alpha (for a Uint32Array view of ImageData). */
export function packedLut(alpha: number): Uint32Array {
  const out = new Uint32Array(511);
  for (let i = 0; i < 511; i++) {
    const [r, g, b] = [DIVERGING_LUT[3 * i]!, DIVERGING_LUT[3 * i + 1]!, DIVERGING_LUT[3 * i + 2]!];
    out[i] = littleEndian ? ((alpha << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | alpha) >>> 0;
  }
  return out;
}

/** classShade(cls, p) for p = 0 … 1 in 256 steps, packed like packedLut (alpha 255). */
export function packedClassLut(cls: number): Uint32Array {
  const out = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    const [r, g, b] = classShade(cls, i / 255).map(Math.round) as RGB;
    out[i] = littleEndian ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
  }
  return out;
}

/** The LUT row of a value: NaN maps to the neutral middle. */
export function lutIndex(v: number): number {
  if (!(v === v)) return 255;
  return v <= -1 ? 0 : v >= 1 ? 510 : Math.round((v + 1) * 255);
}

/** A class colour faded toward grey by (1 − confidence). */
export function classShade(cls: number, confidence: number): RGB {
  return mix(NEUTRAL, CLASS_COLORS[cls % CLASS_COLORS.length]!, Math.max(0, Math.min(1, confidence)));
}

export const css = (c: RGB, alpha = 1) => `rgba(${Math.round(c[0])}, ${Math.round(c[1])}, ${Math.round(c[2])}, ${alpha})`;

/** The colour of a data point: its class, or its regression target on the diverging scale. */
export function pointColor(y: number, classes: number): RGB {
  return classes === 0 ? diverging(y) : CLASS_COLORS[y % CLASS_COLORS.length]!;
}
