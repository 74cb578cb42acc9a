/**
 * The messages between the page and the training worker. The page sends the
 * state table and commands; the worker answers with the data once per
 * rebuild and a snapshot per frame (weights, losses, every layer's output on
 * the heatmap grid), which the page only draws. `run` numbers each rebuild so
 * the page drops messages of a run it has replaced.
 */
import type { AppState, DatasetName } from "../state/schema.js";
import type { Points, PreparedData } from "./dataset.js";
import type { NetworkSpec } from "./spec.js";

export type ToWorker =
  /**
   * Rebuilds what the change needs (see state/effects.ts). `csv` carries an uploaded file's text; with
   * `detect`, its problem type comes from its labels instead of the state (the data message reports it).
   */
  | { type: "configure"; state: AppState; effect: "hyper" | "model" | "data"; csv?: string; detect?: boolean }
  | { type: "play" }
  | { type: "pause" }
  /** Trains one epoch, then pauses. */
  | { type: "step" }
  /** Back to epoch 0 with the seed's initial weights. */
  | { type: "reset" }
  /** The page drew the last snapshot; the next one may come. */
  | { type: "ack" }
  /** Sets one weight (`to` ≥ 0: kernel[from, to] of `layer`) or one bias (`to` = -1: bias[from]). */
  | { type: "edit"; layer: number; from: number; to: number; value: number }
  | { type: "export" };

export interface Weights {
  /** [inputs, units] row-major. */
  kernel: Float32Array;
  bias: Float32Array;
}

export interface TestReport {
  /** Classification: accuracy, the confusion matrix (rows: true class) and ROC curves (one per class when > 2). */
  accuracy?: number;
  confusion?: number[][];
  roc?: { fpr: number[]; tpr: number[]; auc: number }[];
  /** Regression: errors and a true-vs-predicted scatter. */
  mse?: number;
  mae?: number;
  r2?: number;
  scatter?: { yTrue: Float32Array; yPred: Float32Array };
}

export interface Snapshot {
  type: "snapshot";
  run: number;
  epoch: number;
  steps: number;
  playing: boolean;
  trainLoss: number;
  testLoss: number;
  weights: Weights[];
  /** Per layer after the inputs (hidden..., output): [GRID², units] activations on the grid. */
  grid: Float32Array[];
  /** Per hidden layer: 1 where the unit's output is constant over the training set. */
  dead: Uint8Array[];
  report?: TestReport;
  /** Worker time spent on this snapshot (forward passes, metrics), for the status line. */
  ms: number;
}

export type FromWorker =
  | { type: "ready"; backend: string }
  | { type: "thumbnails"; sets: Partial<Record<DatasetName, Points & { classes: number }>> }
  | { type: "data"; run: number; data: PreparedData; spec: NetworkSpec }
  | Snapshot
  | { type: "exported"; files: { name: string; bytes: ArrayBuffer; mime: string }[]; snippet: string }
  | { type: "error"; message: string };
