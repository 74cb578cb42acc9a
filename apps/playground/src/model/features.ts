/**
 * TensorFlow Playground's input features, computed from a point (x1, x2).
 * The worker feeds them to the network; the view draws each as a heatmap.
 */
import { FEATURES, type FeatureName } from "../state/schema.js";

export interface FeatureInfo {
  /** Label for the diagram, with Unicode super/subscripts. */
  label: string;
  /** The same as a TypeScript expression over `x1` and `x2` (for the export snippet). */
  code: string;
  fn: (x1: number, x2: number) => number;
}

export const FEATURE_INFO: Readonly<Record<FeatureName, FeatureInfo>> = {
  x1: { label: "X₁", code: "x1", fn: (x1) => x1 },
  x2: { label: "X₂", code: "x2", fn: (_, x2) => x2 },
  x1sq: { label: "X₁²", code: "x1 * x1", fn: (x1) => x1 * x1 },
  x2sq: { label: "X₂²", code: "x2 * x2", fn: (_, x2) => x2 * x2 },
  x1x2: { label: "X₁X₂", code: "x1 * x2", fn: (x1, x2) => x1 * x2 },
  sinx1: { label: "sin(X₁)", code: "Math.sin(x1)", fn: (x1) => Math.sin(x1) },
  sinx2: { label: "sin(X₂)", code: "Math.sin(x2)", fn: (_, x2) => Math.sin(x2) },
};

/** Features in canonical order (whatever order `selected` lists them in). */
export function orderedFeatures(selected: readonly FeatureName[]): FeatureName[] {
  return FEATURES.filter((f) => selected.includes(f));
}

/** The network's input rows: points [n, 2] (row-major) → [n, features.length]. */
export function featureMatrix(points: Float32Array, features: readonly FeatureName[]): Float32Array {
  if (points.length % 2 !== 0) throw new RangeError(`featureMatrix: points must hold (x1, x2) pairs, got ${points.length} numbers`);
  const n = points.length / 2;
  const fns = features.map((f) => FEATURE_INFO[f].fn);
  const out = new Float32Array(n * fns.length);
  for (let i = 0; i < n; i++) {
    const x1 = points[2 * i]!;
    const x2 = points[2 * i + 1]!;
    for (let j = 0; j < fns.length; j++) out[i * fns.length + j] = fns[j]!(x1, x2);
  }
  return out;
}
