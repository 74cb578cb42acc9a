import { describe, expect, it } from "vitest";
import { effectOf } from "./effects.js";
import { createStore } from "./store.js";
import { defaultState } from "./schema.js";

describe("effectOf", () => {
  const base = defaultState();
  it("ranks changes by what they rebuild", () => {
    expect(effectOf(base, { ...base })).toBe("none");
    expect(effectOf(base, { ...base, discretize: true })).toBe("view");
    expect(effectOf(base, { ...base, learningRate: 0.1 })).toBe("hyper");
    expect(effectOf(base, { ...base, hidden: [4, 3] })).toBe("model");
    expect(effectOf(base, { ...base, hidden: [4, 2] })).toBe("none");
    expect(effectOf(base, { ...base, noise: 10, learningRate: 0.1, discretize: true })).toBe("data");
  });
});

describe("store", () => {
  it("normalises updates and tells listeners the previous state", () => {
    const store = createStore(defaultState());
    const seen: [string, string][] = [];
    const off = store.subscribe((next, prev) => seen.push([prev.dataset, next.dataset]));
    store.update({ problem: "regression" });
    store.update((s) => ({ hidden: [...s.hidden, 3] }));
    off();
    store.update({ noise: 10 });
    expect(seen).toEqual([["circle", "plane"], ["plane", "plane"]]);
    expect(store.get().hidden).toEqual([4, 2, 3]);
    expect(store.get().noise).toBe(10);
  });
});
