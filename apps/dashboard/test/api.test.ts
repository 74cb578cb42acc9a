import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDashboard, type Dashboard } from "../../../packages/node/src/dashboard/server.js";
import { append, getJson, raw, scalar, tempDir, WALL0, writeRun } from "./fixtures.js";

let dash: Dashboard;
let base: string;
let logdir: string;
let outside: string;

beforeAll(async () => {
  logdir = tempDir("dash-api-");
  outside = tempDir("dash-outside-");
  writeFileSync(join(outside, "secret.txt"), "SECRET\n");
  writeRun(outside, "stolen", [scalar("loss", 0, 1), '{"note":"SECRET"}\n']);
  const app = tempDir("dash-app-");
  writeFileSync(join(app, "index.html"), "<!doctype html><title>app</title>");
  symlinkSync(join(outside, "secret.txt"), join(app, "leak.txt"));

  writeRun(logdir, "a", [scalar("loss", 0, 1.5), scalar("loss", 1, 1.25), { step: 0, wall: WALL0, kind: "text", tag: "notes", text: "hi" }]);
  writeRun(logdir, "group/b", [scalar("loss", 0, 2)]);
  symlinkSync(join(outside, "stolen"), join(logdir, "escape"));
  mkdirSync(join(logdir, "linkfile"));
  symlinkSync(join(outside, "stolen", "events.jsonl"), join(logdir, "linkfile", "events.jsonl"));
  dash = await startDashboard({ logdir, port: 0, appDir: app, pollMs: 100 });
  base = dash.url;
});

afterAll(async () => {
  await dash.close();
});

describe("dashboard API", () => {
  it("lists runs (nested ones by path) with tags by kind and exact counts for small files", async () => {
    const { runs } = await getJson(base, "/api/runs");
    expect(runs.map((r: { name: string }) => r.name)).toEqual(["a", "group/b"]);
    const a = runs[0];
    expect(a).toMatchObject({ events: 3, exact: true, malformed: 0, tags: { scalar: ["loss"], text: ["notes"] } });
    expect(a.mtime).toBeGreaterThan(0);
  });

  it("binds 127.0.0.1 and serves the app", async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await raw(base, "/");
    expect(r.status).toBe(200);
    expect(r.body).toContain("<title>app</title>");
    expect(String(r.headers["content-security-policy"])).toContain("default-src 'self'");
  });

  it.each([
    ["/../secret.txt", 400],
    ["/%2e%2e/secret.txt", 400],
    ["/%2E%2E%2Fsecret.txt", 400],
    ["/..%2f..%2f..%2fetc%2fpasswd", 400],
    ["/%2fetc%2fpasswd", 400],
    ["//etc/passwd", 400],
    ["/index.html%00.js", 400],
    ["/a%5c..%5c..%5csecret.txt", 400],
    ["/leak.txt", 403],
    ["/api/runs/..%2F..%2Fsecret/events", 400],
    ["/api/runs/%2e%2e/events", 400],
    ["/api/runs/%2Fetc/events", 400],
    ["/api/runs/a%00b/events", 400],
    ["/api/runs/C:%5Cwindows/events", 400],
    ["/api/runs/escape/events", 403],
    ["/api/runs/linkfile/events", 403],
    ["/api/scalars?runs=../a&tag=loss", 400],
    ["/api/scalars?run=%2Fetc%2Fpasswd&tag=loss", 400],
    ["/api/export?runs=escape&tag=loss&format=csv", 403],
    ["/api/events?runs=a/../../x", 400],
    ["/api/stream?runs=linkfile", 403],
    ["/api/runs/nope/events", 404],
  ])("refuses %s with %i", async (path, status) => {
    const r = await raw(base, path);
    expect(r.status).toBe(status);
    expect(r.body).not.toContain("SECRET");
    if (path.startsWith("/api/")) expect(JSON.parse(r.body).error.code).toBeTypeOf("string");
  });

  it("never lists runs that symlinks lead outside the logdir", async () => {
    const { runs } = await getJson(base, "/api/runs");
    expect(runs.map((r: { name: string }) => r.name)).not.toContain("escape");
    expect(runs.map((r: { name: string }) => r.name)).not.toContain("linkfile");
  });

  it("refuses other methods and a foreign Host header (DNS rebinding)", async () => {
    expect((await raw(base, "/api/runs", {}, "POST")).status).toBe(405);
    expect((await raw(base, "/api/runs", { host: "evil.example:80" })).status).toBe(403);
    expect((await raw(base, "/api/runs", { host: `localhost:${dash.port}` })).status).toBe(200);
  });

  it("rejects bad arguments with 400", async () => {
    expect((await raw(base, "/api/runs/a/events?since=abc")).status).toBe(400);
    expect((await raw(base, "/api/runs/a/events?since=-1")).status).toBe(400);
    expect((await raw(base, "/api/scalars?runs=a&tag=loss&smoothing=1.5")).status).toBe(400);
    expect((await raw(base, "/api/scalars?runs=a")).status).toBe(400);
    expect((await raw(base, "/api/export?runs=a&tag=loss&format=xml")).status).toBe(400);
    expect((await raw(base, "/api/nothing")).status).toBe(404);
  });
});

