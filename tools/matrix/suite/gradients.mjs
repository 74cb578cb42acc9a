// Op gradients from the tape on this runtime's wasm kernels, against central finite differences of
// the same function computed in float64 by the js64 reference backend.
import * as nt from "neurite";
import { assertClose, randomArray } from "../harness.mjs";

/** Σ f(xs) · w for fixed random w: every output element carries a distinct upstream gradient. */
function weightedSum(f, xs) {
  const y = f(...xs);
  return nt.sum(nt.mul(y, nt.tensor(randomArray(y.size, 99, 0.5, 1.5), y.shape)));
}

function tapeGradients(f, inputs) {
  return nt.tidy(() => {
    const xs = inputs.map(({ shape, values }) => nt.tensor(values, shape));
    const tape = new nt.GradientTape();
    tape.watch(...xs);
    const loss = tape.run(() => weightedSum(f, xs));
    return tape.gradient(loss, xs).map((g) => Array.from(g.data()));
  });
}

function finiteDifferences(f, inputs, eps = 1e-6) {
  const value = (vals) => nt.tidy(() => weightedSum(f, vals.map((v, i) => nt.tensor(v, inputs[i].shape))).data()[0]);
  const base = inputs.map((inp) => Array.from(inp.values));
  return inputs.map((inp, i) => base[i].map((x, j) => {
    const at = (d) => value(base.map((v, k) => (k === i ? v.map((e, l) => (l === j ? x + d : e)) : v)));
    return (at(eps) - at(-eps)) / (2 * eps);
  }));
}

const input = (shape, seed, lo = -1, hi = 1) => ({ shape, values: randomArray(shape.reduce((a, b) => a * b, 1), seed, lo, hi) });

const CASES = [
  ["matMul (B transposed)", (a, b) => nt.matMul(a, b, false, true), [input([3, 5], 1), input([4, 5], 2)]],
  ["tanh of a broadcast add", (x, b) => nt.tanh(nt.add(x, b)), [input([4, 3], 3), input([3], 4)]],
  ["softmax over the last axis", (x) => nt.softmax(x), [input([3, 5], 5, -3, 3)]],
  ["mean of squares over axis 1", (x) => nt.mean(nt.mul(x, x), 1), [input([4, 6], 6)]],
  ["categorical crossentropy of softmax", (z) => nt.losses.categoricalCrossentropy(nt.tensor([[0, 1, 0], [1, 0, 0]]), nt.softmax(z)), [input([2, 3], 7)]],
];

export function registerGradientTests(t) {
  for (const [name, f, inputs] of CASES) {
    t.test(`gradient: ${name}`, async () => {
      await nt.setBackend("wasm");
      const analytic = tapeGradients(f, inputs);
      await nt.setBackend("js64");
      try {
        const numeric = finiteDifferences(f, inputs);
        // float32 analytic gradients against float64 numeric ones: float32 rounding dominates.
        analytic.forEach((g, i) => assertClose(g, numeric[i], `d/dx${i}`, 1e-4, 1e-5));
      } finally {
        await nt.setBackend("wasm");
      }
    });
  }
}
