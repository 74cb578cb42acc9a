// Dequantization of weights stored quantized (a weightsManifest entry with
// `quantization`, as TF.js's converter and @neurite/compress write them).
// Added by the compression work (issue 7): the encoders live in
// @neurite/compress; decoding lives here because the loader cannot depend on it.
import { NeuriteError } from "@neurite/core";
import type { WeightsManifestEntry } from "./types.js";

const bad = (msg: string) => new NeuriteError("BAD_MODEL_FILE", msg);

/** An IEEE 754 half-precision bit pattern as a number (exact: every half is a float32). */
export function float16ToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/**
 * The float32 values of one quantized entry, computed as TF.js's decodeWeights
 * does: uint8/uint16 as q·scale + min (affine, per tensor), float16 widened.
 */
export function dequantize(bytes: Uint8Array, entry: WeightsManifestEntry, where = "model"): Float32Array {
  const q = entry.quantization;
  if (!q) throw new NeuriteError("BAD_ARGUMENT", `dequantize: weight "${entry.name}" is not quantized`);
  if (entry.dtype !== "float32") throw bad(`${where}: weight "${entry.name}" is ${entry.dtype} quantized to ${q.dtype}; only float32 weights can be dequantized`);
  const n = entry.shape.reduce((a, b) => a * b, 1);
  const width = q.dtype === "uint8" ? 1 : q.dtype === "uint16" || q.dtype === "float16" ? 2 : 0;
  if (width === 0) throw bad(`${where}: weight "${entry.name}" has quantization dtype "${q.dtype}"; known: uint8, uint16, float16`);
  if (bytes.byteLength !== n * width) throw bad(`${where}: weight "${entry.name}" needs ${n * width} bytes of ${q.dtype}, got ${bytes.byteLength}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(n);
  if (q.dtype === "float16") {
    for (let i = 0; i < n; i++) out[i] = float16ToNumber(view.getUint16(2 * i, true));
    return out;
  }
  const { scale, min } = q;
  if (typeof scale !== "number" || typeof min !== "number" || !Number.isFinite(scale) || !Number.isFinite(min)) {
    throw bad(`${where}: weight "${entry.name}" is ${q.dtype}-quantized but its quantization lacks a finite scale and min`);
  }
  for (let i = 0; i < n; i++) out[i] = (width === 1 ? bytes[i]! : view.getUint16(2 * i, true)) * scale + min;
  return out;
}