describe("reading events.jsonl", () => {
  it("skips and counts malformed lines, and leaves a partial last line until it is complete", async () => {
    const file = writeRun(logdir, "messy", [
      scalar("loss", 0, 1),
      "not json at all\n",
      '{"step": 1, "wall": 1}\n',
      '{"step": "two", "wall": 1, "kind": "scalar", "tag": "loss", "value": 1}\n',
      scalar("loss", 3, "abc"),
      { step: 4, wall: 1, kind: "histogram", tag: "w", bins: [{ lo: 1, hi: 0, count: 3 }] },
      "\n",
      scalar("loss", 5, "NaN"),
      scalar("loss", 6, 0.5),
      '{"step": 7, "wall": 1, "kind": "scal',
    ]);
    const r = await getJson(base, "/api/runs/messy/events");
    expect(r.events.map((e: { step: number }) => e.step)).toEqual([0, 5, 6]);
    expect(r.events[1].value).toBeNull();
    expect(r.malformed).toBe(5);
    expect(r.next).toBeLessThan(r.size);
    append(file, ['ar", "tag": "loss", "value": 0.25}\n']);
    const r2 = await getJson(base, `/api/runs/messy/events?since=${r.next}`);
    expect(r2.events).toEqual([{ step: 7, wall: 1, kind: "scalar", tag: "loss", value: 0.25 }]);
    expect(r2.next).toBe(r2.size);
    const { runs } = await getJson(base, "/api/tags?runs=messy");
    expect(runs[0]).toMatchObject({ events: 4, malformed: 5, exact: true });
  });

  it("accepts what @neurite/eval writes: trials under one tag, curves with series, string x and null y", async () => {
    const trial = (i: number, acc: number | null) => ({ step: i, wall: WALL0, kind: "hparams", tag: "trial", trial: i, params: { units: 4 << i, optimizer: i ? "adam" : "sgd" }, metrics: { accuracy: acc, accuracy_std: 0.01 }, rank: 3 - i });
    const curve = (series: string, y: (number | null)[]) => ({ step: 0, wall: WALL0, kind: "curve", tag: "validationCurve/optimizer/accuracy", series, x: ["sgd", "adam", true], y, yStd: [0.1, 0.1, 0.1], xLabel: "optimizer", yLabel: "accuracy" });
    writeRun(logdir, "search", [trial(0, null), trial(1, 0.8), trial(2, 0.9), curve("train", [0.9, 0.95, null]), curve("test", [0.7, 0.85, 0.8])]);
    const r = await getJson(base, "/api/runs/search/events");
    expect(r.malformed).toBe(0);
    expect(r.events).toHaveLength(5);
    const csv = await raw(base, "/api/export?runs=search&kind=hparams&format=csv");
    expect(csv.body.trim().split("\r\n")).toEqual([
      "run,trial,step,rank,optimizer,units,metric:accuracy,metric:accuracy_std",
      "search,trial-0,0,3,sgd,4,,0.01",
      "search,trial-1,1,2,adam,8,0.8,0.01",
      "search,trial-2,2,1,adam,16,0.9,0.01",
    ]);
    const curves = await raw(base, "/api/export?runs=search&tag=validationCurve/optimizer/accuracy&format=csv");
    expect(curves.body.trim().split("\r\n").slice(0, 2)).toEqual(["run,step,wall,series,x,y,y_std,threshold", `search,0,${WALL0},train,sgd,0.9,0.1,`]);
  });

  it("pages through a run by byte offset, each page ending on a line boundary", async () => {
    const lines = Array.from({ length: 500 }, (_, i) => scalar("loss", i, Math.sin(i)));
    writeRun(logdir, "paged", lines);
    const seen: number[] = [];
    let since = 0;
    let pages = 0;
    for (;;) {
      const r = await getJson(base, `/api/runs/paged/events?since=${since}&maxBytes=2048`);
      seen.push(...r.events.map((e: { step: number }) => e.step));
      pages++;
      expect(r.next).toBeGreaterThan(since);
      since = r.next;
      if (!r.more) break;
    }
    expect(pages).toBeGreaterThan(5);
    expect(seen).toEqual(lines.map((_, i) => i));
    expect((await raw(base, `/api/runs/paged/events?since=${since + 10}`)).status).toBe(416);
    const filtered = await getJson(base, "/api/runs/a/events?tags=notes");
    expect(filtered.events.map((e: { kind: string }) => e.kind)).toEqual(["text"]);
  });

  it("lets the later line win when a step is logged twice (a resumed run)", async () => {
    writeRun(logdir, "resumed", [scalar("loss", 0, 5), scalar("loss", 1, 4), scalar("loss", 2, 3), scalar("loss", 1, 40), scalar("loss", 2, 30), scalar("loss", 3, 20)]);
    const r = await getJson(base, "/api/scalars?runs=resumed&tag=loss");
    expect(r.series[0].step).toEqual([0, 1, 2, 3]);
    expect(r.series[0].value).toEqual([5, 40, 30, 20]);
  });

  it("samples large unread runs in the list and reports them as estimates", async () => {
    writeRun(logdir, "big", Array.from({ length: 3000 }, (_, i) => scalar("train/loss", i, 1 / (i + 1))).concat([{ step: 3000, wall: WALL0, kind: "curve", tag: "roc", x: [0, 1], y: [0, 1], auc: 0.5 }]));
    const { runs } = await getJson(base, "/api/runs");
    const big = runs.find((r: { name: string }) => r.name === "big");
    expect(big.exact).toBe(false);
    expect(Math.abs(big.events - 3001) / 3001).toBeLessThan(0.05);
    expect(big.tags).toEqual({ scalar: ["train/loss"], curve: ["roc"] });
    const exact = await getJson(base, "/api/tags?runs=big");
    expect(exact.runs[0]).toMatchObject({ events: 3001, exact: true });
  });
});

