import { createServer, type Server } from "node:http";
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import * as nt from "@neurite/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io, layers, loadModel, sequential } from "../src/index.js";
import { VERSION } from "../src/io/save.js";
import { allLayersModel, rejectsWith } from "./io-helpers.js";

let root: string;
beforeAll(async () => {
  await nt.ready();
  root = await mkdtemp(join(tmpdir(), "neurite-io-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const x = () => {
  nt.setSeed(11);
  return nt.randomNormal([4, 2, 3]);
};

async function smallModel(seed: number) {
  nt.setSeed(seed);
  return sequential([layers.dense({ units: 3, inputShape: [4], name: "a" }), layers.dense({ units: 2, name: "b" })]);
}

describe("file://", () => {
  it("round-trips through a new nested folder, leaving only model.json and the shard", async () => {
    const m = await allLayersModel();
    const dir = join(root, "deep", "er", "model");
    await m.save(`file://${dir}`);
    expect((await readdir(dir)).sort()).toEqual(["group1-shard1of1.bin", "model.json"]);
    for (const url of [`file://${dir}`, `file://${dir}/model.json`, `file://${dir}/`]) {
      expect((await loadModel(url)).predict(x()).data()).toEqual(m.predict(x()).data());
    }
  });

  it("resolves relative paths against the working directory and saves over an existing model", async () => {
    const dir = join(root, "relative");
    const url = `file://${relative(process.cwd(), dir)}`;
    await (await smallModel(1)).save(url);
    const second = await smallModel(2);
    await second.save(`file://${dir}/model.json`);
    expect((await loadModel(url)).predict(nt.ones([1, 4])).data()).toEqual(second.predict(nt.ones([1, 4])).data());
  });

  it("refuses a missing model, corrupted JSON, a truncated shard, a shard from another save and a missing shard", async () => {
    const dir = join(root, "broken");
    const shard = join(dir, "group1-shard1of1.bin");
    await rejectsWith(loadModel(`file://${dir}/model.json`), "NOT_FOUND", /broken\/model.json does not exist/);

    await (await smallModel(3)).save(`file://${dir}`);
    const good = await readFile(join(dir, "model.json"), "utf8");
    await writeFile(join(dir, "model.json"), good.slice(0, good.length / 2));
    await rejectsWith(loadModel(`file://${dir}`), "BAD_MODEL_FILE", /broken\/model.json: not valid JSON/);
    await writeFile(join(dir, "model.json"), good);

    const bytes = await readFile(shard);
    await truncate(shard, 40);
    await rejectsWith(loadModel(`file://${dir}`), "BAD_MODEL_FILE", /needs 92 bytes but its shards \(group1-shard1of1.bin\) hold 40/);

    // Same architecture saved elsewhere: the shard has the right size but not this model.json's bytes.
    await (await smallModel(4)).save(`file://${dir}-other`);
    await writeFile(shard, await readFile(join(`${dir}-other`, "group1-shard1of1.bin")));
    await rejectsWith(loadModel(`file://${dir}`), "CHECKSUM", /group1-shard1of1.bin: SHA-256 differs from model.json's/);

    await rm(shard);
    await rejectsWith(loadModel(`file://${dir}`), "NOT_FOUND", /group1-shard1of1.bin does not exist/);
    await writeFile(shard, bytes);
    expect((await loadModel(`file://${dir}`)).countParams()).toBe(23);
  });

  it("reports a path it cannot write and removes the temp file", async () => {
    const dir = join(root, "blocked");
    await mkdir(join(dir, "model.json"), { recursive: true });
    await rejectsWith((await smallModel(5)).save(`file://${dir}`), "BAD_ARGUMENT", /cannot write .*blocked\/model.json/);
    expect((await readdir(dir)).sort()).toEqual(["group1-shard1of1.bin", "model.json"]);
  });

  it("keeps the package version in model.json in step with package.json", async () => {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe("http(s)://", () => {
  let server: Server;
  let base: string;
  const seen: string[] = [];
  beforeAll(async () => {
    const dir = join(root, "served");
    await (await smallModel(6)).save(`file://${dir}`);
    server = createServer(async (req, res) => {
      seen.push(req.url!);
      const path = new URL(req.url!, "http://x").pathname;
      try {
        res.end(await readFile(join(dir, path.replace(/^\/models\//, ""))));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/models`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it("loads model.json, then its shards relative to it with the same query string", async () => {
    const m = await loadModel(`${base}/model.json?v=3`);
    expect(m.predict(nt.ones([1, 4])).data()).toEqual((await smallModel(6)).predict(nt.ones([1, 4])).data());
    expect(seen.slice(-2)).toEqual(["/models/model.json?v=3", "/models/group1-shard1of1.bin?v=3"]);
  });

  it("maps 404 and unreachable servers to NOT_FOUND", async () => {
    await rejectsWith(loadModel(`${base}/missing/model.json`), "NOT_FOUND", /missing\/model.json: HTTP 404/);
    const refused = io.http("http://127.0.0.1:9/model.json", { fetch: () => Promise.reject(new TypeError("fetch failed")) });
    await rejectsWith(loadModel(refused), "NOT_FOUND", /could not fetch http:\/\/127.0.0.1:9\/model.json: fetch failed/);
  });
});
