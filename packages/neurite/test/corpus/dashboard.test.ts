// The dashboard server of packages/node (built by `npm run build`) over a logdir with one run and one escaping symlink.
import { request } from "node:http";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardCases, type DashboardCase } from "./dashboard.cases.js";

const SERVER = join(import.meta.dirname, "..", "..", "..", "node", "dist", "dashboard", "server.js");

let port = 0;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), "neurite-corpus-dash-"));
  const logdir = join(root, "runs");
  mkdirSync(join(logdir, "r1"), { recursive: true });
  const events = [0, 1, 2].map((step) => JSON.stringify({ step, wall: 1 + step, kind: "scalar", tag: "loss", value: 1 / (step + 1) }));
  writeFileSync(join(logdir, "r1", "events.jsonl"), `${events.join("\n")}\n`);
  const outside = join(root, "outside");
  mkdirSync(outside);
  writeFileSync(join(outside, "events.jsonl"), `${events[0]}\n`);
  symlinkSync(outside, join(logdir, "escape"));
  const app = join(root, "app");
  mkdirSync(app);
  writeFileSync(join(app, "index.html"), "<!doctype html><title>dashboard</title>");
  const { startDashboard } = (await import(SERVER)) as typeof import("../../../node/src/dashboard/server.js");
  const d = await startDashboard({ logdir, appDir: app, port: 0 });
  port = d.port;
  close = d.close;
});
afterAll(() => close());

function send(c: DashboardCase): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: c.path, method: c.method ?? "GET", headers: c.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (s: string) => (body += s));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe(`bad-input corpus: dashboard API requests (${dashboardCases.length} cases)`, () => {
  for (const c of dashboardCases) {
    it(`${c.status} ${c.code}: ${c.name}`, async () => {
      const r = await send(c);
      expect(r.status, r.body).toBe(c.status);
      const err = (JSON.parse(r.body) as { error: { code: string; message: string } }).error;
      expect(err.code).toBe(c.code);
      expect(err.message).toMatch(c.message);
    });
  }
});
