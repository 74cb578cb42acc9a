import * as nt from "@neurite/core";
import { PlanWriter, type KernelModule } from "@neurite/kernels";
import { ACTIVATIONS, type Analysis, type Node } from "./analyze.js";

/** Allocations of one fit, freed together. */
export class Arena {
  private readonly ptrs: number[] = [];
  constructor(readonly mod: KernelModule) {}
  floats(n: number): number {
    return this.keep(this.mod.allocFloats(Math.max(1, n)));
  }
  ints(n: number): number {
    return this.keep(this.mod.allocInts(Math.max(1, n)));
  }
  bytes(n: number): number {
    return this.keep(this.mod.heap.alloc(Math.max(16, n)));
  }
  keep(ptr: number): number {
    this.ptrs.push(ptr);
    return ptr;
  }
  free(): void {
    for (const p of this.ptrs.splice(0)) this.mod.free(p);
  }
}

/** Where each tensor of a step lives: one set for the full batch size, shared by the tail plan. */
export interface Buffers {
  x: number;
  xRows: number;
  labels: number;
  weights: number;
  idx: number;
  batch: number;
  /** Gathered batch: inputs, labels, sample weights. */
  X: number;
  Y: number;
  W: number;
  /** Per node: output, gradient of the output, dropout mask. */
  out: number[];
  grad: number[];
  mask: number[];
  /** Gradient of each trainable variable. */
  varGrad: Map<nt.Variable, number>;
}

const width = (n: Node) => (n.kind === "dense" ? n.units : n.width);

export function allocate(a: Analysis, arena: Arena, data: { x: number; xRows: number; labels: number; weights: number; batch: number }): Buffers {
  const B = data.batch;
  const fl = (w: number) => arena.floats(B * w);
  const varGrad = new Map<nt.Variable, number>();
  for (const n of a.nodes) {
    if (n.kind !== "dense") continue;
    for (const v of [n.kernel, n.bias]) if (v?.trainable) varGrad.set(v, arena.floats(v.size));
  }
  return {
    ...data,
    idx: arena.ints(data.xRows),
    X: fl(a.inWidth),
    Y: a.sparse ? arena.ints(B) : fl(a.outWidth),
    W: data.weights ? fl(1) : 0,
    out: a.nodes.map((n) => fl(width(n))),
    grad: a.nodes.map((n) => fl(width(n))),
    mask: a.nodes.map((n) => (n.kind === "dropout" ? fl(n.width) : 0)),
    varGrad,
  };
}

/** Index of the first node whose weights train: nothing below it needs a gradient. */
export function firstTrainable(nodes: readonly Node[]): number {
  return nodes.findIndex((n) => n.kind === "dense" && (n.kernel.trainable || !!n.bias?.trainable));
}

function forward(w: PlanWriter, n: Node, m: number, x: number, y: number, mask: number): void {
  if (n.kind === "dense") {
    w.op("sgemm", 0, 0, m, n.units, n.inDim, 1, x, n.inDim, n.kernel.ptr, n.units, 0, y, n.units);
    if (n.bias) w.op("biasAdd", m, n.units, y, n.bias.ptr, y);
  } else if (n.kind === "dropout") w.op("dropout", m * n.width, x, y, mask, n.rate, n.slot);
  else if (n.act === "softmax") w.op("softmax", m, n.width, x, y);
  else if (n.act === "logSoftmax") w.op("logSoftmax", m, n.width, x, y);
  else w.op("activation", ACTIVATIONS[n.act]![0], m * n.width, ACTIVATIONS[n.act]![1], x, y);
}

/** Gradients of one node: its weights' (if they train) and its input's (dx ≠ 0). */
function backward(w: PlanWriter, n: Node, m: number, b: Buffers, x: number, y: number, dy: number, dx: number, mask: number): void {
  if (n.kind === "dense") {
    const gW = b.varGrad.get(n.kernel), gb = n.bias && b.varGrad.get(n.bias);
    // The eager tape's transposes: dW = xᵀ·dy, dx = dy·Wᵀ, db = column sums of dy.
    if (gW) w.op("sgemm", 1, 0, n.inDim, n.units, m, 1, x, n.inDim, dy, n.units, 0, gW, n.units);
    if (gb) w.op("biasGrad", m, n.units, dy, gb);
    if (dx) w.op("sgemm", 0, 1, m, n.inDim, n.units, 1, dy, n.units, n.kernel.ptr, n.units, 0, dx, n.inDim);
  } else if (!dx) return;
  else if (n.kind === "dropout") w.op("dropoutBackward", m * n.width, dy, mask, dx);
  else if (n.act === "softmax") w.op("softmaxBackward", m, n.width, y, dy, dx);
  else if (n.act === "logSoftmax") w.op("logSoftmaxBackward", m, n.width, y, dy, dx);
  else w.op("activationBackward", ACTIVATIONS[n.act]![0], m * n.width, ACTIVATIONS[n.act]![1], x, y, dy, dx);
}

/** Gather, forward, loss, metrics and backward of a step of m rows (updates are appended by the caller). */
export function emitStep(w: PlanWriter, a: Analysis, b: Buffers, m: number): void {
  const { nodes } = a;
  const B = b.batch;
  w.op("gather", b.x, b.xRows, a.inWidth, b.idx, B, m, b.X, 0);
  w.op("gather", b.labels, b.xRows, a.sparse ? 1 : a.outWidth, b.idx, B, m, b.Y, a.sparse ? 1 : 0);
  if (b.W) w.op("gather", b.weights, b.xRows, 1, b.idx, B, m, b.W, 0);
  const input = (i: number) => (i === 0 ? b.X : b.out[i - 1]!);
  const last = nodes.length - 1;
  // A fused loss reads the logits (the last activation's input); its output is computed only for the metrics.
  const lossAt = a.fused ? last - 1 : last;
  for (let i = 0; i <= lossAt; i++) forward(w, nodes[i]!, m, input(i), b.out[i]!, b.mask[i]!);
  if (a.fused && a.metrics.length) forward(w, nodes[last]!, m, input(last), b.out[last]!, 0);
  const start = firstTrainable(nodes);
  const pred = lossAt >= 0 ? b.out[lossAt]! : b.X;
  const dpred = start >= 0 ? b.grad[lossAt]! : 0;
  w.op("loss", a.loss, m, a.outWidth, pred, b.Y, b.W, dpred, a.lossParam);
  a.metrics.forEach((kind, slot) => w.op("metric", kind, m, a.outWidth, last >= 0 ? b.out[last]! : b.X, b.Y, slot));
  if (start < 0) return;
  for (let i = lossAt; i >= start; i--) {
    const dx = i > start ? b.grad[i - 1]! : 0;
    backward(w, nodes[i]!, m, b, input(i), b.out[i]!, b.grad[i]!, dx, b.mask[i]!);
  }
}
