// Kernel loading in Chromium: instantiateStreaming from a served .wasm, and each fallback.
import * as nt from "@neurite/core";
import { describe, expect, it } from "vitest";
import simdUrl from "@neurite/kernels/kernels-simd.wasm?url";
import { loadKernelsStreaming, ready } from "../src/index.js";

const blobUrl = (bytes: BlobPart, type: string) => URL.createObjectURL(new Blob([bytes], { type }));

describe("loadKernelsStreaming", () => {
  it("compiles the served module while it downloads (application/wasm)", async () => {
    const { module, source } = await loadKernelsStreaming({ wasmUrl: simdUrl });
    expect(source).toBe("streaming");
    expect(module.flavour).toBe("simd");
  });

  it("compiles the bytes when the server sends another content type", async () => {
    const bytes = await (await fetch(simdUrl)).arrayBuffer();
    const { source } = await loadKernelsStreaming({ wasmUrl: blobUrl(bytes, "application/octet-stream") });
    expect(source).toBe("bytes");
  });

  it("falls back to the embedded kernels on a 404 or a file that is not wasm", async () => {
    expect((await loadKernelsStreaming({ wasmUrl: "/no-such-kernels.wasm" })).source).toBe("embedded");
    expect((await loadKernelsStreaming({ wasmUrl: blobUrl("<html></html>", "application/wasm") })).source).toBe("embedded");
  });

  it("ready() makes the streamed kernels the active wasm backend", async () => {
    expect(await ready({ wasmUrl: (flavour) => (flavour === "simd" ? simdUrl : "/missing.wasm") })).toBe("streaming");
    expect(nt.backendName()).toBe("wasm");
    expect(nt.backendFlavour()).toBe("simd");
    expect(Array.from(nt.tidy(() => nt.add(nt.tensor([1, 2]), nt.tensor([3, 4])).data()))).toEqual([4, 6]);
  });
});
