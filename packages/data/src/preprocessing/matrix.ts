/**
 * The inputs preprocessing accepts (a 2-D RawArray or number[][], or a 1-D
 * one read as a single column) as a float64 row-major matrix, and back to the
 * caller's kind: RawArray in, float32 RawArray out; arrays in, arrays out.
 */
import { NeuriteError } from '@neurite/core';
import { type RawArray, isRawArray } from '../raw.js';

/** A 2-D table of numbers, or a 1-D column of them. */
export type MatrixLike = RawArray | readonly (readonly number[])[] | readonly number[];

/** What a transform returns for input `X`: the same kind of container. */
export type Same<X> = X extends RawArray ? RawArray : X extends readonly (readonly number[])[] ? number[][] : number[];

export interface Matrix {
  data: Float64Array;
  rows: number;
  cols: number;
}

/** Reads `x` as a rows × cols matrix. */
export function toMatrix(x: MatrixLike, op: string): Matrix {
  if (isRawArray(x)) {
    if (x.shape.length === 1) return { data: Float64Array.from(x.data), rows: x.shape[0]!, cols: 1 };
    if (x.shape.length !== 2) throw new NeuriteError('SHAPE_MISMATCH', `${op}: expected a 1-D or 2-D array, got shape [${x.shape}]`);
    return { data: Float64Array.from(x.data), rows: x.shape[0]!, cols: x.shape[1]! };
  }
  if (!Array.isArray(x)) throw new NeuriteError('BAD_ARGUMENT', `${op}: expected a RawArray or a number array`);
  if (x.length === 0 || typeof x[0] === 'number') {
    return { data: Float64Array.from(x as readonly number[]), rows: x.length, cols: 1 };
  }
  const rows = x as readonly (readonly number[])[];
  const cols = rows[0]!.length;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((r, i) => {
    if (!Array.isArray(r) || r.length !== cols) throw new NeuriteError('SHAPE_MISMATCH', `${op}: row ${i} does not have ${cols} values`);
    for (let j = 0; j < cols; j++) data[i * cols + j] = r[j]!;
  });
  return { data, rows: rows.length, cols };
}

/** Writes a matrix back in the container kind of `like`. */
export function fromMatrix<X extends MatrixLike>(like: X, m: Matrix): Same<X> {
  if (isRawArray(like)) {
    return { data: Float32Array.from(m.data), shape: [...like.shape], dtype: 'float32' } as Same<X>;
  }
  if (like.length > 0 && typeof like[0] !== 'number') {
    const out: number[][] = [];
    for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
    return out as Same<X>;
  }
  return Array.from(m.data) as Same<X>;
}

/** Checks that a fitted transformer sees as many columns as it was fitted on. */
export function checkColumns(m: Matrix, expected: number | undefined, op: string): number {
  if (expected === undefined) throw new NeuriteError('BAD_ARGUMENT', `${op}: call fit() first`);
  if (m.cols !== expected) throw new NeuriteError('SHAPE_MISMATCH', `${op}: fitted on ${expected} columns, got ${m.cols}`);
  return expected;
}
