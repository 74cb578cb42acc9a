import type { LayoutKernels } from "../abi.js";
import type { RefViews } from "./views.js";

/** `count` i32 values at byte pointer `ptr`. */
export function readInts(v: RefViews, ptr: number, count: number): number[] {
  v.refresh();
  return Array.from({ length: count }, (_, k) => v.I[v.i(ptr, k)]!);
}

/**
 * The element offset Σ idx·strides of every index of `shape`, in row-major
 * order: the strided walk of stridedCopy, binaryBroadcast and sumToShape.
 */
export function stridedOffsets(shape: readonly number[], strides: readonly number[]): number[] {
  let offsets = [0];
  shape.forEach((n, d) => {
    const next: number[] = [];
    for (const o of offsets) for (let k = 0; k < n; k++) next.push(o + k * strides[d]!);
    offsets = next;
  });
  return offsets;
}

/** Element access through the float view or the int view (floats are 8 bytes in f64 mode). */
interface Elements {
  get(p: number, i: number): number;
  set(p: number, i: number, value: number): void;
}

export function layoutReference(v: RefViews): LayoutKernels {
  const floats: Elements = {
    get: (p, i) => v.F[v.f(p, i)]!,
    set: (p, i, value) => { v.F[v.f(p, i)] = value; },
  };
  const ints: Elements = {
    get: (p, i) => v.I[v.i(p, i)]!,
    set: (p, i, value) => { v.I[v.i(p, i)] = value; },
  };

  function stridedCopy(el: Elements, rank: number, shape: number, xStrides: number, x: number, y: number): void {
    const offsets = stridedOffsets(readInts(v, shape, rank), readInts(v, xStrides, rank));
    offsets.forEach((o, k) => el.set(y, k, el.get(x, o)));
  }

  function copy2d(el: Elements, rows: number, cols: number, x: number, ldx: number, y: number, ldy: number): void {
    v.refresh();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) el.set(y, r * ldy + c, el.get(x, r * ldx + c));
    }
  }

  function gatherRows(el: Elements, nIdx: number, rowLen: number, x: number, idx: number, y: number): void {
    v.refresh();
    for (let r = 0; r < nIdx; r++) {
      const src = v.I[v.i(idx, r)]!;
      for (let c = 0; c < rowLen; c++) el.set(y, r * rowLen + c, el.get(x, src * rowLen + c));
    }
  }

  return {
    stridedCopy: (rank, shape, xStrides, x, y) => stridedCopy(floats, rank, shape, xStrides, x, y),
    stridedCopyI32: (rank, shape, xStrides, x, y) => stridedCopy(ints, rank, shape, xStrides, x, y),
    copy2d: (rows, cols, x, ldx, y, ldy) => copy2d(floats, rows, cols, x, ldx, y, ldy),
    copy2dI32: (rows, cols, x, ldx, y, ldy) => copy2d(ints, rows, cols, x, ldx, y, ldy),
    gatherRows: (nIdx, rowLen, x, idx, y) => gatherRows(floats, nIdx, rowLen, x, idx, y),
    gatherRowsI32: (nIdx, rowLen, x, idx, y) => gatherRows(ints, nIdx, rowLen, x, idx, y),

    scatterAddRows(nIdx, rowLen, dy, idx, dx) {
      v.refresh();
      for (let r = 0; r < nIdx; r++) {
        const dst = v.I[v.i(idx, r)]!;
        for (let c = 0; c < rowLen; c++) v.F[v.f(dx, dst * rowLen + c)] += v.F[v.f(dy, r * rowLen + c)]!;
      }
    },

    oneHot(n, depth, idx, on, off, y) {
      v.refresh();
      for (let r = 0; r < n; r++) {
        const hot = v.I[v.i(idx, r)]!;
        for (let c = 0; c < depth; c++) v.F[v.f(y, r * depth + c)] = c === hot ? on : off;
      }
    },
  };
}
