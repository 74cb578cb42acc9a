// compile, fit, evaluate, predict, trainOnBatch, fitDataset, callbacks and save.
import * as nt from "../../src/index.js";
import { cases, type Case } from "./harness.js";

const L = nt.layers;

/** A compiled 3 → 2 softmax classifier. */
function clf(loss = "categoricalCrossentropy") {
  const m = nt.sequential([L.dense({ units: 2, inputShape: [3], activation: "softmax" })]);
  m.compile({ optimizer: "sgd", loss, metrics: ["accuracy"] });
  return m;
}

const x = (rows = 4, cols = 3) => nt.ones([rows, cols]);
const y = (rows = 4) => nt.oneHot(nt.tensor(Array.from({ length: rows }, (_, i) => i % 2), undefined, "int32"), 2);
const fit = (args: nt.FitArgs, xs = x(), ys = y(), m = clf()) => m.fit(xs, ys, { verbose: 0, ...args });

/** A regression whose huge learning rate makes the loss overflow within a few steps. */
async function diverging(onNaN: "raise" | "stop") {
  nt.setSeed(3);
  const m = nt.sequential([L.dense({ units: 8, inputShape: [3], activation: "relu", name: "hidden" }), L.dense({ units: 1, name: "out" })]);
  m.compile({ optimizer: nt.optimizers.sgd({ learningRate: 1e18 }), loss: "mse" });
  return m.fit(nt.randomNormal([64, 3]), nt.mul(nt.randomNormal([64, 1]), 100), { epochs: 3, batchSize: 8, verbose: 0, onNaN });
}

/** 3 → 100,000 units: small weights, but a batch of 20,000 rows has 8 GB of outputs. */
const wide = () => nt.sequential([L.dense({ units: 100_000, inputShape: [3] })]);

async function* batches(items: [nt.Tensor, nt.Tensor][]) {
  yield* items;
}

