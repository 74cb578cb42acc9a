// Timing helpers. Benchmarks here share a 2-core machine with other work, so
// contestants are timed in interleaved rounds and compared by the median of
// per-round ratios: a slow stretch hits every contestant of a round alike.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Calls fn `reps` times; returns milliseconds per call. */
export function timeCalls(fn: () => void, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t0) / reps;
}

/**
 * Calls per timed repetition so that one repetition lasts at least `minMs`.
 * The first call is a warm-up; when it alone is long enough, that is the answer.
 */
export function calibrate(fn: () => void, minMs: number): number {
  let reps = 1;
  let ms = timeCalls(fn, 1);
  while (ms < minMs) {
    reps = ms <= 0 ? reps * 16 : Math.max(reps * 2, Math.ceil((reps * minMs * 1.2) / ms));
    ms = timeCalls(fn, reps) * reps;
  }
  return reps;
}

export interface Contestant {
  name: string;
  run: () => void;
}

/**
 * Times every contestant `rounds` times, rotating the order each round.
 * Returns milliseconds per call: samples[name][round].
 */
export function interleave(contestants: readonly Contestant[], rounds: number, minMs: number): Map<string, number[]> {
  const reps = contestants.map((c) => calibrate(c.run, minMs));
  const samples = new Map<string, number[]>(contestants.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < contestants.length; i++) {
      const k = (i + r) % contestants.length;
      const c = contestants[k]!;
      samples.get(c.name)!.push(timeCalls(c.run, reps[k]!));
    }
  }
  return samples;
}

/** Median over rounds of a[r] / b[r]. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((x, i) => x / b[i]!));
}
