// Shared by the core suites: run a suite on every backend, compare arrays, check gradients.
import { beforeAll, describe, expect } from "vitest";
import * as nt from "../src/index.js";
import { rand } from "./rand.js";

export { rand };

export const BACKENDS = ["wasm-simd", "wasm-scalar", "js"] as const;

/** One suite per backend, as TF.js does: the same tests must pass on all three. */
export function eachBackend(name: string, body: (backend: string) => void): void {
  describe.each(BACKENDS)(`${name} [%s]`, (backend) => {
    beforeAll(async () => {
      await nt.setBackend(backend);
    });
    body(backend);
  });
}

export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, rtol = 1e-5, atol = 1e-6): void {
  expect(actual.length, "length").toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (Object.is(a, e) || (Number.isNaN(a) && Number.isNaN(e))) continue;
    if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) expect.fail(`index ${i}: got ${a}, expected ${e}`);
  }
}

export interface GradInput {
  shape: number[];
  values: number[];
}

/**
 * Checks tape gradients of sum(f(inputs) · w) against central differences, in
 * float64 storage (the js64 backend), with w fixed random weights so every
 * output element carries a distinct upstream gradient.
 */
export function gradCheck(f: (...xs: nt.Tensor[]) => nt.Tensor, inputs: GradInput[], opts: { eps?: number; rtol?: number; atol?: number } = {}): void {
  const eps = opts.eps ?? 1e-6;
  const loss = (vals: number[][]): { value: number; grads?: number[][] } => nt.tidy(() => {
    const xs = inputs.map((inp, i) => nt.tensor(vals[i]!, inp.shape));
    const tape = new nt.GradientTape();
    tape.watch(...xs);
    const y = tape.run(() => f(...xs));
    const w = nt.tensor(rand(y.size, 99, 0.5, 1.5), y.shape);
    const l = tape.run(() => nt.sum(nt.mul(y, w)));
    const grads = tape.gradient(l, xs).map((g) => Array.from(g.data()));
    return { value: l.item(), grads };
  });
  const base = inputs.map((i) => [...i.values]);
  const analytic = loss(base).grads!;
  inputs.forEach((inp, i) => {
    const numeric: number[] = [];
    for (let j = 0; j < inp.values.length; j++) {
      const plus = base.map((v) => [...v]);
      const minus = base.map((v) => [...v]);
      plus[i]![j]! += eps;
      minus[i]![j]! -= eps;
      numeric.push((loss(plus).value - loss(minus).value) / (2 * eps));
    }
    expectClose(analytic[i]!, numeric, opts.rtol ?? 1e-5, opts.atol ?? 1e-6);
  });
}