export const trainingCases: Case[] = cases([
  ["fit before compile", "BAD_ARGUMENT", /call compile\(\) before fit\/evaluate\/trainOnBatch/, () => nt.sequential([L.dense({ units: 2, inputShape: [3] })]).fit(x(), y())],
  ["evaluate before compile", "BAD_ARGUMENT", /call compile\(\) before/, () => nt.sequential([L.dense({ units: 2, inputShape: [3] })]).evaluate(x(), y())],
  ["compile without arguments", "BAD_ARGUMENT", /compile: expects \{optimizer, loss, metrics\?\}/, () => clf().compile(undefined as unknown as nt.CompileArgs)],
  ["compile without a loss", "BAD_ARGUMENT", /compile: a loss is required/, () => clf().compile({ optimizer: "adam" } as nt.CompileArgs)],
  ["compile: unknown loss", "BAD_ARGUMENT", /compile: unknown loss "crossEntropy"; known: meanSquaredError/, () => clf().compile({ optimizer: "adam", loss: "crossEntropy" })],
  ["compile: unknown optimizer", "BAD_ARGUMENT", /unknown optimizer "nadam"/, () => clf().compile({ optimizer: "nadam", loss: "mse" })],
  ["compile: unknown metric", "BAD_ARGUMENT", /unknown metric "f2"; known: accuracy/, () => clf().compile({ optimizer: "adam", loss: "mse", metrics: ["f2"] })],
  ["compile: metrics not an array", "BAD_ARGUMENT", /compile: metrics must be an array of names/, () => clf().compile({ optimizer: "adam", loss: "mse", metrics: "accuracy" as unknown as string[] })],
  ["fit: x and y row counts differ", "SHAPE_MISMATCH", /fit: x has 4 samples but y has 3/, () => fit({}, x(4), y(3))],
  ["fit: labels of the wrong width", "SHAPE_MISMATCH", /categoricalCrossentropy: yTrue \[4, 5\] and yPred \[\d+, 2\] must have the same shape/, () => fit({}, x(), nt.ones([4, 5]))],
  ["fit: features of the wrong width", "SHAPE_MISMATCH", /expected input of shape \[batch, 3\], got \[4, 7\]/, () => fit({}, x(4, 7))],
  ["fit: NaN in x", "BAD_ARGUMENT", /fit: x contains 1 NaN\/Infinity value\(s\); the first is NaN in row 1/, () => fit({}, nt.tensor([[1, 1, 1], [1, NaN, 1], [1, 1, 1], [1, 1, 1]]))],
  ["fit: Infinity in y", "BAD_ARGUMENT", /fit: y contains 1 NaN\/Infinity value\(s\); the first is Infinity in row 0/, () => fit({}, x(), nt.tensor([[Infinity, 0], [0, 1], [1, 0], [0, 1]]))],
  ["fit: empty x", "BAD_ARGUMENT", /fit: x is empty \(shape \[0,3\]\)/, () => fit({}, x(0), nt.ones([0, 2]))],
  ["fit: scalar x", "BAD_ARGUMENT", /fit: x is empty \(shape \[\]\)/, () => fit({}, nt.scalar(1), nt.scalar(1))],
  ["fit: disposed x", "DISPOSED", /fit: x was disposed/, () => {
    const xs = x();
    xs.dispose();
    return fit({}, xs);
  }],
  ["fit: epochs 0", "BAD_ARGUMENT", /fit: epochs must be a positive integer, got 0/, () => fit({ epochs: 0 })],
  ["fit: epochs 2.5", "BAD_ARGUMENT", /fit: epochs must be a positive integer, got 2.5/, () => fit({ epochs: 2.5 })],
  ["fit: epochs -1", "BAD_ARGUMENT", /fit: epochs must be a positive integer, got -1/, () => fit({ epochs: -1 })],
  ["fit: batchSize 0", "BAD_ARGUMENT", /fit: batchSize must be a positive integer, got 0/, () => fit({ batchSize: 0 })],
  ["fit: batchSize NaN", "BAD_ARGUMENT", /fit: batchSize must be a positive integer, got NaN/, () => fit({ batchSize: NaN })],
  ["fit: batchSize Infinity", "BAD_ARGUMENT", /fit: batchSize must be a positive integer, got Infinity/, () => fit({ batchSize: Infinity })],
  ["fit: validationSplit 1", "BAD_ARGUMENT", /fit: validationSplit must be in \(0, 1\), got 1/, () => fit({ validationSplit: 1 })],
  ["fit: validationSplit -0.2", "BAD_ARGUMENT", /fit: validationSplit must be in \(0, 1\), got -0.2/, () => fit({ validationSplit: -0.2 })],
  ["fit: validationSplit leaving no training rows", "BAD_ARGUMENT", /fit: validationSplit 0.9 leaves no training or no validation rows out of 1/, () => fit({ validationSplit: 0.9 }, x(1), y(1))],
  ["fit: validationData rows differ", "SHAPE_MISMATCH", /fit \(validationData\): x has 4 samples but y has 3/, () => fit({ validationData: [x(), y(3)] })],
  ["fit: validationData not a pair", "BAD_ARGUMENT", /fit: validationData must be \[x, y\]/, () => fit({ validationData: [x()] as unknown as [nt.Tensor, nt.Tensor] })],
  ["fit: sampleWeight count", "SHAPE_MISMATCH", /fit: sampleWeight needs one value per sample \(4\), got 3/, () => fit({ sampleWeight: nt.ones([3]) })],
  ["fit: NaN sampleWeight", "BAD_ARGUMENT", /fit: sampleWeight contains 1 NaN\/Infinity/, () => fit({ sampleWeight: nt.tensor([1, NaN, 1, 1]) })],
  ["fit: NaN classWeight", "BAD_ARGUMENT", /fit: classWeight\[0\] must be a finite number ≥ 0, got NaN/, () => fit({ classWeight: { 0: NaN } })],
  ["fit: negative classWeight", "BAD_ARGUMENT", /fit: classWeight\[1\] must be a finite number ≥ 0, got -2/, () => fit({ classWeight: { 1: -2 } })],
  ["fit: initialEpoch -1", "BAD_ARGUMENT", /fit: initialEpoch must be an integer ≥ 0/, () => fit({ initialEpoch: -1 })],
  ["fit: callbacks not an array", "BAD_ARGUMENT", /fit: callbacks must be an array, got object/, () => fit({ callbacks: {} as unknown as nt.CallbackLike[] })],
  ["fit: a null callback", "BAD_ARGUMENT", /fit: callbacks\[0\] is null/, () => fit({ callbacks: [null as unknown as nt.CallbackLike] })],
  ["fit: unknown onNaN", "BAD_ARGUMENT", /fit: onNaN must be "stop", "raise" or "ignore", got "warn"/, () => fit({ onNaN: "warn" as "stop" })],
  ["fit: sparse labels past the last class", "BAD_ARGUMENT", /fit: label 5 at row 1 is out of range for 2 classes \(the model's output width\)/,
    () => fit({}, x(), nt.tensor([0, 5, 1, 0], undefined, "int32"), clf("sparseCategoricalCrossentropy"))],
  ["fit: negative sparse label", "BAD_ARGUMENT", /fit: label -1 at row 3 is out of range for 2 classes/, () => fit({}, x(), nt.tensor([0, 1, 1, -1], undefined, "int32"), clf("sparseCategoricalCrossentropy"))],
  ["fit: fractional sparse labels", "DTYPE", /fit: y holds 0.5 at row 1; sparse class labels must be integers/, () => fit({}, x(), nt.tensor([0, 0.5, 1, 0]), clf("sparseCategoricalCrossentropy"))],
  ["fit: a loss that overflows (onNaN: raise)", "NAN_LOSS", /fit: the loss became (NaN|Infinity) at epoch 1, batch \d+ \(step \d+\); first non-finite gradient: hidden\/kernel; .*keeps the weights from before it/,
    () => diverging("raise")],
  ["fitDataset: a loss that overflows (onNaN: raise)", "NAN_LOSS", /fitDataset: the loss became (NaN|Infinity) at epoch 1, batch 1/, () => {
    const m = nt.sequential([L.dense({ units: 1, inputShape: [1], kernelInitializer: "ones" })]);
    m.compile({ optimizer: "sgd", loss: "mse" });
    return m.fitDataset(batches([[nt.tensor([[1e30]]), nt.tensor([[-1e30]])]]), { verbose: 0, onNaN: "raise" });
  }],
  ["fitDataset: a batch whose x and y differ in rows", "SHAPE_MISMATCH", /fitDataset: x has 2 samples but y has 1/,
    () => clf().fitDataset(batches([[x(2), y(1)]]), { verbose: 0 })],
  ["fitDataset: no batches", "BAD_ARGUMENT", /fitDataset: the dataset yielded no batches/, () => clf().fitDataset(batches([]), { verbose: 0 })],
  ["evaluate: rows differ", "SHAPE_MISMATCH", /evaluate: x has 4 samples but y has 3/, () => clf().evaluate(x(), y(3))],
  ["evaluate: batchSize 0", "BAD_ARGUMENT", /evaluate: batchSize must be a positive integer, got 0/, () => clf().evaluate(x(), y(), { batchSize: 0 })],
  ["evaluate: sampleWeight count", "SHAPE_MISMATCH", /evaluate: sampleWeight needs one value per sample \(4\), got 2/, () => clf().evaluate(x(), y(), { sampleWeight: nt.ones([2]) })],
  ["predict: NaN input", "BAD_ARGUMENT", /predict: x contains 1 NaN\/Infinity value\(s\); the first is NaN in row 0/, () => clf().predict(nt.tensor([[NaN, 1, 2]]))],
  ["predict: empty input", "BAD_ARGUMENT", /predict: x is empty \(shape \[0,3\]\)/, () => clf().predict(x(0))],
  ["predict: batchSize -1", "BAD_ARGUMENT", /predict: batchSize must be a positive integer, got -1/, () => clf().predict(x(), { batchSize: -1 })],
  ["predict: outputs too large for wasm memory", "OUT_OF_MEMORY", /matMul: a float32 tensor of shape \[20000, 100000\] needs 8000000000 bytes/,
    () => wide().predict(x(20000), { batchSize: 20000 })],
  ["fit: a batch too large for wasm memory", "OUT_OF_MEMORY", /out of memory: cannot (allocate|grow)/, () => {
    const m = nt.sequential([L.dense({ units: 100_000, inputShape: [3] }), L.dense({ units: 1 })]);
    m.compile({ optimizer: "sgd", loss: "mse" });
    return m.fit(x(20000), nt.zeros([20000, 1]), { batchSize: 20000, verbose: 0 });
  }],
  ["trainOnBatch: features of the wrong width", "SHAPE_MISMATCH", /expected input of shape \[batch, 3\], got \[2, 4\]/, () => clf().trainOnBatch(x(2, 4), y(2))],
  ["trainOnBatch: rows differ", "SHAPE_MISMATCH", /trainOnBatch: x has 2 samples but y has 4/, () => clf().trainOnBatch(x(2), y(4))],
  ["earlyStopping: patience -1", "BAD_ARGUMENT", /earlyStopping: patience must be an integer ≥ 0/, () => nt.callbacks.earlyStopping({ patience: -1 })],
  ["reduceLROnPlateau: factor 1", "BAD_ARGUMENT", /reduceLROnPlateau: factor must be < 1/, () => nt.callbacks.reduceLROnPlateau({ factor: 1 })],
  ["learningRateScheduler returning NaN", "BAD_ARGUMENT", /learningRateScheduler: schedule returned NaN at epoch 0/,
    () => fit({ callbacks: [nt.callbacks.learningRateScheduler(() => NaN)] })],
  ["save: a subclassed model", "UNSUPPORTED", /save: .* is a subclassed Model, whose call\(\) has no TF.js topology/, () => {
    class Net extends nt.Model {
      d = L.dense({ units: 1 });
      override call(t: nt.Tensor) {
        return this.d.apply(t);
      }
    }
    return new Net().save(nt.io.memory());
  }],
  ["save: unknown input shape", "BAD_ARGUMENT", /save: .*'s input shape is unknown/, () => nt.sequential([L.dense({ units: 1 })]).save(nt.io.memory())],
  ["save: no URL scheme", "BAD_ARGUMENT", /"my-model" has no URL scheme; use one of memory:\/\/, file:\/\//, () => clf().save("my-model")],
  ["save: unknown scheme", "UNSUPPORTED", /no IO handler for s3:\/\//, () => clf().save("s3://bucket/model")],
  ["save: to http", "UNSUPPORTED", /http:\/\/ cannot save models/, () => clf().save("http://127.0.0.1:9/model.json")],
  ["save: something that is not a handler", "BAD_ARGUMENT", /expected a URL such as file:\/\/.\/my-model or an IOHandler/, () => clf().save({} as nt.IOHandler)],
]);
