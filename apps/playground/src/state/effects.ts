import type { AppState } from "./schema.js";

/**
 * What a change asks of the worker, weakest to strongest: "view" redraws
 * only; "hyper" applies live to the running training (as the Playground does
 * with the learning rate); "model" rebuilds the network; "data" regenerates
 * the points as well. Both rebuilds restart from epoch 0 with the seed, so
 * the URL still describes what is on screen.
 */
export type Effect = "none" | "view" | "hyper" | "model" | "data";

const KIND: { [K in keyof AppState]: Exclude<Effect, "none"> } = {
  problem: "data", dataset: "data", classes: "data", noise: "data", trainRatio: "data", seed: "data", csv: "data",
  features: "model", hidden: "model", activation: "model", regularization: "model", regularizationRate: "model",
  learningRate: "hyper", optimizer: "hyper", batchSize: "hyper", speed: "hyper",
  showTestData: "view", discretize: "view",
};

const RANK: Record<Effect, number> = { none: 0, view: 1, hyper: 2, model: 3, data: 4 };

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b);

/** The strongest effect among the fields that differ. */
export function effectOf(prev: AppState, next: AppState): Effect {
  let out: Effect = "none";
  for (const k of Object.keys(KIND) as (keyof AppState)[]) {
    if (!same(prev[k], next[k]) && RANK[KIND[k]] > RANK[out]) out = KIND[k];
  }
  return out;
}
