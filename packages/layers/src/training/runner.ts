import * as nt from "@neurite/core";
import type { Metric } from "./metrics.js";

/** The data of one fit() call, resident on the backend. */
export interface TrainData {
  x: nt.Tensor;
  y: nt.Tensor;
  /** Per-sample weights (class weights × sample weights), if any. */
  weights?: nt.Tensor;
  batchSize: number;
}

/**
 * Trains on a run of consecutive batches of an epoch's order. The eager
 * runner steps through ops; the compiled one replays a plan in wasm.
 */
export interface BatchRunner {
  /** Batches [first, first + count) of `order`; returns each batch's loss and updates the metrics. */
  run(order: Int32Array, first: number, count: number, metrics: Metric[]): number[];
  dispose(): void;
}

export function batchCount(rows: number, batchSize: number): number {
  return Math.ceil(rows / batchSize);
}

export function batchIndices(order: Int32Array, b: number, batchSize: number): Int32Array {
  return order.subarray(b * batchSize, Math.min(order.length, (b + 1) * batchSize));
}

/** Feeds a batch's labels and predictions to host-side metrics. */
export function updateMetrics(metrics: Metric[], yTrue: nt.Tensor, yPred: nt.Tensor): void {
  if (metrics.length === 0) return;
  const yt = yTrue.data();
  const yp = yPred.data();
  const rows = yPred.shape[0] ?? 1;
  const cols = yPred.size / rows;
  for (const m of metrics) m.update(yt, yp, rows, cols, yTrue.size / rows);
}
