/** One run: the network a state describes on the current data, its tensors and batch schedule, and its snapshots. */
import * as nt from "neurite";
import type { PreparedData } from "../model/dataset.js";
import { featureMatrix } from "../model/features.js";
import { GRID, gridPoints } from "../model/grid.js";
import type { Snapshot } from "../model/protocol.js";
import { BatchSchedule } from "../model/schedule.js";
import { networkSpec, type NetworkSpec } from "../model/spec.js";
import type { AppState } from "../state/schema.js";
import { buildNetwork, readWeights, type Network } from "./network.js";
import { deadUnits, forwardAll, lossOf } from "./probe.js";
import { testReport } from "./report.js";

export interface Run {
  spec: NetworkSpec;
  net: Network;
  trainX: nt.Tensor;
  trainY: nt.Tensor;
  testX: nt.Tensor;
  testY: nt.Tensor;
  /** The features of the heatmap grid's cell centres. */
  gridX: nt.Tensor;
  schedule: BatchSchedule;
}

/** Labels as the loss wants them: class ids for softmax, a [n, 1] column otherwise. */
function labels(y: Float32Array, spec: NetworkSpec): nt.Tensor {
  return spec.output.activation === "softmax" ? nt.tensor(Int32Array.from(y), [y.length], "int32") : nt.tensor(y, [y.length, 1]);
}

/** A fresh network from the state's seed on `data`; epoch 0. */
export function startRun(state: AppState, data: PreparedData): Run {
  const spec = networkSpec(state, data);
  const f = spec.features;
  const rows = (x: Float32Array, n: number) => nt.tensor(featureMatrix(x, f), [n, f.length]);
  return {
    spec,
    net: buildNetwork(spec),
    trainX: rows(data.train.x, data.train.y.length),
    trainY: labels(data.train.y, spec),
    testX: rows(data.test.x, data.test.y.length),
    testY: labels(data.test.y, spec),
    gridX: rows(gridPoints(GRID), GRID * GRID),
    schedule: new BatchSchedule(data.train.y.length, state.batchSize, spec.seed),
  };
}

export function disposeRun(r: Run): void {
  r.net.model.dispose();
  nt.dispose([r.trainX, r.trainY, r.testX, r.testY, r.gridX]);
}

/** One optimizer step per batch over these training rows, in order, through model.fit (compiled when the model allows). */
export async function trainRows(r: Run, rows: Int32Array): Promise<void> {
  const x = nt.gather(r.trainX, rows);
  const y = nt.gather(r.trainY, rows);
  try {
    await r.net.model.fit(x, y, { epochs: 1, batchSize: r.schedule.batchSize, shuffle: false, verbose: 0 });
  } finally {
    x.dispose();
    y.dispose();
  }
}

/** Weights, losses, dead units and every layer's output on the grid; `transfer` lists the buffers to hand over. */
export function snapshotOf(r: Run, data: PreparedData, meta: { run: number; playing: boolean; withReport: boolean }): { msg: Snapshot; transfer: ArrayBuffer[] } {
  const start = performance.now();
  const { spec, net, schedule } = r;
  const units = spec.output.units;
  const grid = forwardAll(net, r.gridX);
  const train = forwardAll(net, r.trainX);
  const test = r.testX.shape[0]! > 0 ? forwardAll(net, r.testX) : undefined;
  const weights = readWeights(net);
  const msg: Snapshot = {
    type: "snapshot", run: meta.run, epoch: schedule.epoch, steps: schedule.steps, playing: meta.playing,
    trainLoss: lossOf(spec.loss, r.trainY, train[train.length - 1]!, units),
    testLoss: test ? lossOf(spec.loss, r.testY, test[test.length - 1]!, units) : NaN,
    weights,
    grid,
    dead: train.slice(0, -1).map((o, i) => deadUnits(o, spec.hidden[i]!)),
    report: meta.withReport && test ? testReport(data, test[test.length - 1]!) : undefined,
    ms: 0,
  };
  msg.ms = performance.now() - start;
  return { msg, transfer: [...grid.map((g) => g.buffer), ...weights.flatMap((w) => [w.kernel.buffer, w.bias.buffer])] as ArrayBuffer[] };
}
