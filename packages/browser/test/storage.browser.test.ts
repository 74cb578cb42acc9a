// indexeddb:// and localstorage:// in real Chromium: round trips through the URL registry, atomic
// replacement, quota errors and removal.
import { NeuriteError } from "@neurite/core";
import { loadModel } from "@neurite/layers";
import { beforeEach, describe, expect, it } from "vitest";
import { browserIndexedDB, browserLocalStorage, removeModel } from "../src/index.js";
import { expectSameModel, smallModel } from "./helpers.js";

beforeEach(() => localStorage.clear());

describe("indexeddb://", () => {
  it("round-trips a model through model.save and loadModel", async () => {
    const model = smallModel(1);
    const result = await model.save("indexeddb://round-trip");
    expect(result.modelArtifactsInfo.weightDataBytes).toBe((3 * 4 + 4 + 4 * 2 + 2) * 4);
    expectSameModel(await loadModel("indexeddb://round-trip"), model);
  });

  it("replaces a model saved under the same name, and the handler function works like the URL", async () => {
    await smallModel(2).save("indexeddb://replace");
    const second = smallModel(3);
    await second.save(browserIndexedDB("replace"));
    expectSameModel(await loadModel(browserIndexedDB("indexeddb://replace")), second);
  });

  it("reports a missing model as NOT_FOUND and removes saved ones", async () => {
    await expect(loadModel("indexeddb://never-saved")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await smallModel().save("indexeddb://to-remove");
    expect(await removeModel("indexeddb://to-remove")).toBe(true);
    expect(await removeModel("indexeddb://to-remove")).toBe(false);
    await expect(loadModel("indexeddb://to-remove")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("localstorage://", () => {
  it("round-trips a model, weights stored as base64 text", async () => {
    const model = smallModel(4);
    await model.save("localstorage://small");
    const stored = Object.keys(localStorage);
    expect(stored).toContain("neurite_models/info/small");
    const shard = stored.find((k) => k.endsWith(".bin"))!;
    expect(localStorage.getItem(shard)).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expectSameModel(await loadModel("localstorage://small"), model);
  });

  it("a second save replaces the first and leaves no files of the old one", async () => {
    await smallModel(5).save("localstorage://twice");
    const keysAfterFirst = Object.keys(localStorage).length;
    const second = smallModel(6);
    await second.save(browserLocalStorage("twice"));
    expect(Object.keys(localStorage).length).toBe(keysAfterFirst);
    expectSameModel(await loadModel("localstorage://twice"), second);
  });

  it("a save that hits the quota fails with OUT_OF_MEMORY and keeps the previous model", async () => {
    const first = smallModel(8);
    await first.save("localstorage://quota");
    const before = Object.keys(localStorage).sort();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.endsWith("model.json")) throw new DOMException("full", "QuotaExceededError");
      setItem.call(this, key, value);
    };
    try {
      const err = await smallModel(9).save("localstorage://quota").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NeuriteError);
      expect((err as NeuriteError).code).toBe("OUT_OF_MEMORY");
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(Object.keys(localStorage).sort()).toEqual(before);
    expectSameModel(await loadModel("localstorage://quota"), first);
  });

  it("removes a model and refuses an empty name", async () => {
    await smallModel().save("localstorage://gone");
    expect(await removeModel("localstorage://gone")).toBe(true);
    expect(Object.keys(localStorage)).toEqual([]);
    expect(() => browserLocalStorage("")).toThrow(/must not be empty/);
  });
});