describe("scalars and exports", () => {
  it("downsamples with M4 so the spike and the dip survive", async () => {
    const n = 10_000;
    const values = Array.from({ length: n }, (_, i) => Math.sin(i / 50) + 0.01 * ((i * 7919) % 13));
    values[4321] = 100;
    values[8765] = -100;
    writeRun(logdir, "spiky", values.map((v, i) => scalar("loss", i, v)));
    const r = await getJson(base, "/api/scalars?runs=spiky&tag=loss&maxPoints=400");
    const s = r.series[0];
    expect(s.total).toBe(n);
    expect(s.step.length).toBeLessThanOrEqual(400);
    expect(s.step.length).toBeGreaterThan(200);
    expect(s.step).toContain(4321);
    expect(s.step).toContain(8765);
    expect(Math.max(...s.value)).toBe(100);
    expect(Math.min(...s.value)).toBe(-100);
    expect(s.step[0]).toBe(0);
    expect(s.step[s.step.length - 1]).toBe(n - 1);
  });

  it("smooths at full resolution: the smoothed values do not depend on maxPoints", async () => {
    const a = await getJson(base, "/api/scalars?runs=spiky&tag=loss&maxPoints=400&smoothing=0.9");
    const b = await getJson(base, "/api/scalars?runs=spiky&tag=loss&maxPoints=20000&smoothing=0.9");
    const full = new Map<number, number>(b.series[0].step.map((st: number, i: number) => [st, b.series[0].smoothed[i]]));
    a.series[0].step.forEach((st: number, i: number) => expect(a.series[0].smoothed[i]).toBe(full.get(st)));
    expect(b.series[0].smoothed[0]).toBe(b.series[0].value[0]);
  });

  it("exports the logged values exactly as CSV and JSON", async () => {
    const vals = [0.1 + 0.2, 1e-300, -123456.789, 2 / 3, 5e-324, "NaN"];
    writeRun(logdir, "odd,name", vals.map((v, i) => scalar("loss", i * 10, v, WALL0 + i / 3)));
    const csv = await raw(base, "/api/export?run=odd,name&tag=loss&format=csv");
    expect(csv.status).toBe(200);
    expect(String(csv.headers["content-disposition"])).toContain('filename="loss.csv"');
    const rows = csv.body.trim().split("\r\n");
    expect(rows[0]).toBe("run,step,wall,value");
    const parsed = rows.slice(1).map((line) => line.slice('"odd,name",'.length).split(",").map(Number));
    expect(rows[1]!.startsWith('"odd,name",')).toBe(true);
    parsed.forEach(([step, wall, value], i) => {
      expect(step).toBe(i * 10);
      expect(wall).toBe(WALL0 + i / 3);
      expect(Object.is(value, typeof vals[i] === "number" ? vals[i] : NaN)).toBe(true);
    });
    const json = await getJson(base, "/api/export?run=odd,name&tag=loss&format=json");
    expect(json.runs[0].value).toEqual([...vals.slice(0, 5), null]);
  });

  it("exports histograms and trials (the latest event of each) as tables", async () => {
    writeRun(logdir, "h", [
      { step: 1, wall: WALL0, kind: "histogram", tag: "w", bins: [{ lo: 0, hi: 1, count: 2 }, { lo: 1, hi: 2, count: 5 }] },
      { step: 0, wall: WALL0, kind: "hparams", tag: "run", params: { lr: 0.01, opt: "adam" } },
      { step: 0, wall: WALL0, kind: "hparams", tag: "run", params: { lr: 0.01, opt: "adam" }, metrics: { acc: 0.9 } },
    ]);
    const hist = await raw(base, "/api/export?runs=h&tag=w&format=csv");
    expect(hist.body.trim().split("\r\n")).toEqual(["run,step,wall,lo,hi,count", `h,1,${WALL0},0,1,2`, `h,1,${WALL0},1,2,5`]);
    const hp = await raw(base, "/api/export?runs=h&kind=hparams&format=csv");
    expect(hp.body.trim().split("\r\n")).toEqual(["run,trial,step,lr,opt,metric:acc", "h,run,0,0.01,adam,0.9"]);
  });
});

