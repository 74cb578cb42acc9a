import * as nt from "@neurite/core";

/**
 * 0/1 masks that zero the `round(sparsity·n)` smallest-magnitude entries,
 * counted over all the weights together (global) or per weight (layer).
 * Ties go to the lower index, so the count is exact and deterministic.
 */
export function magnitudeMasks(weights: readonly nt.Variable[], sparsity: number, scope: "layer" | "global"): Float32Array[] {
  const values = weights.map((w) => w.data() as Float32Array);
  if (scope === "layer") return values.map((v) => maskOf([v], sparsity)[0]!);
  return maskOf(values, sparsity);
}

function maskOf(parts: readonly Float32Array[], sparsity: number): Float32Array[] {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const all = new Float32Array(n);
  let at = 0;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) all[at + i] = Math.abs(p[i]!);
    at += p.length;
  }
  const k = Math.round(sparsity * n);
  const keep = new Uint8Array(n).fill(1);
  if (k > 0) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => all[a]! - all[b]! || a - b);
    for (let i = 0; i < k; i++) keep[order[i]!] = 0;
  }
  at = 0;
  return parts.map((p) => {
    const m = new Float32Array(p.length);
    for (let i = 0; i < p.length; i++) m[i] = keep[at + i]!;
    at += p.length;
    return m;
  });
}
