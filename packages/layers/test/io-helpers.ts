import * as nt from "@neurite/core";
import { expect } from "vitest";
import { layers, sequential, type Sequential } from "../src/index.js";

/**
 * InputLayer → Flatten → Dense relu → BatchNormalization → Dropout → Activation
 * tanh → Dense softmax, fitted a few steps so every weight (BN's moving
 * statistics too) differs from its initial value.
 */
export async function allLayersModel(seed = 3): Promise<Sequential> {
  nt.setSeed(seed);
  const m = sequential([
    layers.inputLayer({ shape: [2, 3] }),
    layers.flatten(),
    layers.dense({ units: 8, activation: "relu", kernelRegularizer: "l2" }),
    layers.batchNormalization({ momentum: 0.5 }),
    layers.dropout({ rate: 0.3, seed: 1 }),
    layers.activation({ activation: "tanh" }),
    layers.dense({ units: 3, activation: "softmax" }),
  ]);
  m.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.01 }), loss: "categoricalCrossentropy", metrics: ["accuracy"] });
  const x = nt.randomNormal([24, 2, 3]);
  const y = nt.oneHot(nt.tensor(Array.from({ length: 24 }, (_, i) => i % 3), [24], "int32"), 3);
  await m.fit(x, y, { epochs: 2, batchSize: 8, verbose: 0 });
  return m;
}

export function readJson(files: Map<string, Uint8Array>, path = "model.json"): Record<string, any> {
  return JSON.parse(new TextDecoder().decode(files.get(path)));
}

export function writeJson(files: Map<string, Uint8Array>, json: unknown, path = "model.json"): void {
  files.set(path, new TextEncoder().encode(JSON.stringify(json)));
}

/** Rejects with a NeuriteError of this code whose message matches. */
export async function rejectsWith(p: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await expect(p).rejects.toMatchObject({ name: "NeuriteError", code, message: expect.stringMatching(message) });
}

export function closeTo(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  const worst = Array.from(actual).reduce((m, v, i) => Math.max(m, Math.abs(v - expected[i]!)), 0);
  expect(worst).toBeLessThanOrEqual(tol);
}
