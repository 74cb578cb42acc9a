import { NeuriteError } from "@neurite/core";

/**
 * A streaming metric, Keras-style: update() per batch accumulates, result()
 * reads the running value, reset() starts an epoch. Works on host copies of
 * the batch (cheap next to the step itself).
 */
export interface Metric {
  readonly name: string;
  /** Which count the compiled step accumulates for this metric inside wasm (absent: host-only). */
  readonly kind?: MetricKind;
  update(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, rows: number, cols: number, trueCols: number): void;
  result(): number;
  reset(): void;
  /** Adds a numerator and denominator counted elsewhere (the compiled step's accumulators). */
  add?(num: number, den: number): void;
}

/** The ratio metrics the compiled step can count: Σ numerator / Σ denominator over the epoch. */
export type MetricKind = "binaryAccuracy" | "categoricalAccuracy" | "sparseCategoricalAccuracy" | "precision" | "recall" | "mse" | "mae";

function ratio(name: string, kind: MetricKind | undefined, count: (yt: ArrayLike<number>, yp: ArrayLike<number>, rows: number, cols: number, tc: number) => [number, number]): Metric {
  let num = 0;
  let den = 0;
  return {
    name,
    kind,
    update(yt, yp, rows, cols, tc) {
      const [a, b] = count(yt, yp, rows, cols, tc);
      num += a;
      den += b;
    },
    add(a, b) {
      num += a;
      den += b;
    },
    result: () => (den === 0 ? 0 : num / den),
    reset() {
      num = 0;
      den = 0;
    },
  };
}

function argmaxRow(v: ArrayLike<number>, row: number, cols: number): number {
  let best = 0;
  for (let j = 1; j < cols; j++) if (v[row * cols + j]! > v[row * cols + best]!) best = j;
  return best;
}

export const binaryAccuracy = (name = "binaryAccuracy", threshold = 0.5) =>
  // The compiled step counts at 0.5 only.
  ratio(name, threshold === 0.5 ? "binaryAccuracy" : undefined, (yt, yp) => {
    let c = 0;
    for (let i = 0; i < yp.length; i++) c += (yp[i]! > threshold ? 1 : 0) === (yt[i]! > threshold ? 1 : 0) ? 1 : 0;
    return [c, yp.length];
  });

export const categoricalAccuracy = (name = "categoricalAccuracy") =>
  ratio(name, "categoricalAccuracy", (yt, yp, rows, cols) => {
    let c = 0;
    for (let r = 0; r < rows; r++) c += argmaxRow(yt, r, cols) === argmaxRow(yp, r, cols) ? 1 : 0;
    return [c, rows];
  });

export const sparseCategoricalAccuracy = (name = "sparseCategoricalAccuracy") =>
  ratio(name, "sparseCategoricalAccuracy", (yt, yp, rows, cols) => {
    let c = 0;
    for (let r = 0; r < rows; r++) c += yt[r] === argmaxRow(yp, r, cols) ? 1 : 0;
    return [c, rows];
  });

/** [elements both `a` and `b` call positive (> 0.5), elements `a` calls positive], over the first n. */
function positives(a: ArrayLike<number>, b: ArrayLike<number>, n: number): [number, number] {
  let both = 0;
  let pa = 0;
  for (let i = 0; i < n; i++) if (a[i]! > 0.5) {
    pa++;
    if (b[i]! > 0.5) both++;
  }
  return [both, pa];
}

/** Binary precision/recall at threshold 0.5 over all elements (Keras's defaults): true positives over predicted, or over actual, positives. */
export const precision = (name = "precision") => ratio(name, "precision", (yt, yp) => positives(yp, yt, yp.length));

export const recall = (name = "recall") => ratio(name, "recall", (yt, yp) => positives(yt, yp, yp.length));

export const meanSquaredError = (name = "mse") =>
  ratio(name, "mse", (yt, yp) => {
    let s = 0;
    for (let i = 0; i < yp.length; i++) s += (yp[i]! - yt[i]!) ** 2;
    return [s, yp.length];
  });

export const meanAbsoluteError = (name = "mae") =>
  ratio(name, "mae", (yt, yp) => {
    let s = 0;
    for (let i = 0; i < yp.length; i++) s += Math.abs(yp[i]! - yt[i]!);
    return [s, yp.length];
  });

/** A metric from a name, resolving "accuracy"/"acc" by the loss as Keras does. */
export function getMetric(id: string, lossName: string, outputs: number): Metric {
  switch (id) {
    case "accuracy":
    case "acc":
      if (lossName === "sparseCategoricalCrossentropy") return sparseCategoricalAccuracy(id);
      if (lossName === "categoricalCrossentropy") return categoricalAccuracy(id);
      if (lossName === "binaryCrossentropy" || outputs === 1) return binaryAccuracy(id);
      return categoricalAccuracy(id);
    case "binaryAccuracy":
      return binaryAccuracy(id);
    case "categoricalAccuracy":
      return categoricalAccuracy(id);
    case "sparseCategoricalAccuracy":
      return sparseCategoricalAccuracy(id);
    case "precision":
      return precision(id);
    case "recall":
      return recall(id);
    case "mse":
    case "meanSquaredError":
      return meanSquaredError(id);
    case "mae":
    case "meanAbsoluteError":
      return meanAbsoluteError(id);
    default:
      throw new NeuriteError(
        "BAD_ARGUMENT",
        `unknown metric "${id}"; known: accuracy, binaryAccuracy, categoricalAccuracy, sparseCategoricalAccuracy, precision, recall, mse, mae`,
      );
  }
}
