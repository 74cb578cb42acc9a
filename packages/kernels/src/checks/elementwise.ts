import { Binary, Unary, type ElementwiseKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";
import { checkShape, checkStrided } from "./layout.js";

const unaryOps = Object.values(Unary);
const binaryOps = Object.values(Binary);

function checkUnaryOp(c: CheckContext, op: number, alpha: number, beta: number): void {
  c.oneOf("op", op, unaryOps);
  if (op === Unary.clip && !(alpha <= beta)) c.fail(`clip needs lo (alpha) ≤ hi (beta), got ${alpha} > ${beta}`);
}

export const elementwiseChecks: CheckTable<ElementwiseKernels> = {
  unary(c, op, n, alpha, beta, x, y) {
    checkUnaryOp(c, op, alpha, beta);
    c.size("n", n);
    c.floats("x", x, n);
    c.floats("y", y, n);
  },

  unaryBackward(c, op, n, alpha, beta, x, y, dy, dx) {
    checkUnaryOp(c, op, alpha, beta);
    c.size("n", n);
    c.floats("x", x, n);
    c.floats("y", y, n);
    c.floats("dy", dy, n);
    c.floats("dx", dx, n);
  },

  binary(c, op, n, a, b, y) {
    c.oneOf("op", op, binaryOps);
    c.size("n", n);
    c.floats("a", a, n);
    c.floats("b", b, n);
    c.floats("y", y, n);
  },

  binaryBroadcast(c, op, rank, shape, aStrides, bStrides, a, b, y) {
    c.oneOf("op", op, binaryOps);
    const { dims, size } = checkShape(c, rank, shape);
    checkStrided(c, "a", a, dims, "aStrides", aStrides, "floats");
    checkStrided(c, "b", b, dims, "bStrides", bStrides, "floats");
    c.floats("y", y, size);
  },

  select(c, n, cond, a, b, y) {
    c.size("n", n);
    c.floats("cond", cond, n);
    c.floats("a", a, n);
    c.floats("b", b, n);
    c.floats("y", y, n);
  },
};
