import { NeuriteError } from "@neurite/core";
import { io } from "@neurite/layers";

/** The storage types of quantized weights, as TF.js's weights manifest names them. */
export type QuantizationDtype = "uint8" | "uint16" | "float16";

/** A weightsManifest entry's `quantization`, as TF.js reads it. */
export interface Quantization {
  dtype: QuantizationDtype;
  scale?: number;
  min?: number;
}

/** Python's and NumPy's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Affine quantization over one tensor as tfjs-converter's quantization.py
 * does it: the range [min, max] is nudged so that 0 falls exactly on a level
 * (pruned zeros stay zero), values map to round((v − min)/scale).
 */
function affine(values: Float32Array, levels: number): { q: number[]; scale: number; min: number } {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new NeuriteError("BAD_ARGUMENT", `quantize: weights hold ${v}; only finite values can be quantized`);
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (values.length === 0) return { q: [], scale: 1, min: 0 };
  if (lo === hi) return { q: new Array(values.length).fill(0), scale: 1, min: lo };
  const scale = (hi - lo) / levels;
  let min = lo, max = hi;
  if (lo <= 0 && 0 <= hi) {
    const zero = roundHalfEven(-lo / scale);
    min = -zero * scale;
    max = levels * scale + min;
  }
  return { q: Array.from(values, (v) => roundHalfEven((Math.min(Math.max(v, min), max) - min) / scale)), scale, min };
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The IEEE 754 half-precision bit pattern nearest to v (ties to even; overflow to ±Infinity), as NumPy's astype(float16). */
export function numberToFloat16(v: number): number {
  f32[0] = v;
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  const mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    // Subnormal half: the 24-bit significand shifted right, rounded to nearest even.
    const full = mant | 0x800000;
    const shift = 14 - e;
    let m = full >>> shift;
    const rest = full & ((1 << shift) - 1), half = 1 << (shift - 1);
    if (rest > half || (rest === half && m & 1)) m++;
    return sign | m;
  }
  let h = sign | (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  // A carry out of the mantissa bumps the exponent, up to Infinity: the right result.
  if (rest > 0x1000 || (rest === 0x1000 && h & 1)) h++;
  return h;
}

/** One tensor's values encoded in `dtype`, with the manifest's quantization entry. */
export function quantizeWeights(values: Float32Array, dtype: QuantizationDtype): { bytes: Uint8Array; quantization: Quantization } {
  if (dtype === "float16") {
    const out = new Uint8Array(values.length * 2);
    const view = new DataView(out.buffer);
    values.forEach((v, i) => view.setUint16(2 * i, numberToFloat16(v), true));
    return { bytes: out, quantization: { dtype } };
  }
  if (dtype !== "uint8" && dtype !== "uint16") throw new NeuriteError("BAD_ARGUMENT", `quantize: dtype must be "uint8", "uint16" or "float16", got ${JSON.stringify(dtype)}`);
  const { q, scale, min } = affine(values, dtype === "uint8" ? 255 : 65535);
  const out = new Uint8Array(values.length * (dtype === "uint8" ? 1 : 2));
  const view = new DataView(out.buffer);
  q.forEach((v, i) => (dtype === "uint8" ? (out[i] = v) : view.setUint16(2 * i, v, true)));
  return { bytes: out, quantization: { dtype, scale, min } };
}

/** The float32 values of quantized bytes, as TF.js (and loadModel) decode them. */
export function dequantizeWeights(bytes: Uint8Array, shape: number[], quantization: Quantization): Float32Array {
  return io.dequantize(bytes, { name: "weight", shape, dtype: "float32", quantization: { ...quantization } }, "dequantizeWeights");
}
