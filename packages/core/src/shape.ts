import { NeuriteError } from "@neurite/kernels";

/** A tensor's dimensions, outermost first. */
export type Shape = readonly number[];

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function fmt(shape: Shape): string {
  return `[${shape.join(", ")}]`;
}

export function checkShape(op: string, shape: Shape): void {
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new NeuriteError("BAD_ARGUMENT", `${op}: shape ${fmt(shape)} must contain non-negative integers`);
    }
  }
}

/** Row-major strides in elements. */
export function stridesOf(shape: Shape): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

/** NumPy broadcasting of two shapes, or a SHAPE_MISMATCH naming the op. */
export function broadcastShapes(op: string, a: Shape, b: Shape): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new NeuriteError(
        "SHAPE_MISMATCH",
        `${op}: shapes ${fmt(a)} and ${fmt(b)} cannot be broadcast (axis ${i} of the result: ${da} vs ${db})`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Strides of `shape` read as if broadcast to `outShape` (0 on broadcast axes). */
export function broadcastStrides(shape: Shape, outShape: Shape): number[] {
  const own = stridesOf(shape);
  const lead = outShape.length - shape.length;
  return outShape.map((d, i) => {
    const j = i - lead;
    if (j < 0) return 0;
    return shape[j] === 1 && d !== 1 ? 0 : own[j]!;
  });
}

/** Resolves a possibly negative axis against a rank. */
export function normAxis(op: string, axis: number, rank: number): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= Math.max(rank, 1)) {
    throw new NeuriteError("BAD_ARGUMENT", `${op}: axis ${axis} is out of range for a tensor of rank ${rank}`);
  }
  return axis < 0 ? axis + rank : axis;
}

/** Normalised, sorted, unique axes; undefined means all axes. */
export function normAxes(op: string, axis: number | readonly number[] | undefined, rank: number): number[] {
  if (axis === undefined) return Array.from({ length: rank }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : axis;
  const out = [...new Set(list.map((a) => normAxis(op, a, rank)))].sort((x, y) => x - y);
  return out;
}

/** Shape and flat values of a (possibly nested) array, checking it is not ragged. */
export function flatten(values: unknown, op = "tensor"): { shape: number[]; flat: number[] } {
  const shape: number[] = [];
  let probe: unknown = values;
  while (Array.isArray(probe) || ArrayBuffer.isView(probe)) {
    const len = (probe as ArrayLike<unknown>).length;
    shape.push(len);
    if (len === 0) break;
    probe = (probe as ArrayLike<unknown>)[0];
  }
  const flat: number[] = [];
  const walk = (v: unknown, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof v === "boolean") flat.push(v ? 1 : 0);
      else if (typeof v === "number") flat.push(v);
      else throw new NeuriteError("DTYPE", `${op}: element ${path || "(scalar)"} is ${typeof v}, expected a number`);
      return;
    }
    if (!(Array.isArray(v) || ArrayBuffer.isView(v)) || (v as ArrayLike<unknown>).length !== shape[depth]) {
      throw new NeuriteError(
        "SHAPE_MISMATCH",
        `${op}: ragged array: element ${path || "(root)"} should have length ${shape[depth]} like its siblings`,
      );
    }
    const arr = v as ArrayLike<unknown>;
    for (let i = 0; i < arr.length; i++) walk(arr[i], depth + 1, `${path}[${i}]`);
  };
  walk(values, 0, "");
  return { shape, flat };
}
