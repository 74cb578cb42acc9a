import { Activation, type ActivationKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";

const KINDS: readonly number[] = Object.values(Activation);

function matrices(c: CheckContext, m: number, n: number, ...ptrs: [string, number][]): void {
  c.size("m", m);
  c.size("n", n);
  for (const [label, p] of ptrs) c.floats(label, p, m * n);
}

export const activationChecks: CheckTable<ActivationKernels> = {
  activation(c, kind, n, alpha, x, y) {
    c.oneOf("kind", kind, KINDS);
    c.size("n", n);
    c.finite("alpha", alpha);
    c.floats("x", x, n);
    c.floats("y", y, n);
  },
  activationBackward(c, kind, n, alpha, x, y, dy, dx) {
    c.oneOf("kind", kind, KINDS);
    c.size("n", n);
    c.finite("alpha", alpha);
    c.floats("x", x, n);
    c.floats("y", y, n);
    c.floats("dy", dy, n);
    c.floats("dx", dx, n);
  },
  softmax: (c, m, n, x, y) => matrices(c, m, n, ["x", x], ["y", y]),
  softmaxBackward: (c, m, n, y, dy, dx) => matrices(c, m, n, ["y", y], ["dy", dy], ["dx", dx]),
  logSoftmax: (c, m, n, x, y) => matrices(c, m, n, ["x", x], ["y", y]),
  logSoftmaxBackward: (c, m, n, y, dy, dx) => matrices(c, m, n, ["y", y], ["dy", dy], ["dx", dx]),
};
