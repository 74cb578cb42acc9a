/** One logged histogram: bins as RUNLOG.md's `{lo, hi, count}`. */
export interface HistStep {
  step: number;
  bins: { lo: number; hi: number; count: number }[];
}

/** Histograms resampled onto one value grid: `density[i][r]` in [0, 1] (each step scaled to its own peak). */
export interface Grid {
  steps: number[];
  lo: number;
  hi: number;
  rows: number;
  counts: Float64Array[];
  density: Float64Array[];
  mean: (number | null)[];
}

/**
 * Spreads each bin's count uniformly over its [lo, hi] and accumulates it into
 * `rows` equal rows spanning every step's range, so steps with different bin
 * edges line up. A zero-width bin (all values equal) lands in one row.
 */
export function resample(hist: HistStep[], rows = 64): Grid {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of hist) for (const b of s.bins) if (b.count > 0) [lo, hi] = [Math.min(lo, b.lo), Math.max(hi, b.hi)];
  if (lo === Infinity) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
  const dy = (hi - lo) / rows;
  const row = (v: number) => Math.min(rows - 1, Math.max(0, Math.floor((v - lo) / dy)));
  const counts = hist.map((s) => {
    const col = new Float64Array(rows);
    for (const b of s.bins) {
      if (b.count <= 0) continue;
      if (b.hi <= b.lo) {
        col[row(b.lo)]! += b.count;
        continue;
      }
      for (let r = row(b.lo); r <= row(b.hi); r++) {
        const overlap = Math.min(b.hi, lo + (r + 1) * dy) - Math.max(b.lo, lo + r * dy);
        if (overlap > 0) col[r]! += (b.count * overlap) / (b.hi - b.lo);
      }
    }
    return col;
  });
  const density = counts.map((col) => {
    const peak = Math.max(...col);
    return col.map((c) => (peak > 0 ? c / peak : 0));
  });
  const mean = hist.map((s) => {
    let n = 0;
    let sum = 0;
    for (const b of s.bins) [n, sum] = [n + b.count, sum + (b.count * (b.lo + b.hi)) / 2];
    return n > 0 ? sum / n : null;
  });
  return { steps: hist.map((s) => s.step), lo, hi, rows, counts, density, mean };
}
