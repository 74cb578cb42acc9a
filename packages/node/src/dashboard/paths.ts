import { realpath } from "node:fs/promises";
import { join, sep } from "node:path";

/** An error the server answers with `status` and a JSON body {error: {code, message}}. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Splits a decoded relative name ("a/b") into safe segments, or throws 400:
 * no absolute paths, drive letters, backslashes, NUL, empty, "." or ".." segments.
 */
export function safeSegments(name: string, what: string): string[] {
  const bad = (why: string) => new HttpError(400, "BAD_PATH", `${what} ${JSON.stringify(name)}: ${why}`);
  if (name.length === 0 || name.length > 1024) throw bad("empty or too long");
  if (name.includes("\0")) throw bad("contains NUL");
  if (name.includes("\\")) throw bad("contains a backslash");
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) throw bad("absolute paths are refused");
  const parts = name.split("/");
  for (const p of parts) {
    if (p === "" || p === "." || p === "..") throw bad("'.', '..' and empty segments are refused");
  }
  return parts;
}

/** Percent-decodes a URL path or query piece, 400 on bad escapes (callers then check it with safeSegments). */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, "BAD_PATH", `bad percent-encoding in ${JSON.stringify(raw)}`);
  }
}

/** True when `real` is `root` or lies under it (both already realpath'd). */
export function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The real path of root/segments, refusing (403) anything a symlink leads out
 * of `root` and answering 404 when it does not exist.
 */
export async function resolveInside(root: string, segments: string[]): Promise<string> {
  let real: string;
  try {
    real = await realpath(join(root, ...segments));
  } catch {
    throw new HttpError(404, "NOT_FOUND", `${segments.join("/")} not found`);
  }
  if (!isInside(root, real)) throw new HttpError(403, "OUTSIDE", `${segments.join("/")} resolves outside the served folder`);
  return real;
}
