import { NeuriteError } from "@neurite/core";
import { io, type IOHandler, type Model, type ModelArtifacts, type SaveResult, type Sequential } from "@neurite/layers";
import { quantizeWeights, type QuantizationDtype } from "./codec.js";

/** Options of quantize: the storage type and which weights. */
export interface QuantizeArgs {
  dtype: QuantizationDtype;
  /** Which weights to quantize, by manifest name (default: every float32 weight). */
  weights?: (name: string) => boolean;
}

type Entry = NonNullable<ModelArtifacts["weightSpecs"]>[number];

function bytesOf(a: ModelArtifacts): Uint8Array {
  const d = a.weightData;
  if (d === undefined) return new Uint8Array(0);
  if (!Array.isArray(d)) return new Uint8Array(d);
  const out = new Uint8Array(d.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of d) {
    out.set(new Uint8Array(b), at);
    at += b.byteLength;
  }
  return out;
}

/** TF.js artifacts with their float32 weights re-encoded (the manifest entries gain `quantization`). */
export function quantizeArtifacts(a: ModelArtifacts, args: QuantizeArgs): ModelArtifacts {
  const data = bytesOf(a);
  const specs: Entry[] = [];
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const e of a.weightSpecs ?? []) {
    const n = e.shape.reduce((x, y) => x * y, 1);
    if (e.quantization || e.dtype !== "float32") throw new NeuriteError("BAD_ARGUMENT", `quantize: weight "${e.name}" is already ${e.quantization?.dtype ?? e.dtype}; quantize float32 artifacts`);
    const raw = data.subarray(at, at + 4 * n);
    at += 4 * n;
    if (e.group === "optimizer" || (args.weights && !args.weights(e.name))) {
      specs.push({ ...e });
      parts.push(raw);
      continue;
    }
    const floats = new Float32Array(raw.slice().buffer);
    const { bytes, quantization } = quantizeWeights(floats, args.dtype);
    specs.push({ ...e, quantization: { ...quantization } });
    parts.push(bytes);
  }
  if (at !== data.byteLength) throw new NeuriteError("BAD_ARGUMENT", `quantize: weightSpecs describe ${at} bytes but weightData holds ${data.byteLength}`);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return { ...a, weightSpecs: specs, weightData: out.buffer };
}

/** A model's weights quantized for saving: TF.js-format artifacts that TF.js and loadModel both read. */
export class QuantizedModel {
  constructor(readonly artifacts: ModelArtifacts, readonly dtype: QuantizationDtype) {}

  /** Saves through the same handlers as model.save ("file://…", "memory://…", an IOHandler). */
  save(target: string | IOHandler): Promise<SaveResult> {
    return io.resolveHandler(target, "save").save!(this.artifacts);
  }

  /** The model as loading the saved files gives it: weights dequantized to float32 (not compiled). */
  toModel(): Sequential {
    return io.modelFromArtifacts(this.artifacts, { compile: false }, `quantized (${this.dtype})`);
  }

  /** Bytes of weight data, quantized. */
  get weightBytes(): number {
    return (this.artifacts.weightData as ArrayBuffer).byteLength;
  }
}

/**
 * Quantizes every float32 weight of a Sequential model, per tensor: "uint8"
 * (affine, ≈4× smaller), "uint16" (≈2×, near-lossless) or "float16" (≈2×).
 */
export function quantize(model: Model, args: QuantizeArgs): QuantizedModel {
  if (!args || !["uint8", "uint16", "float16"].includes(args.dtype)) {
    throw new NeuriteError("BAD_ARGUMENT", `quantize: dtype must be "uint8", "uint16" or "float16", got ${JSON.stringify(args?.dtype)}`);
  }
  return new QuantizedModel(quantizeArtifacts(io.modelArtifacts(model), args), args.dtype);
}
