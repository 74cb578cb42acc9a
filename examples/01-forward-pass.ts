// The seed's forward pass: a subclassed model (dense 64 relu → 32 relu → 10 softmax)
// applied to a batch of random normal inputs. Run: node examples/run.mjs 01
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
nt.setSeed(42);
console.log(`backend: ${nt.backendName()} (${nt.backendFlavour()})`);

const net = new SimpleNet();
const before = nt.memory().numTensors;
// tidy() frees every intermediate tensor; only the returned probabilities survive it.
const probs = nt.tidy(() => net.apply(nt.randomNormal([100, 10])));
net.summary();

const rows = probs.array() as number[][];
console.log("first row:", rows[0]!.map((p) => p.toFixed(3)).join(" "));

if (probs.shape.join() !== "100,10") throw new Error(`expected shape [100, 10], got [${probs.shape}]`);
for (const [i, row] of rows.entries()) {
  const sum = row.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-5 || row.some((p) => !(p > 0))) throw new Error(`row ${i} is not a probability distribution (sum ${sum})`);
}
// 64·10+64 + 32·64+32 + 10·32+10 parameters.
if (net.countParams() !== 3114) throw new Error(`expected 3114 parameters, got ${net.countParams()}`);
// Only the weights (6 variables) and the output were kept.
const live = nt.memory().numTensors - before;
if (live !== 7) throw new Error(`expected 7 new live tensors (6 weights + the output), got ${live}`);

probs.dispose();
net.dispose();
console.log("ok: 100 rows of 10 probabilities, 3114 parameters, no leaked tensors");
