// Logdirs for the tests: runs written line by line as RUNLOG.md describes them.
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const WALL0 = 1_764_000_000;

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes logdir/<run>/events.jsonl from events (objects) and raw lines (strings, written as they are). */
export function writeRun(logdir: string, run: string, lines: (object | string)[]): string {
  const dir = join(logdir, run);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "events.jsonl");
  writeFileSync(file, lines.map((l) => (typeof l === "string" ? l : `${JSON.stringify(l)}\n`)).join(""));
  return file;
}

export function append(file: string, lines: (object | string)[]): void {
  appendFileSync(file, lines.map((l) => (typeof l === "string" ? l : `${JSON.stringify(l)}\n`)).join(""));
}

export function scalar(tag: string, step: number, value: number | string | null, wall = WALL0 + step): object {
  return { step, wall, kind: "scalar", tag, value };
}

/** A GET with the path sent exactly as given (fetch would normalise "..", and we need to send it raw). */
export function raw(base: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

export async function getJson<T = any>(base: string, path: string): Promise<T> {
  const r = await raw(base, path);
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.body}`);
  return JSON.parse(r.body) as T;
}