describe("live stream", () => {
  it("pushes events appended to a watched run, including ones another request read first", async () => {
    const file = writeRun(logdir, "live", [scalar("loss", 0, 1)]);
    const messages: { event: string; data: any }[] = [];
    const ctrl = new AbortController();
    const res = await fetch(`${base}api/stream?run=live`, { signal: ctrl.signal });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buf = "";
    const until = async (pred: () => boolean) => {
      while (!pred()) {
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        buf += value;
        let cut;
        while ((cut = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) messages.push({ event, data: JSON.parse(data) });
        }
      }
    };
    await until(() => messages.some((m) => m.event === "hello"));
    append(file, [scalar("loss", 1, 0.5), scalar("loss", 2, 0.25)]);
    await until(() => messages.filter((m) => m.event === "append").flatMap((m) => m.data.events).length >= 2);
    append(file, [scalar("loss", 3, 0.125)]);
    // A chart request reads the new line before the watcher does: it must still be pushed.
    const sc = await getJson(base, "/api/scalars?runs=live&tag=loss");
    expect(sc.series[0].step).toEqual([0, 1, 2, 3]);
    await until(() => messages.filter((m) => m.event === "append").flatMap((m) => m.data.events).length >= 3);
    const pushed = messages.filter((m) => m.event === "append").flatMap((m) => m.data.events.map((e: { step: number }) => e.step));
    expect(pushed).toEqual([1, 2, 3]);
    ctrl.abort();
  });
});
