import { io, type Model } from "@neurite/layers";
import type { QuantizationDtype } from "./codec.js";
import { quantize } from "./quantize.js";

/** One row of sizeReport: a storage type and the saved bytes. */
export interface SizeRow {
  dtype: "float32" | QuantizationDtype;
  /** Bytes of the weight shards. */
  weightBytes: number;
  /** Bytes of model.json plus shards, as saved. */
  savedBytes: number;
  /** float32 saved size divided by this one. */
  ratio: number;
}

async function savedBytes(save: (h: io.MemoryHandler) => Promise<unknown>): Promise<{ weights: number; total: number }> {
  const h = io.memory();
  await save(h);
  let weights = 0, total = 0;
  for (const [path, b] of h.files) {
    total += b.byteLength;
    if (path !== "model.json") weights += b.byteLength;
  }
  return { weights, total };
}

/** The saved size of a model at float32 and at each quantization dtype (saved to a private in-memory store). */
export async function sizeReport(model: Model, dtypes: QuantizationDtype[] = ["float16", "uint8"]): Promise<SizeRow[]> {
  const base = await savedBytes((h) => model.save(h));
  const rows: SizeRow[] = [{ dtype: "float32", weightBytes: base.weights, savedBytes: base.total, ratio: 1 }];
  for (const dtype of dtypes) {
    const q = quantize(model, { dtype });
    const s = await savedBytes((h) => q.save(h));
    rows.push({ dtype, weightBytes: s.weights, savedBytes: s.total, ratio: base.total / s.total });
  }
  return rows;
}
