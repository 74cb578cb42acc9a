// downloads://, file inputs and http(s):// loading in real headless Chromium, driven by playwright-core:
// the test catches the downloaded files, feeds them to an <input type=file>, then serves them over HTTP.
import { build } from "esbuild";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Download, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs } from "../../../vitest.shared.ts";

type Snapshot = { weights: number[][]; predictions: number[] };
type E2E = {
  entry(): string;
  saveToDownloads(): Promise<Snapshot>;
  loadFromInput(): Promise<Snapshot>;
  loadFromUrl(url: string): Promise<Snapshot>;
  failingLoadCode(): Promise<string>;
};

const served = new Map<string, [string, Uint8Array | string]>();
let server: Server;
let browser: Browser;
let page: Page;
let dir: string;
let origin: string;
let saved: Snapshot;
const files = new Map<string, string>();

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, "e2e/page.ts")], bundle: true, format: "esm", platform: "browser",
    write: false, outfile: "page.js", logLevel: "silent", external: ["node:*"],
  });
  served.set("/", ["text/html", '<!doctype html><input type="file" id="files" multiple><script type="module" src="/page.js"></script>']);
  served.set("/page.js", ["text/javascript", bundle.outputFiles[0]!.contents]);
  server = createServer((req, res) => {
    const file = served.get(new URL(req.url!, "http://x").pathname);
    res.writeHead(file ? 200 : 404, { "content-type": file?.[0] ?? "text/plain" });
    res.end(file?.[1] ?? "");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  dir = await mkdtemp(join(tmpdir(), "neurite-e2e-"));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs });
  page = await browser.newPage({ acceptDownloads: true });
  await page.goto(origin);
  await page.waitForFunction(() => "e2e" in window);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const call = <K extends keyof E2E>(name: K, ...args: Parameters<E2E[K]>) =>
  page.evaluate(([n, a]) => (window as unknown as { e2e: Record<string, (...x: unknown[]) => unknown> }).e2e[n as string]!(...(a as unknown[])), [name, args] as const) as Promise<Awaited<ReturnType<E2E[K]>>>;

describe("neurite's browser entry in Chromium", () => {
  it("a bundler with browser conditions gets the browser entry", async () => {
    expect(await call("entry")).toBe("browser");
  });

  it("downloads:// saves model.json and its weight shard as two downloads", async () => {
    const downloads: Download[] = [];
    page.on("download", (d) => downloads.push(d));
    saved = await call("saveToDownloads");
    await expect.poll(() => downloads.length).toBe(2);
    for (const d of downloads) {
      const path = join(dir, d.suggestedFilename());
      await d.saveAs(path);
      files.set(d.suggestedFilename(), path);
    }
    expect([...files.keys()].sort()).toEqual(["e2e-model.json", "group1-shard1of1.bin"]);
    const json = JSON.parse(await readFile(files.get("e2e-model.json")!, "utf8"));
    expect(json.weightsManifest[0].paths).toEqual(["group1-shard1of1.bin"]);
    expect((await readFile(files.get("group1-shard1of1.bin")!)).byteLength).toBe((3 * 5 + 5 + 5 * 2 + 2) * 4);
  });

  it("browserFiles loads the downloaded files from an <input type=file>", async () => {
    await page.setInputFiles("#files", [...files.values()]);
    expect(await call("loadFromInput")).toEqual(saved);
  });

  it("accepts a renamed shard (a repeated download) and refuses a tampered one by checksum", async () => {
    const shard = await readFile(files.get("group1-shard1of1.bin")!);
    const json = await readFile(files.get("e2e-model.json")!);
    const input = (name: string, buffer: Buffer) => ({ name, mimeType: "application/octet-stream", buffer });
    await page.setInputFiles("#files", [input("e2e-model.json", json), input("group1-shard1of1 (1).bin", shard)]);
    expect(await call("loadFromInput")).toEqual(saved);
    const tampered = Buffer.from(shard);
    tampered[0] ^= 1;
    await page.setInputFiles("#files", [input("e2e-model.json", json), input("group1-shard1of1.bin", tampered)]);
    expect(await call("failingLoadCode")).toBe("CHECKSUM");
  });

  it("http:// loads the same files served next to each other", async () => {
    served.set("/models/e2e/model.json", ["application/json", await readFile(files.get("e2e-model.json")!)]);
    served.set("/models/e2e/group1-shard1of1.bin", ["application/octet-stream", await readFile(files.get("group1-shard1of1.bin")!)]);
    expect(await call("loadFromUrl", `${origin}/models/e2e/model.json`)).toEqual(saved);
  });
});
