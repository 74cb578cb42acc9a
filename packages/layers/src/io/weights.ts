import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import type { Model } from "../model.js";
import { entryBytes } from "./bytes.js";
import { dequantize } from "./quantized.js";
import type { WeightsManifestEntry } from "./types.js";

/**
 * The model's weights as TF.js saves them: trainable ones first, then the
 * rest (BatchNormalization's moving statistics), named "<layer>/<weight>".
 */
export function encodeWeights(model: Model): { specs: WeightsManifestEntry[]; data: Uint8Array } {
  const vars = model.weights;
  const seen = new Set<string>();
  for (const v of vars) {
    if (v.dtype !== "float32") throw new NeuriteError("UNSUPPORTED", `save: weight "${v.name}" is ${v.dtype}; only float32 weights can be saved`);
    if (seen.has(v.name)) throw new NeuriteError("BAD_ARGUMENT", `save: two weights are named "${v.name}"; give the layers distinct names`);
    seen.add(v.name);
  }
  const floats = new Float32Array(vars.reduce((n, v) => n + v.size, 0));
  let at = 0;
  for (const v of vars) {
    floats.set(v.data() as Float32Array, at);
    at += v.size;
  }
  return { specs: vars.map((v) => ({ name: v.name, shape: [...v.shape], dtype: "float32" })), data: new Uint8Array(floats.buffer) };
}

const bad = (msg: string) => new NeuriteError("BAD_MODEL_FILE", msg);

/** Copies the weights in `data` (laid out as `specs`) into the model, matching them by name. */
export function assignWeights(model: Model, specs: readonly WeightsManifestEntry[], data: Uint8Array, where: string): void {
  const found = new Map<string, { spec: WeightsManifestEntry; offset: number }>();
  let offset = 0;
  for (const spec of specs) {
    // TF.js appends optimizer state (group "optimizer") when saving with includeOptimizer; it is not part of the model.
    if (spec.group === "optimizer") {
      offset += entryBytes(spec);
      continue;
    }
    if (spec.dtype !== "float32") throw bad(`${where}: weight "${spec.name}" has dtype ${spec.dtype}; only float32 weights are supported`);
    if (found.has(spec.name)) throw bad(`${where}: the manifest lists weight "${spec.name}" twice`);
    found.set(spec.name, { spec, offset });
    offset += entryBytes(spec);
  }
  if (offset !== data.byteLength) throw bad(`${where}: the manifest describes ${offset} bytes of weights but the data holds ${data.byteLength}`);
  const vars = model.weights;
  if (new Set(vars.map((v) => v.name)).size !== vars.length) throw bad(`${where}: two layers share a name, so their weights cannot be told apart`);
  const missing = vars.filter((v) => !found.has(v.name)).map((v) => v.name);
  const extra = [...found.keys()].filter((n) => !vars.some((v) => v.name === n));
  if (missing.length > 0 || extra.length > 0) {
    throw bad(
      `${where}: the file holds ${found.size} weights, the model built from its topology has ${vars.length}` +
        (missing.length ? `; missing: ${missing.join(", ")}` : "") + (extra.length ? `; unexpected: ${extra.join(", ")}` : ""),
    );
  }
  for (const v of vars) {
    const { spec } = found.get(v.name)!;
    if (spec.shape.length !== v.rank || spec.shape.some((d, i) => d !== v.shape[i])) {
      throw bad(`${where}: weight "${v.name}" has shape [${spec.shape}] in the file but [${v.shape}] in the model`);
    }
  }
  for (const v of vars) {
    const { spec, offset: at } = found.get(v.name)!;
    // Quantized entries (uint8/uint16/float16, see quantized.ts) are widened back to float32 here.
    if (spec.quantization) {
      const floats = dequantize(data.subarray(at, at + entryBytes(spec)), spec, where);
      nt.tidy(() => v.assign(nt.tensor(floats, [...v.shape])));
      continue;
    }
    const bytes = data.subarray(at, at + v.size * 4);
    // Float32Array views need 4-byte alignment; copy when the data does not have it.
    const floats = (data.byteOffset + at) % 4 === 0 ? new Float32Array(bytes.buffer, bytes.byteOffset, v.size) : new Float32Array(bytes.slice().buffer);
    nt.tidy(() => v.assign(nt.tensor(floats, [...v.shape])));
  }
}
