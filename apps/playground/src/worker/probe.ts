/** Forward passes that keep every layer's output: heatmaps, losses and dead units come from them. */
import * as nt from "neurite";
import type { LossName } from "../model/spec.js";
import type { Network } from "./network.js";

/**
 * Each layer's output on x, as [rows, units] arrays (inference mode). The
 * layers are built, so call() runs them without apply()'s per-call checks,
 * a quarter of this pass's time on a 6×8 network.
 */
export function forwardAll(net: Network, x: nt.Tensor): Float32Array[] {
  return nt.tidy(() => {
    const out: Float32Array[] = [];
    let h = x;
    for (const layer of net.dense) {
      h = layer.call(h, { training: false });
      out.push(h.data() as Float32Array);
    }
    return out;
  });
}

/** The data loss (no regularization penalty, as the Playground shows it) of outputs against labels. */
export function lossOf(loss: LossName, labels: nt.Tensor, output: Float32Array, units: number): number {
  return nt.tidy(() => nt.losses[loss](labels, nt.tensor(output, [output.length / units, units])).item());
}

/** A unit is dead when its output barely moves over the whole training set (a ReLU stuck at 0, a saturated tanh). */
export const DEAD_RANGE = 1e-3;

/** Per layer, 1 for each unit whose output range over the rows is below DEAD_RANGE. */
export function deadUnits(outputs: Float32Array, units: number): Uint8Array {
  const rows = outputs.length / units;
  const lo = new Float32Array(units).fill(Infinity);
  const hi = new Float32Array(units).fill(-Infinity);
  for (let r = 0; r < rows; r++) {
    for (let u = 0; u < units; u++) {
      const v = outputs[r * units + u]!;
      if (v < lo[u]!) lo[u] = v;
      if (v > hi[u]!) hi[u] = v;
    }
  }
  return Uint8Array.from(lo, (l, u) => (rows > 0 && hi[u]! - l < DEAD_RANGE ? 1 : 0));
}
