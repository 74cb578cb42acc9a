import { ArgReduce, Reduce, type ReduceKernels } from "../abi.js";
import { readInts, stridedOffsets } from "./layout.js";
import type { RefViews } from "./views.js";

/** Folds the values of one reduced slice; each starts from the op's identity (mean divides the sum at the end). */
const folds: Record<number, { init: number; step: (acc: number, x: number) => number }> = {
  [Reduce.sum]: { init: 0, step: (acc, x) => acc + x },
  [Reduce.mean]: { init: 0, step: (acc, x) => acc + x },
  [Reduce.max]: { init: -Infinity, step: Math.max },
  [Reduce.min]: { init: Infinity, step: Math.min },
  [Reduce.prod]: { init: 1, step: (acc, x) => acc * x },
};

/** Whether v replaces best: strictly better, or the first NaN (numpy's argmax/argmin). */
function beats(op: number, v: number, best: number): boolean {
  if (Number.isNaN(best)) return false;
  if (Number.isNaN(v)) return true;
  return op === ArgReduce.argmax ? v > best : v < best;
}

export function reduceReference(v: RefViews): ReduceKernels {
  const at = (x: number, o: number, l: number, j: number, len: number, inner: number) =>
    v.F[v.f(x, (o * len + l) * inner + j)]!;

  return {
    reduce(op, outer, len, inner, x, y) {
      v.refresh();
      const { init, step } = folds[op]!;
      for (let o = 0; o < outer; o++) {
        for (let j = 0; j < inner; j++) {
          let acc = init;
          for (let l = 0; l < len; l++) acc = step(acc, at(x, o, l, j, len, inner));
          v.F[v.f(y, o * inner + j)] = op === Reduce.mean ? acc / len : acc;
        }
      }
    },

    argReduce(op, outer, len, inner, x, y) {
      v.refresh();
      for (let o = 0; o < outer; o++) {
        for (let j = 0; j < inner; j++) {
          let best = at(x, o, 0, j, len, inner);
          let index = 0;
          for (let l = 1; l < len; l++) {
            const value = at(x, o, l, j, len, inner);
            if (beats(op, value, best)) {
              best = value;
              index = l;
            }
          }
          v.I[v.i(y, o * inner + j)] = index;
        }
      }
    },

    sumToShape(rank, shape, yStrides, x, y) {
      const offsets = stridedOffsets(readInts(v, shape, rank), readInts(v, yStrides, rank));
      // Accumulate in float64 per output element, then add to y once.
      const sums = new Map<number, number>();
      offsets.forEach((o, k) => sums.set(o, (sums.get(o) ?? 0) + v.F[v.f(x, k)]!));
      for (const [o, s] of sums) v.F[v.f(y, o)] += s;
    },
  };
}
