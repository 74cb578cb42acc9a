import { createReadStream, realpathSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png", ".map": "application/json",
};

/**
 * Resolves a URL path inside `root`, or undefined when it would leave it
 * (`..`, encoded dots, NUL, absolute paths, symlinks pointing outside).
 */
export function safePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.split(/[\\/]/).includes("..")) return undefined;
  const rel = decoded.replace(/^\/+/, "") || "index.html";
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(join(realRoot, rel));
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return undefined;
    return statSync(real).isDirectory() ? join(real, "index.html") : real;
  } catch {
    return undefined;
  }
}

/** Serves the files of one folder on 127.0.0.1 (the playground); nothing outside it. */
export function serveStatic(root: string, port: number, host = "127.0.0.1", headers: Record<string, string> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    const file = safePath(root, req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache", ...headers });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === "object" && addr ? addr.port : port;
      resolve({ server, url: `http://${host}:${p}/` });
    });
  });
}
