import type { Layer } from "@neurite/layers";

/** One weight's size and exact zeros. */
export interface WeightSparsity {
  layer: string;
  weight: string;
  shape: number[];
  size: number;
  zeros: number;
  sparsity: number;
}

/** sparsityReport's result: per weight and in total. */
export interface SparsityReport {
  weights: WeightSparsity[];
  /** Over every weight of the model. */
  total: { size: number; zeros: number; sparsity: number };
}

/** Exact zeros per weight of each layer, and in total. */
export function sparsityReport(model: { layers: Layer[] }): SparsityReport {
  const weights: WeightSparsity[] = [];
  for (const layer of model.layers) {
    for (const { variable: v } of layer.weightSpecs()) {
      let zeros = 0;
      for (const x of v.data()) if (x === 0) zeros++;
      weights.push({ layer: layer.name, weight: v.name, shape: [...v.shape], size: v.size, zeros, sparsity: v.size ? zeros / v.size : 0 });
    }
  }
  const size = weights.reduce((a, w) => a + w.size, 0);
  const zeros = weights.reduce((a, w) => a + w.zeros, 0);
  return { weights, total: { size, zeros, sparsity: size ? zeros / size : 0 } };
}

/** The report as an aligned text table. */
export function formatSparsityReport(r: SparsityReport): string {
  const rows = [["weight", "shape", "size", "zeros", "sparsity"], ...r.weights.map((w) => [w.weight, `[${w.shape}]`, String(w.size), String(w.zeros), `${(100 * w.sparsity).toFixed(1)}%`])];
  rows.push(["total", "", String(r.total.size), String(r.total.zeros), `${(100 * r.total.sparsity).toFixed(1)}%`]);
  const width = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join("  ")).join("\n");
}
