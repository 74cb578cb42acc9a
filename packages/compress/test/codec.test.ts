import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, expect, it } from "vitest";
import { dequantizeWeights, numberToFloat16, quantizeWeights } from "../src/index.js";

type Affine = { q: number[]; scale: number; min: number };
const fixture = JSON.parse(readFileSync(new URL("./fixtures/quantization.json", import.meta.url), "utf8")) as {
  affine: Record<string, { values: number[]; uint8: Affine; uint16: Affine }>;
  float16: { values: number[]; bits: number[] };
};

beforeAll(async () => {
  tf.env().set("PROD", true);
  await tf.setBackend("cpu");
});

/** TF.js's own decoder for one entry. */
function tfjsDecode(bytes: Uint8Array, shape: number[], quantization: object): Float32Array {
  const ab = bytes.slice().buffer;
  const t = tf.io.decodeWeights(ab, [{ name: "w", shape, dtype: "float32", quantization } as tf.io.WeightsManifestEntry]).w!;
  return t.dataSync() as Float32Array;
}

describe("affine uint8/uint16 quantization", () => {
  for (const [name, c] of Object.entries(fixture.affine)) {
    for (const dtype of ["uint8", "uint16"] as const) {
      it(`${name} (${dtype}): levels, scale and nudged min equal tfjs-converter's algorithm run by NumPy`, () => {
        const values = Float32Array.from(c.values);
        const { bytes, quantization } = quantizeWeights(values, dtype);
        const q = dtype === "uint8" ? Array.from(bytes) : Array.from(new Uint16Array(bytes.slice().buffer));
        expect(q).toEqual(c[dtype].q);
        expect(quantization).toEqual({ dtype, scale: c[dtype].scale, min: c[dtype].min });
        const back = dequantizeWeights(bytes, [values.length], quantization);
        expect(back).toEqual(tfjsDecode(bytes, [values.length], quantization));
        // Every value within half a level of where it started (constant tensors come back exactly).
        const tol = name === "constant" ? 0 : quantization.scale! / 2 + 1e-7;
        values.forEach((v, i) => expect(Math.abs(back[i]! - v)).toBeLessThanOrEqual(tol));
      });
    }
  }

  it("zero lands exactly on a level, so pruned weights stay zero", () => {
    const values = Float32Array.from(fixture.affine.sparse!.values);
    const back = dequantizeWeights(quantizeWeights(values, "uint8").bytes, [values.length], quantizeWeights(values, "uint8").quantization);
    values.forEach((v, i) => v === 0 && expect(back[i]).toBe(0));
  });

  it("refuses non-finite weights and unknown dtypes", () => {
    expect(() => quantizeWeights(Float32Array.from([1, NaN]), "uint8")).toThrow(/only finite values/);
    expect(() => quantizeWeights(Float32Array.from([1]), "int4" as "uint8")).toThrow(/dtype must be "uint8", "uint16" or "float16"/);
  });
});

describe("float16", () => {
  it("encodes as NumPy's astype(float16): ties to even, subnormals, overflow to Infinity", () => {
    const values = Float32Array.from(fixture.float16.values);
    expect(Array.from(values, numberToFloat16)).toEqual(fixture.float16.bits);
  });

  it("decodes every one of the 65536 patterns as TF.js does", () => {
    const bits = new Uint16Array(65536).map((_, i) => i);
    const ours = dequantizeWeights(new Uint8Array(bits.buffer), [65536], { dtype: "float16" });
    const theirs = tfjsDecode(new Uint8Array(bits.buffer), [65536], { dtype: "float16" });
    expect(Object.is(ours[0x8000], -0)).toBe(true);
    for (let i = 0; i < 65536; i++) if (!(Number.isNaN(ours[i]) && Number.isNaN(theirs[i]))) expect(ours[i]).toBe(theirs[i]);
  });

  it("round-trips every finite half exactly", () => {
    const bits = new Uint16Array(65536).map((_, i) => i);
    const values = dequantizeWeights(new Uint8Array(bits.buffer), [65536], { dtype: "float16" });
    const wrong = bits.filter((h) => (h & 0x7c00) !== 0x7c00 && numberToFloat16(values[h]!) !== h);
    expect(Array.from(wrong)).toEqual([]);
  });
});
