import * as nt from "@neurite/core";
import { iris } from "@neurite/data";
import { layers, sequential, type Model } from "@neurite/layers";
import { NeuriteError } from "@neurite/core";

/** Iris with standardized features (zero mean, unit variance per column) and int32 labels. */
export function standardIris(): { x: nt.Tensor; y: nt.Tensor } {
  const d = iris();
  const [n, f] = d.x.shape as [number, number];
  const v = Float32Array.from(d.x.data);
  for (let j = 0; j < f; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += v[i * f + j]! / n;
    let s = 0;
    for (let i = 0; i < n; i++) s += (v[i * f + j]! - m) ** 2 / n;
    for (let i = 0; i < n; i++) v[i * f + j] = (v[i * f + j]! - m) / Math.sqrt(s);
  }
  return { x: nt.tensor(v, [n, f]), y: nt.tensor(d.y.data, [n], "int32") };
}

/** A 4 → units (relu) → 3 (softmax) classifier compiled with Adam. */
export function irisNet(params: { units?: unknown; learningRate?: unknown }): Model {
  const m = sequential([
    layers.dense({ units: Number(params.units ?? 8), activation: "relu", inputShape: [4] }),
    layers.dense({ units: 3, activation: "softmax" }),
  ]);
  m.compile({ optimizer: nt.optimizers.adam({ learningRate: Number(params.learningRate ?? 0.05) }), loss: "sparseCategoricalCrossentropy" });
  return m;
}

export function thrown(f: () => unknown): NeuriteError {
  try {
    f();
  } catch (e) {
    if (e instanceof NeuriteError) return e;
    throw e;
  }
  throw new Error("expected a NeuriteError");
}

export async function rejected(p: Promise<unknown>): Promise<NeuriteError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof NeuriteError) return e;
    throw e;
  }
  throw new Error("expected a NeuriteError");
}
