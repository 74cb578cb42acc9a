import { createReadStream, existsSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { NeuriteError } from "@neurite/core";
import { exportData, listRuns, runEvents, runTags, scalars, storedEvents, type Reply } from "./api.js";
import { decodeSegment, HttpError } from "./paths.js";
import { listParam } from "./query.js";
import { appFile, contentType } from "./static.js";
import { RunStore } from "./store.js";
import { LiveHub } from "./stream.js";

/** Options of {@link startDashboard}. */
export interface DashboardOptions {
  /** Folder of runs: logdir/<run>/events.jsonl. */
  logdir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** The built app (default: @neurite/dashboard's dist/). */
  appDir?: string;
  /** How often watched runs are polled besides fs.watch. */
  pollMs?: number;
}

/** A running dashboard. */
export interface Dashboard {
  url: string;
  port: number;
  /** Stops serving and watching the logdir. */
  close(): Promise<void>;
}

const SECURITY = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

function defaultAppDir(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("@neurite/dashboard/package.json")), "dist");
  } catch {
    throw new NeuriteError("NOT_FOUND", "dashboard app not found: install @neurite/dashboard or pass appDir");
  }
}

/**
 * Serves the dashboard app and a read-only JSON API over `logdir` (RUNLOG.md
 * in apps/dashboard lists the routes) on 127.0.0.1 by default.
 */
export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const { port = 6006, host = "127.0.0.1", pollMs = 1000 } = options;
  const root = await realDir(options.logdir, "logdir");
  const app = await realDir(options.appDir ?? defaultAppDir(), "appDir");
  if (!existsSync(join(app, "index.html"))) throw new NeuriteError("NOT_FOUND", `${app} has no index.html: build the app first (npm run build -w @neurite/dashboard)`);
  const store = new RunStore(root);
  const hub = new LiveHub(store, pollMs);
  let bound = port;
  let hosts = new Set<string>();
  // Long run lists travel in the query string (?run=a&run=b...): allow more than the default 16 KiB of headers.
  const server = createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
    handle(req, res).catch((err: unknown) => fail(res, err));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const hostHeader = req.headers.host;
    // A page on another origin that rebinds its DNS name to 127.0.0.1 must not read the logs.
    if (hostHeader && !hosts.has(hostHeader.toLowerCase())) throw new HttpError(403, "BAD_HOST", `host ${hostHeader} is not served`);
    if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "METHOD", `${req.method} is not allowed`);
    if (!url.startsWith("/")) throw new HttpError(400, "BAD_PATH", "request target must be a path");
    const qi = url.indexOf("?");
    const path = qi < 0 ? url : url.slice(0, qi);
    const q = new URLSearchParams(qi < 0 ? "" : url.slice(qi + 1));
    if (path === "/api" || path.startsWith("/api/")) return api(path, q, res);
    const file = await appFile(app, path);
    const headers: Record<string, string> = { ...SECURITY, "content-type": contentType(file), "cache-control": "no-cache", "content-length": String((await stat(file)).size) };
    if (file.endsWith(".html")) headers["content-security-policy"] = CSP;
    res.writeHead(200, headers);
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  }

  async function api(path: string, q: URLSearchParams, res: ServerResponse): Promise<void> {
    const parts = path.split("/");
    let reply: Reply;
    if (path === "/api/runs") reply = await listRuns(store);
    else if (parts.length === 5 && parts[2] === "runs" && parts[4] === "events") reply = await runEvents(store, decodeSegment(parts[3]!), q);
    else if (path === "/api/tags") reply = await runTags(store, q);
    else if (path === "/api/scalars") reply = await scalars(store, q);
    else if (path === "/api/events") reply = await storedEvents(store, q);
    else if (path === "/api/export") reply = await exportData(store, q);
    else if (path === "/api/stream") {
      const runs = await Promise.all(listParam(q, "runs", "run").map((r) => store.get(r)));
      return hub.subscribe(res, runs);
    } else throw new HttpError(404, "NOT_FOUND", `no API route ${path}`);
    if ("json" in reply) {
      send(res, 200, JSON.stringify(reply.json), "application/json; charset=utf-8");
    } else {
      send(res, 200, reply.text, reply.type, { "content-disposition": `attachment; filename="${reply.filename}"` });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const a = server.address();
      if (a && typeof a === "object") bound = a.port;
      hosts = allowedHosts(host, bound);
      resolve();
    });
  });
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${bound}/`,
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY, "content-type": type, "cache-control": "no-store", "content-length": String(Buffer.byteLength(body)), ...extra });
  res.end(body);
}

function fail(res: ServerResponse, err: unknown): void {
  const e = err instanceof HttpError ? err : new HttpError(500, "INTERNAL", err instanceof Error ? err.message : String(err));
  if (res.headersSent) {
    res.destroy();
    return;
  }
  send(res, e.status, JSON.stringify({ error: { code: e.code, message: e.message } }), "application/json; charset=utf-8");
}

function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(["127.0.0.1", "localhost", "[::1]", host.includes(":") ? `[${host}]` : host]);
  return new Set([...names].flatMap((n) => [n, `${n}:${port}`].map((s) => s.toLowerCase())));
}

async function realDir(path: string, what: string): Promise<string> {
  try {
    const real = await realpath(path);
    if ((await stat(real)).isDirectory()) return real;
  } catch {
    // reported below
  }
  throw new NeuriteError("NOT_FOUND", `${what} ${path} is not a folder`);
}
