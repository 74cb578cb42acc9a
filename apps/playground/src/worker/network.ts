/** Builds the nt model a NetworkSpec describes, and reads and edits its weights for the diagram. */
import * as nt from "neurite";
import type { OptimizerName } from "../state/schema.js";
import type { Weights } from "../model/protocol.js";
import type { NetworkSpec } from "../model/spec.js";

export function makeOptimizer(name: OptimizerName, learningRate: number): nt.Optimizer {
  switch (name) {
    case "sgd": return nt.optimizers.sgd({ learningRate });
    case "momentum": return nt.optimizers.sgd({ learningRate, momentum: 0.9 });
    case "adam": return nt.optimizers.adam({ learningRate });
    case "rmsprop": return nt.optimizers.rmsprop({ learningRate });
  }
}

export interface Network {
  model: nt.Sequential;
  dense: nt.Dense[];
  optimizer: nt.Optimizer;
}

/** A compiled Sequential of Dense layers, initialised from the spec's seed (the same seed gives the same weights). */
export function buildNetwork(spec: NetworkSpec): Network {
  nt.setSeed(spec.seed);
  const { kind, rate } = spec.regularization;
  const reg = () => (kind === "none" ? undefined : nt.regularizers[kind](rate));
  const sizes = [...spec.hidden.map((units) => ({ units, activation: spec.activation as string })), spec.output];
  const dense = sizes.map((l, i) =>
    nt.layers.dense({ units: l.units, activation: l.activation, kernelRegularizer: reg(), ...(i === 0 && { inputShape: [spec.features.length] }) }),
  );
  const model = nt.sequential(dense);
  model.ensureBuilt();
  const optimizer = makeOptimizer(spec.optimizer.name, spec.optimizer.learningRate);
  model.compile({ optimizer, loss: spec.loss });
  return { model, dense, optimizer };
}

/** Copies of every layer's kernel and bias, for the page (transferable). */
export function readWeights(net: Network): Weights[] {
  return net.dense.map((d) => ({ kernel: d.kernel!.data() as Float32Array, bias: d.bias!.data() as Float32Array }));
}

/** Sets kernel[from, to] of a layer, or bias[from] when `to` is -1. */
export function editWeight(net: Network, layer: number, from: number, to: number, value: number): void {
  const d = net.dense[layer];
  if (!d || !Number.isFinite(value)) throw new RangeError(`no weight at layer ${layer} or value ${value} is not a number`);
  const v = to < 0 ? d.bias! : d.kernel!;
  const index = to < 0 ? from : from * d.units + to;
  if (!(index >= 0 && index < v.size)) throw new RangeError(`layer ${layer} has no weight (${from}, ${to})`);
  const values = v.data() as Float32Array;
  values[index] = value;
  nt.tidy(() => v.assign(nt.tensor(values, v.shape)));
}
