import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { decodeSegment, resolveInside, safeSegments } from "./paths.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Content type by extension. */
export function contentType(file: string): string {
  return TYPES[extname(file)] ?? "application/octet-stream";
}

/**
 * The app file a raw URL path names, checked segment by segment before
 * decoding joins them (so %2e%2e and %2f cannot build a ".."), then by
 * realpath so a symlink cannot lead out of the app folder.
 */
export async function appFile(root: string, rawPath: string): Promise<string> {
  const rel = rawPath.split("/").slice(1).map(decodeSegment).join("/");
  const segments = rel === "" ? [] : safeSegments(rel, "path");
  const file = await resolveInside(root, segments);
  return (await stat(file)).isDirectory() ? resolveInside(root, [...segments, "index.html"]) : file;
}
