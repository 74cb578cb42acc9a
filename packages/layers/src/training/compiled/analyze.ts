import * as nt from "@neurite/core";
import { Activation as Kind, PlanLoss, PlanMetric } from "@neurite/kernels";
import type { ActivationId } from "../../activations.js";
import { Activation, Dropout, Flatten, InputLayer } from "../../layers/basic.js";
import { Dense } from "../../layers/dense.js";
import type { Sequential } from "../../sequential.js";
import { sequentialRef } from "../../sequential-ref.js";
import type { Trainer } from "../trainer.js";
import type { TrainData } from "../runner.js";

/** One step of the chain the plan computes: x·W + b, an activation, or dropout. */
export type Node =
  | { kind: "dense"; inDim: number; units: number; kernel: nt.Variable; bias?: nt.Variable }
  | { kind: "act"; act: ActivationId; width: number }
  | { kind: "dropout"; rate: number; width: number; slot: number };

/** What the compiler needs: the chain, the loss op and the label layout, or why the step must stay eager. */
export interface Analysis {
  nodes: Node[];
  inWidth: number;
  outWidth: number;
  loss: number;
  /** eps (cross-entropies on probabilities) or delta (huber). */
  lossParam: number;
  /** The final activation folded into the loss, as Keras does: softmax (+ cross-entropy) or sigmoid (+ BCE). */
  fused: boolean;
  sparse: boolean;
  metrics: number[];
  dropouts: Dropout[];
}

export class Unsupported extends Error {}
const no = (why: string): never => {
  throw new Unsupported(why);
};

const LOSSES: Record<string, [number, number]> = {
  meanSquaredError: [PlanLoss.meanSquaredError, 0],
  meanAbsoluteError: [PlanLoss.meanAbsoluteError, 0],
  huber: [PlanLoss.huber, 1],
  binaryCrossentropy: [PlanLoss.binaryCrossEntropy, nt.losses.EPSILON],
  categoricalCrossentropy: [PlanLoss.categoricalCrossEntropy, nt.losses.EPSILON],
  sparseCategoricalCrossentropy: [PlanLoss.sparseCategoricalCrossEntropy, nt.losses.EPSILON],
};

/** Kernel kind and alpha of each activation, as layers/activations.ts calls them eagerly. */
export const ACTIVATIONS: Partial<Record<ActivationId, [number, number]>> = {
  relu: [Kind.relu, 0], leakyRelu: [Kind.leakyRelu, 0.2], elu: [Kind.elu, 1], selu: [Kind.selu, 0],
  sigmoid: [Kind.sigmoid, 0], tanh: [Kind.tanh, 0], gelu: [Kind.gelu, 0], softplus: [Kind.softplus, 0],
  softsign: [Kind.softsign, 0], swish: [Kind.swish, 0], silu: [Kind.swish, 0], relu6: [Kind.relu6, 0],
  hardSigmoid: [Kind.hardSigmoid, 0],
};

function chain(model: Sequential, inShape: number[]): { nodes: Node[]; dropouts: Dropout[]; width: number } {
  const nodes: Node[] = [];
  const dropouts: Dropout[] = [];
  const seen = new Set<unknown>();
  let shape = inShape;
  const flat = (l: { name: string }) => (shape.length === 1 ? shape[0]! : no(`${l.name} gets per-sample shape [${shape}]; only rank-1 samples (after Flatten) compile`));
  const act = (a: ActivationId, l: { name: string }) => {
    if (a === "linear") return;
    if (a !== "softmax" && a !== "logSoftmax" && !ACTIVATIONS[a]) no(`activation "${a}" of ${l.name} is not compiled`);
    nodes.push({ kind: "act", act: a, width: flat(l) });
  };
  for (const l of model.layers) {
    if (seen.has(l)) no(`layer ${l.name} appears twice (shared weights)`);
    seen.add(l);
    const cls = l.constructor;
    if (cls === InputLayer) continue;
    if (cls === Flatten) shape = [shape.reduce((a, b) => a * b, 1)];
    else if (cls === Dense) {
      const d = l as Dense;
      if (d.activityRegularizer) no(`${d.name} has an activity regularizer`);
      const inDim = flat(d);
      if (inDim !== d.kernel!.shape[0]) no(`${d.name} expects width ${d.kernel!.shape[0]}, gets ${inDim}`);
      nodes.push({ kind: "dense", inDim, units: d.units, kernel: d.kernel!, bias: d.bias });
      shape = [d.units];
      act(d.activation, d);
    } else if (cls === Activation) act((l as Activation).activation, l);
    else if (cls === Dropout) {
      const dr = l as Dropout;
      if (dr.rate > 0) {
        nodes.push({ kind: "dropout", rate: dr.rate, width: flat(dr), slot: dropouts.length });
        dropouts.push(dr);
      }
    } else no(`layer ${l.name} (${l.className()}) is not supported by the compiled step`);
  }
  return { nodes, dropouts, width: flat({ name: "the output" }) };
}

