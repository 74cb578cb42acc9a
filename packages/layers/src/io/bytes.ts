import { NeuriteError } from "@neurite/core";
import type { ModelArtifacts, SaveResult, WeightsManifestEntry } from "./types.js";

/** Bytes per element of the dtypes a manifest may name (quantized weights are stored in their quantization dtype). */
const DTYPE_BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

/** How many bytes one manifest entry takes in the shards. */
export function entryBytes(e: WeightsManifestEntry): number {
  const dtype = e.quantization?.dtype ?? e.dtype;
  const per = DTYPE_BYTES[dtype];
  if (per === undefined) throw new NeuriteError("BAD_MODEL_FILE", `weight "${e.name}": unknown dtype "${dtype}"`);
  return e.shape.reduce((a, b) => a * b, 1) * per;
}

/** Float32Array bytes are the platform's; the format is little-endian, which every runtime we target is. */
export function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
    throw new NeuriteError("UNSUPPORTED", "model IO: big-endian platforms are not supported (weights are little-endian float32)");
  }
}

/** Lower-case hex SHA-256 through WebCrypto (Node ≥ 20, browsers, Bun, Deno). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** weightData as one byte view, whether it is one buffer or TF.js's list of buffers. */
export function weightBytes(data: ModelArtifacts["weightData"]): Uint8Array {
  if (data === undefined) return new Uint8Array(0);
  return Array.isArray(data) ? concatBytes(data.map((b) => new Uint8Array(b))) : new Uint8Array(data);
}

/** An ArrayBuffer holding exactly these bytes (TF.js handlers expect a buffer, not a view). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : (bytes.slice().buffer as ArrayBuffer);
}

/** TF.js's SaveResult for a set of artifacts. */
export function saveResult(a: ModelArtifacts): SaveResult {
  const utf8 = (v: unknown) => (v === undefined ? 0 : new TextEncoder().encode(JSON.stringify(v)).byteLength);
  return {
    modelArtifactsInfo: {
      dateSaved: new Date(),
      modelTopologyType: "JSON",
      modelTopologyBytes: utf8(a.modelTopology),
      weightSpecsBytes: utf8(a.weightSpecs),
      weightDataBytes: [a.weightData ?? []].flat().reduce((n, b) => n + b.byteLength, 0),
    },
  };
}
