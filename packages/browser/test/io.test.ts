// The browser handlers outside a browser: base64 for localStorage, and clear errors where the
// browser API is missing. (Round trips in Chromium: storage.browser.test.ts and e2e.node.test.ts.)
import { loadModel } from "@neurite/layers";
import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "../src/io/base64.js";
import { browserFiles } from "../src/index.js";
import { smallModel } from "./helpers.js";

describe("base64", () => {
  it("round-trips every byte value and arrays longer than one chunk, matching Node's encoder", () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) & 255);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString("base64"));
    expect(fromBase64(text)).toEqual(bytes);
    expect(toBase64(new Uint8Array(0))).toBe("");
  });
});

describe("browser handlers outside a browser", () => {
  it("name the missing API", async () => {
    const model = smallModel();
    await expect(model.save("localstorage://x")).rejects.toMatchObject({ code: "UNSUPPORTED", message: expect.stringMatching(/no localStorage/) });
    await expect(model.save("indexeddb://x")).rejects.toMatchObject({ code: "UNSUPPORTED", message: expect.stringMatching(/no IndexedDB/) });
    await expect(model.save("downloads://x")).rejects.toMatchObject({ code: "UNSUPPORTED", message: expect.stringMatching(/needs a page/) });
    await expect(loadModel("downloads://x")).rejects.toMatchObject({ code: "UNSUPPORTED", message: expect.stringMatching(/cannot load/) });
  });

  it("browserFiles wants exactly one .json and names missing weight files", async () => {
    expect(() => browserFiles([])).toThrow(/exactly one \.json/);
    const json = new File(['{"modelTopology":{"class_name":"Sequential","config":{"layers":[]}},"weightsManifest":[{"paths":["w.bin"],"weights":[{"name":"k","shape":[1],"dtype":"float32"}]}]}'], "m.json");
    await expect(loadModel(browserFiles([json]))).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/needs the weight file "w.bin"/) });
  });
});