function labels(name: string, y: nt.Tensor, rows: number, outWidth: number): boolean {
  const sparse = name === "sparseCategoricalCrossentropy";
  if (sparse) {
    if (y.size !== rows) no("sparse labels must hold one class per row");
    const ids = y.data();
    for (const c of ids) if (!Number.isInteger(c) || c < 0 || c >= outWidth) no(`label ${c} is not a class index in [0, ${outWidth})`);
  } else if (y.size !== rows * outWidth) no(`labels [${y.shape}] do not match the output width ${outWidth}`);
  return sparse;
}

const METRICS: Record<string, number> = PlanMetric;

/** Decides whether this fit can run as a plan; throws Unsupported with the reason otherwise. */
export function analyze(t: Trainer, data: TrainData, fuse: boolean): Analysis {
  const model = t.model;
  const Seq = sequentialRef.cls;
  if (!Seq || !(model instanceof Seq) || model.call !== Seq.prototype.call) no("only Sequential models compile");
  if (!t.loss.builtin) no(`custom loss "${t.loss.name}"`);
  const [loss0, lossParam] = LOSSES[t.loss.name] ?? no(`loss "${t.loss.name}" is not compiled`);
  const { x, y, weights } = data;
  if (x.dtype !== "float32") no("x is not float32");
  const rows = x.shape[0]!;
  const { nodes, dropouts, width } = chain(model as Sequential, x.shape.slice(1));
  const inWidth = x.size / rows;
  const sparse = labels(t.loss.name, y, rows, width);
  if (weights && (weights.size !== rows || weights.dtype !== "float32")) no("sample weights must be float32, one per row");
  const be = nt.engine.backend;
  for (const tensor of [x, y, weights, ...model.weights]) if (tensor && tensor.backend !== be) no("data or weights live on another backend");
  const last = nodes[nodes.length - 1];
  const lastAct = last?.kind === "act" ? last.act : undefined;
  let loss = loss0;
  let fused = false;
  if (fuse && lastAct === "softmax" && (loss0 === PlanLoss.categoricalCrossEntropy || loss0 === PlanLoss.sparseCategoricalCrossEntropy)) {
    loss = sparse ? PlanLoss.sparseSoftmaxCrossEntropy : PlanLoss.softmaxCrossEntropy;
    fused = true;
  } else if (fuse && lastAct === "sigmoid" && loss0 === PlanLoss.binaryCrossEntropy) {
    loss = PlanLoss.sigmoidCrossEntropy;
    fused = true;
  }
  const metrics = t.metrics.map((m) => {
    const kind = m.kind && m.add ? m.kind : no(`metric ${m.name} is host-only`);
    // Elementwise metrics and categorical accuracy read labels shaped like the output; sparse accuracy reads class ids.
    if ((kind === "sparseCategoricalAccuracy") !== sparse) no(`metric ${m.name} does not match the ${sparse ? "sparse" : "dense"} labels`);
    return METRICS[kind]!;
  });
  return { nodes, inWidth, outWidth: width, loss, lossParam, fused, sparse, metrics, dropouts };
}
