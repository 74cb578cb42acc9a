import { ArgReduce, Reduce, type ReduceKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";
import { checkShape, checkStrided } from "./layout.js";

function checkAxes(c: CheckContext, outer: number, len: number, inner: number, minLen: number): void {
  c.size("outer", outer);
  c.size("len", len, minLen);
  c.size("inner", inner);
}

export const reduceChecks: CheckTable<ReduceKernels> = {
  reduce(c, op, outer, len, inner, x, y) {
    c.oneOf("op", op, Object.values(Reduce));
    checkAxes(c, outer, len, inner, 0);
    c.floats("x", x, outer * len * inner);
    c.floats("y", y, outer * inner);
  },

  // An empty axis has no arg-extremum (numpy and TF raise too).
  argReduce(c, op, outer, len, inner, x, y) {
    c.oneOf("op", op, Object.values(ArgReduce));
    checkAxes(c, outer, len, inner, 1);
    c.floats("x", x, outer * len * inner);
    c.ints("y", y, outer * inner);
  },

  sumToShape(c, rank, shape, yStrides, x, y) {
    const { dims, size } = checkShape(c, rank, shape);
    c.floats("x", x, size);
    checkStrided(c, "y", y, dims, "yStrides", yStrides, "floats");
  },
};
