import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { layers, sequential, type History, type Sequential } from "@neurite/layers";
import { RunLogger } from "../runlog/logger.js";
import { loadCliData, type CliData } from "./data.js";

export interface TrainOptions {
  data: string;
  label?: string;
  layers: number[];
  activation: string;
  optimizer: string;
  lr: number;
  epochs: number;
  batchSize: number;
  validationSplit: number;
  seed: number;
  logdir: string;
  run?: string;
  out?: string;
  verbose: number;
}

export interface TrainResult {
  model: Sequential;
  history: History;
  data: CliData;
  /** Accuracy (classifiers) or MSE (regression) on the held-out data. */
  testScore?: { name: string; value: number };
  runDir: string;
  modelUrl?: string;
}

/** The model the CLI builds: dense hidden layers, then the head the problem needs. */
export function buildModel(inputs: number, classes: number, hidden: number[], activation: string): { model: Sequential; loss: string } {
  const model = sequential();
  hidden.forEach((units, i) => model.add(layers.dense({ units, activation, ...(i === 0 ? { inputShape: [inputs] } : {}) })));
  const head = classes > 2 ? { units: classes, activation: "softmax" } : classes === 2 ? { units: 1, activation: "sigmoid" } : { units: 1 };
  model.add(layers.dense({ ...head, ...(hidden.length === 0 ? { inputShape: [inputs] } : {}) }));
  const loss = classes > 2 ? "sparseCategoricalCrossentropy" : classes === 2 ? "binaryCrossentropy" : "meanSquaredError";
  return { model, loss };
}

/** Binary and regression heads take [n, 1] float targets. */
function targets(y: nt.Tensor, classes: number): nt.Tensor {
  return classes > 2 ? y : nt.reshape(nt.cast(y, "float32"), [-1, 1]);
}

export async function train(o: TrainOptions): Promise<TrainResult> {
  nt.setSeed(o.seed);
  const data = await loadCliData(o.data, { label: o.label, seed: o.seed });
  const inputs = data.x.shape[1];
  if (data.x.rank !== 2 || !inputs) throw new NeuriteError("SHAPE_MISMATCH", `${data.name}: expected 2-D features, got [${data.x.shape}]`);
  const { model, loss } = buildModel(inputs, data.classes, o.layers, o.activation);
  const optimizer = nt.optimizers.getOptimizer(o.optimizer);
  optimizer.learningRate = o.lr;
  model.compile({ optimizer, loss, metrics: data.classes > 0 ? ["accuracy"] : ["mse"] });
  const logger = new RunLogger({ logdir: o.logdir, run: o.run, hparams: { data: o.data, layers: o.layers.join(","), activation: o.activation, seed: o.seed } });
  const y = targets(data.y, data.classes);
  const test = data.test && { x: data.test.x, y: targets(data.test.y, data.classes) };
  // Validation comes from the training rows; the test split stays unseen until the final evaluation.
  const history = await model.fit(data.x, y, {
    epochs: o.epochs, batchSize: o.batchSize, verbose: o.verbose, callbacks: [logger], validationSplit: o.validationSplit,
  });
  let testScore: TrainResult["testScore"];
  if (test) {
    const r = model.evaluate(test.x, test.y) as number[];
    testScore = { name: data.classes > 0 ? "accuracy" : "mse", value: r[1]! };
  }
  let modelUrl: string | undefined;
  if (o.out) {
    modelUrl = `file://${o.out}`;
    await model.save(modelUrl);
  }
  return { model, history, data, testScore, runDir: logger.dir, modelUrl };
}
