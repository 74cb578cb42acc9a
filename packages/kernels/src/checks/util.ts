import type { UtilKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";

function unaryFloats(c: CheckContext, n: number, x: number): void {
  c.size("n", n);
  c.floats("x", x, n);
}

function binaryFloats(c: CheckContext, n: number, x: number, y: number): void {
  unaryFloats(c, n, x);
  c.floats("y", y, n);
}

export const utilChecks: CheckTable<UtilKernels> = {
  heapBase: () => {},
  fill(c, n, _value, y) {
    c.size("n", n);
    c.floats("y", y, n);
  },
  fillI32(c, n, value, y) {
    c.size("n", n);
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) {
      c.fail(`value must be an int32, got ${value}`);
    }
    c.ints("y", y, n);
  },
  copy: binaryFloats,
  scal: (c, n, _alpha, x) => unaryFloats(c, n, x),
  axpy: (c, n, _alpha, x, y) => binaryFloats(c, n, x, y),
  sum: unaryFloats,
  sumSquares: unaryFloats,
  dot: binaryFloats,
  argmaxRows(c, m, n, x, out) {
    c.size("m", m);
    // An empty row has no maximum (numpy raises too).
    c.size("n", n, m > 0 ? 1 : 0);
    c.floats("x", x, m * n);
    c.ints("out", out, m);
  },
  castI32ToF32(c, n, x, y) {
    c.size("n", n);
    c.ints("x", x, n);
    c.floats("y", y, n);
  },
  castF32ToI32(c, n, x, y) {
    c.size("n", n);
    c.floats("x", x, n);
    c.ints("y", y, n);
  },
  countNonFinite: unaryFloats,
};
