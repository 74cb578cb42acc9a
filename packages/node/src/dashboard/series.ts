/** One scalar tag of one run, in columns, in the order the log holds it. */
export interface Columns {
  step: number[];
  wall: number[];
  value: number[];
}

/**
 * A scalar series that grows as lines are appended. Charts and exports read
 * `ordered()`: sorted by step, and when a step was logged twice (a resumed run)
 * the later line wins.
 */
export class ScalarSeries {
  readonly raw: Columns = { step: [], wall: [], value: [] };
  private inOrder = true;
  private view: Columns | undefined;

  push(step: number, wall: number, value: number): void {
    const n = this.raw.step.length;
    if (n > 0 && step <= this.raw.step[n - 1]!) this.inOrder = false;
    this.raw.step.push(step);
    this.raw.wall.push(wall);
    this.raw.value.push(value);
    this.view = undefined;
  }

  get length(): number {
    return this.raw.step.length;
  }

  ordered(): Columns {
    if (this.inOrder) return this.raw;
    if (this.view) return this.view;
    const { step, wall, value } = this.raw;
    const idx = step.map((_, i) => i).sort((a, b) => step[a]! - step[b]! || a - b);
    const keep: number[] = [];
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k]!;
      const nextSame = k + 1 < idx.length && step[idx[k + 1]!] === step[i];
      if (!nextSame) keep.push(i);
    }
    this.view = { step: keep.map((i) => step[i]!), wall: keep.map((i) => wall[i]!), value: keep.map((i) => value[i]!) };
    return this.view;
  }
}

/** The largest p with 1 - p === 1 in doubles (ties round to even, and 1 is even). */
const NEGLIGIBLE = 2 ** -54;

/**
 * Exponential moving average with TensorBoard's weight semantics (0 = none,
 * 0.99 = heavy), debiased like Adam so the first points are not pulled toward 0.
 * Non-finite values pass through and do not poison later points; a constant
 * series stays exactly constant. Runs on the full-resolution series, so the
 * smoothing does not depend on how many points the chart later shows.
 */
export function ema(values: ArrayLike<number>, weight: number): number[] {
  const out = new Array<number>(values.length);
  let constant = true;
  for (let i = 1; i < values.length && constant; i++) constant = values[i] === values[0];
  let last = 0;
  let n = 0;
  // Once weight^n is at most 2^-54, 1 - weight^n rounds to exactly 1 (and stays there): the debiasing is
  // then the identity, and the Math.pow per point (most of the cost over 20 runs × 10,000 steps) can stop.
  let debias = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (constant || !Number.isFinite(v)) {
      out[i] = v;
      continue;
    }
    last = last * weight + (1 - weight) * v;
    n++;
    if (debias) {
      const p = Math.pow(weight, n);
      debias = p > NEGLIGIBLE;
      out[i] = last / (1 - p);
    } else out[i] = last;
  }
  return out;
}

/**
 * M4 decimation (Jugel et al., VLDB 2014): splits the x range into
 * maxPoints/4 equal buckets and keeps, per bucket, the first and last points
 * and those holding the minimum and maximum value, so every spike and dip
 * survives and a line drawn through the kept points matches the full one at
 * chart resolution. Also keeps the first non-finite point of a bucket (a NaN
 * loss must stay visible), which may add one point per such bucket.
 * `x` must be sorted ascending; returns ascending indices.
 */
export function m4(x: ArrayLike<number>, y: ArrayLike<number>, maxPoints: number): number[] {
  const n = x.length;
  if (n <= Math.max(maxPoints, 4)) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.max(1, Math.floor(maxPoints / 4));
  const x0 = x[0]!;
  const span = x[n - 1]! - x0 || 1;
  const keep: number[] = [];
  let i = 0;
  while (i < n) {
    const b = Math.min(buckets - 1, Math.floor(((x[i]! - x0) / span) * buckets));
    const first = i;
    let lo = -1;
    let hi = -1;
    let odd = -1;
    while (i < n && Math.min(buckets - 1, Math.floor(((x[i]! - x0) / span) * buckets)) === b) {
      const v = y[i]!;
      if (Number.isFinite(v)) {
        if (lo < 0 || v < y[lo]!) lo = i;
        if (hi < 0 || v > y[hi]!) hi = i;
      } else if (odd < 0) odd = i;
      i++;
    }
    const picked = [first, lo, hi, odd, i - 1].filter((k) => k >= 0).sort((a, c) => a - c);
    for (const k of picked) if (keep[keep.length - 1] !== k) keep.push(k);
  }
  return keep;
}
