// The seed's custom training loop: GradientTape, a loss function and Adam over a
// dataset made with fromTensorSlices(...).shuffle(...).batch(...), printing the
// validation loss per epoch. Run: node examples/run.mjs 02
import * as nt from "neurite";

class SimpleNet extends nt.Model {
  d1 = nt.layers.dense({ units: 64, activation: "relu" });
  d2 = nt.layers.dense({ units: 32, activation: "relu" });
  d3 = nt.layers.dense({ units: 10, activation: "softmax" });

  override call(x: nt.Tensor): nt.Tensor {
    return this.d3.apply(this.d2.apply(this.d1.apply(x)));
  }
}

await nt.ready();
nt.setSeed(7);
const epochs = process.env.CI ? 5 : 20;

// A task with a known answer: the class of a row is the argmax of a fixed random linear map of it.
const n = 1200;
const x = nt.randomNormal([n, 10]);
const y = nt.tidy(() => nt.argmax(nt.matMul(x, nt.randomNormal([10, 10])), 1));
const [xTrain, xVal] = [nt.slice(x, 0, 1000), nt.slice(x, 1000, 200)];
const [yTrain, yVal] = [nt.slice(y, 0, 1000), nt.slice(y, 1000, 200)];

// reshuffleEachIteration: a new order every epoch (without it, every pass repeats the first order).
const train = nt.data.fromTensorSlices([xTrain, yTrain]).shuffle(1000, { reshuffleEachIteration: true }).batch(32);
const net = new SimpleNet();
const optimizer = nt.optimizers.adam({ learningRate: 1e-3 });
const lossFn = nt.losses.sparseCategoricalCrossentropy;

const valLosses: number[] = [];
for (let epoch = 0; epoch < epochs; epoch++) {
  for await (const [xb, yb] of train) {
    nt.tidy(() => {
      const tape = new nt.GradientTape();
      const loss = tape.run(() => lossFn(yb, net.apply(xb, { training: true })));
      const grads = tape.gradient(loss, net.trainableVariables);
      optimizer.applyGradients(grads, net.trainableVariables);
    });
    // Each batch a dataset hands out belongs to the loop: free it.
    nt.dispose([xb, yb]);
  }
  const [valLoss, valAcc] = nt.tidy(() => {
    const probs = net.apply(xVal);
    return [lossFn(yVal, probs).item(), nt.metrics.accuracyScore(yVal, nt.argmax(probs, 1))];
  });
  valLosses.push(valLoss);
  console.log(`epoch ${epoch + 1}/${epochs}  val_loss ${valLoss.toFixed(4)}  val_accuracy ${valAcc.toFixed(3)}`);
}

const [first, last] = [valLosses[0]!, valLosses[valLosses.length - 1]!];
if (!(last < 0.8 * first)) throw new Error(`validation loss should fall by 20% or more: ${first.toFixed(4)} → ${last.toFixed(4)}`);
// Guessing among 10 classes scores 0.1.
const accuracy = nt.tidy(() => nt.metrics.accuracyScore(yVal, nt.argmax(net.apply(xVal), 1)));
if (!(accuracy > 0.6)) throw new Error(`validation accuracy ${accuracy} should beat 0.6`);
console.log(`ok: val_loss ${first.toFixed(3)} → ${last.toFixed(3)}, val_accuracy ${accuracy.toFixed(3)}`);
