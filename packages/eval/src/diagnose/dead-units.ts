import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Activation, Dense, Model, type Layer } from "@neurite/layers";
import { asTensor, type DataInput } from "../common/tensors.js";
import { traceLayers } from "../common/trace.js";

/** Activations whose negative side is flat or nearly so: a unit that never sees a positive input has stopped learning. */
export const RELU_FAMILY: readonly string[] = ["relu", "relu6", "leakyRelu", "elu", "selu"];

/** Dead units of one layer. */
export interface DeadUnitsReport {
  layer: string;
  activation: string;
  units: number;
  deadFraction: number;
  /** Units whose pre-activation was ≤ 0 on every sample. */
  deadIndices: number[];
}

/** The pre-activation a layer feeds a ReLU-family function, or undefined when it does not. */
function preActivation(layer: Layer, input: nt.Tensor): nt.Tensor | undefined {
  if (layer instanceof Dense && RELU_FAMILY.includes(layer.activation) && layer.kernel) {
    const flat = input.rank === 2 ? input : nt.reshape(input, [-1, layer.kernel.shape[0]!]);
    const z = nt.matMul(flat, layer.kernel);
    return layer.bias ? nt.add(z, layer.bias) : z;
  }
  if (layer instanceof Activation && RELU_FAMILY.includes(layer.activation)) return nt.reshape(input, [-1, input.shape[input.rank - 1]!]);
  return undefined;
}

/**
 * The "dying ReLU" check: for every Dense (or Activation) layer with a ReLU-family
 * activation, the units whose pre-activation is ≤ 0 for every row of x. Runs in
 * inference mode, in batches of batchSize rows (default 1024).
 */
export function deadUnits(model: Model, x: DataInput, options: { batchSize?: number } = {}): DeadUnitsReport[] {
  if (!(model instanceof Model)) throw new NeuriteError("BAD_ARGUMENT", "deadUnits: expects a Model");
  const batchSize = options.batchSize ?? 1024;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new NeuriteError("BAD_ARGUMENT", `deadUnits: batchSize must be a positive integer, got ${batchSize}`);
  const xs = asTensor("deadUnits", "x", x);
  const n = xs.t.shape[0] ?? 0;
  if (n === 0) throw new NeuriteError("BAD_ARGUMENT", "deadUnits: x has no rows");
  // Largest pre-activation seen per unit, per layer, in the order layers ran.
  const maxima = new Map<Layer, Float64Array>();
  try {
    for (let start = 0; start < n; start += batchSize) {
      nt.tidy(() => {
        traceLayers(model, nt.slice(xs.t, start, Math.min(batchSize, n - start)), (layer, input) => {
          const z = preActivation(layer, input);
          if (!z) return;
          const m = nt.max(z, 0).data();
          const seen = maxima.get(layer) ?? new Float64Array(m.length).fill(-Infinity);
          for (let u = 0; u < m.length; u++) seen[u] = Math.max(seen[u]!, m[u]!);
          maxima.set(layer, seen);
        });
      });
    }
  } finally {
    if (xs.owned) xs.t.dispose();
  }
  return [...maxima].map(([layer, seen]) => {
    const deadIndices = [...seen.keys()].filter((u) => seen[u]! <= 0);
    const activation = (layer as Dense | Activation).activation;
    return { layer: layer.name, activation, units: seen.length, deadFraction: deadIndices.length / seen.length, deadIndices };
  });
}
