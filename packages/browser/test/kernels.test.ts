// Streaming kernel loading in Node (fetch and instantiateStreaming are built in): each path by content type.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKernelsStreaming } from "../src/index.js";

const require = createRequire(import.meta.url);
let server: Server;
let base: string;

beforeAll(async () => {
  const wasm = await readFile(require.resolve("@neurite/kernels/kernels-scalar.wasm"));
  server = createServer((req, res) => {
    const routes: Record<string, [string, Uint8Array | string]> = {
      "/k.wasm": ["application/wasm", wasm],
      "/k.bin": ["application/octet-stream", wasm],
      "/bad.wasm": ["application/wasm", "not wasm"],
    };
    const r = routes[req.url!];
    res.writeHead(r ? 200 : 404, { "content-type": r?.[0] ?? "text/plain" });
    res.end(r?.[1] ?? "");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => server.close());

describe("loadKernelsStreaming", () => {
  it("streams application/wasm, compiles other content types from bytes, and falls back to the embedded copy", async () => {
    const load = (path: string) => loadKernelsStreaming({ flavour: "scalar", wasmUrl: base + path });
    const streamed = await load("/k.wasm");
    expect([streamed.source, streamed.module.flavour]).toEqual(["streaming", "scalar"]);
    expect((await load("/k.bin")).source).toBe("bytes");
    expect((await load("/missing.wasm")).source).toBe("embedded");
    expect((await load("/bad.wasm")).source).toBe("embedded");
    expect((await loadKernelsStreaming({ flavour: "scalar", wasmUrl: "http://127.0.0.1:1/unreachable.wasm" })).source).toBe("embedded");
  });

  it("a streamed module computes like the embedded one", async () => {
    const { module } = await loadKernelsStreaming({ flavour: "scalar", wasmUrl: `${base}/k.wasm` });
    const p = module.uploadFloats([1, 2, 3, 4, 5]);
    expect(module.raw.sum(5, p)).toBe(15);
  });
});
