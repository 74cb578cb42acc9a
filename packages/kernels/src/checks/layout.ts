import type { LayoutKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";

export const MAX_RANK = 8;

function readInts(c: CheckContext, ptr: number, count: number): number[] {
  return Array.from(new Int32Array(c.target.memory.buffer, ptr, count));
}

/**
 * Validates rank and the i32 shape array in memory; returns the dims and the
 * element count, which must fit the kernels' i32 indices.
 */
export function checkShape(c: CheckContext, rank: number, shape: number): { dims: number[]; size: number } {
  c.size("rank", rank);
  if (rank > MAX_RANK) c.fail(`rank must be at most ${MAX_RANK}, got ${rank}`);
  c.ints("shape", shape, rank);
  const dims = readInts(c, shape, rank);
  dims.forEach((n, d) => {
    if (n < 0) c.fail(`shape[${d}] must be ≥ 0, got ${n}`);
  });
  const size = dims.reduce((p, n) => p * n, 1);
  if (size > 0x7fffffff) c.fail(`shape [${dims.join(", ")}] has ${size} elements, more than 2^31 - 1`);
  return { dims, size };
}

/**
 * Validates a strided operand: reads its i32 strides and checks that every
 * element Σ idx·strides (idx within dims; strides may be 0 or negative)
 * lies in memory, from the lowest offset reached to the highest.
 */
export function checkStrided(
  c: CheckContext, label: string, ptr: number, dims: readonly number[], stridesLabel: string, strides: number,
  kind: "floats" | "ints",
): void {
  c.ints(stridesLabel, strides, dims.length);
  const s = readInts(c, strides, dims.length);
  if (dims.includes(0)) {
    c[kind](label, ptr, 0);
    return;
  }
  let lo = 0, hi = 0;
  dims.forEach((n, d) => {
    const reach = (n - 1) * s[d]!;
    if (reach < 0) lo += reach;
    else hi += reach;
  });
  const elem = kind === "floats" ? c.target.floatBytes : 4;
  c[kind](`${label} (element offsets ${lo}..${hi} through ${stridesLabel} [${s.join(", ")}])`, ptr + lo * elem, hi - lo + 1);
}

/** Region of a rows × cols block with leading dimension ld. */
function block(rows: number, cols: number, ld: number): number {
  return rows === 0 || cols === 0 ? 0 : (rows - 1) * ld + cols;
}

/**
 * Index values are read and checked here (O(nIdx), cheap next to the copy):
 * the rows they select must exist in memory, since the kernels take no row
 * count for x/dx. Whether they are < the tensor's row count is core's check.
 */
function checkRowIndices(c: CheckContext, nIdx: number, rowLen: number, idx: number, label: string, ptr: number, kind: "floats" | "ints"): void {
  c.ints("idx", idx, nIdx);
  let top = -1;
  readInts(c, idx, nIdx).forEach((k, r) => {
    if (k < 0) c.fail(`idx[${r}] must be ≥ 0, got ${k}`);
    top = Math.max(top, k);
  });
  c[kind](`${label} (up to row ${top}, selected by idx)`, ptr, (top + 1) * rowLen);
}

function stridedCopyCheck(kind: "floats" | "ints") {
  return (c: CheckContext, rank: number, shape: number, xStrides: number, x: number, y: number): void => {
    const { dims, size } = checkShape(c, rank, shape);
    checkStrided(c, "x", x, dims, "xStrides", xStrides, kind);
    c[kind]("y", y, size);
  };
}

function copy2dCheck(kind: "floats" | "ints") {
  return (c: CheckContext, rows: number, cols: number, x: number, ldx: number, y: number, ldy: number): void => {
    c.size("rows", rows);
    c.size("cols", cols);
    c.leading("ldx", ldx, cols);
    c.leading("ldy", ldy, cols);
    c[kind]("x", x, block(rows, cols, ldx));
    c[kind]("y", y, block(rows, cols, ldy));
  };
}

function gatherRowsCheck(kind: "floats" | "ints") {
  return (c: CheckContext, nIdx: number, rowLen: number, x: number, idx: number, y: number): void => {
    c.size("nIdx", nIdx);
    c.size("rowLen", rowLen);
    checkRowIndices(c, nIdx, rowLen, idx, "x", x, kind);
    c[kind]("y", y, nIdx * rowLen);
  };
}

export const layoutChecks: CheckTable<LayoutKernels> = {
  stridedCopy: stridedCopyCheck("floats"),
  stridedCopyI32: stridedCopyCheck("ints"),
  copy2d: copy2dCheck("floats"),
  copy2dI32: copy2dCheck("ints"),
  gatherRows: gatherRowsCheck("floats"),
  gatherRowsI32: gatherRowsCheck("ints"),

  scatterAddRows(c, nIdx, rowLen, dy, idx, dx) {
    c.size("nIdx", nIdx);
    c.size("rowLen", rowLen);
    c.floats("dy", dy, nIdx * rowLen);
    checkRowIndices(c, nIdx, rowLen, idx, "dx", dx, "floats");
  },

  // Index values are not checked: one outside [0, depth) is defined (an all-off row).
  oneHot(c, n, depth, idx, _on, _off, y) {
    c.size("n", n);
    c.size("depth", depth);
    c.ints("idx", idx, n);
    c.floats("y", y, n * depth);
  },
};
