import type { DenseKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";

/** Elements spanned by a rows×cols row-major matrix with leading dimension ld. */
function span(rows: number, cols: number, ld: number): number {
  return rows === 0 || cols === 0 ? 0 : (rows - 1) * ld + cols;
}

/** Rejects overlapping byte ranges: these kernels read an input after writing the output. */
function disjoint(c: CheckContext, outLabel: string, out: number, outCount: number, inLabel: string, input: number, inCount: number): void {
  if (outCount === 0 || inCount === 0) return;
  const fb = c.target.floatBytes;
  if (out < input + inCount * fb && input < out + outCount * fb) c.fail(`${outLabel} overlaps ${inLabel}`);
}

export const denseChecks: CheckTable<DenseKernels> = {
  sgemm(c, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, cc, ldc) {
    c.oneOf("transA", transA, [0, 1]);
    c.oneOf("transB", transB, [0, 1]);
    c.size("m", m);
    c.size("n", n);
    c.size("k", k);
    c.finite("alpha", alpha);
    c.finite("beta", beta);
    // Stored shapes: A is m×k (k×m when transposed), B is k×n (n×k).
    const [aRows, aCols] = transA ? [k, m] : [m, k];
    const [bRows, bCols] = transB ? [n, k] : [k, n];
    c.leading("lda", lda, aCols);
    c.leading("ldb", ldb, bCols);
    c.leading("ldc", ldc, n);
    const aCount = span(aRows, aCols, lda);
    const bCount = span(bRows, bCols, ldb);
    const cCount = span(m, n, ldc);
    c.floats("a", a, aCount);
    c.floats("b", b, bCount);
    c.floats("c", cc, cCount);
    disjoint(c, "c", cc, cCount, "a", a, aCount);
    disjoint(c, "c", cc, cCount, "b", b, bCount);
  },
  biasAdd(c, m, n, x, bias, y) {
    c.size("m", m);
    c.size("n", n);
    c.floats("x", x, m * n);
    c.floats("bias", bias, n);
    c.floats("y", y, m * n);
    // In place (y === x) is allowed; a shifted overlap would read updated values.
    if (y !== x) disjoint(c, "y", y, m * n, "x", x, m * n);
    disjoint(c, "y", y, m * n, "bias", bias, n);
  },
  biasGrad(c, m, n, dy, db, accumulate) {
    c.size("m", m);
    c.size("n", n);
    c.oneOf("accumulate", accumulate, [0, 1]);
    c.floats("dy", dy, m * n);
    c.floats("db", db, n);
    disjoint(c, "db", db, n, "dy", dy, m * n);
  },
};
