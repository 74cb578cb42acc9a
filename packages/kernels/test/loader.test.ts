import { describe, expect, it } from "vitest";
import { loadKernels, pickFlavour, referenceKernels, simdSupported, wasmBytes } from "../src/index.js";

describe("loader", () => {
  it("validates the SIMD build on this runtime and picks it by default", async () => {
    expect(simdSupported()).toBe(true);
    expect(pickFlavour()).toBe("simd");
    const mod = await loadKernels();
    expect(mod.flavour).toBe("simd");
  });

  it("loads the scalar flavour on request", async () => {
    const mod = await loadKernels({ flavour: "scalar" });
    expect(mod.flavour).toBe("scalar");
    // That the scalar build holds no SIMD code is checked on its .wat in dense.node.test.ts.
    expect(wasmBytes("scalar").length).toBeLessThan(wasmBytes("simd").length);
  });

  it("starts the heap above static data and never hands out address 0", async () => {
    for (const mod of [await loadKernels(), referenceKernels()]) {
      const p = mod.allocFloats(10);
      expect(p).toBeGreaterThanOrEqual(mod.raw.heapBase());
      expect(p % 16).toBe(0);
      mod.free(p);
    }
  });
});
