import { NeuriteError } from "@neurite/core";
import { http } from "./http.js";
import { memoryFromUrl } from "./memory.js";
import { fileFromUrl } from "./node-fs.js";
import type { IOHandler, IOHandlerFactory } from "./types.js";

const factories = new Map<string, IOHandlerFactory>([
  ["memory", memoryFromUrl],
  ["file", fileFromUrl],
  ["http", (url) => http(url)],
  ["https", (url) => http(url)],
]);

/**
 * Makes `save(url)`/`loadModel(url)` use `factory` for URLs of this scheme
 * ("indexeddb" or "indexeddb://"); a later registration replaces an earlier one.
 */
export function registerIOHandler(scheme: string, factory: IOHandlerFactory): void {
  const s = scheme.replace(/:\/\/$/, "").toLowerCase();
  if (!/^[a-z][a-z0-9+.-]*$/.test(s)) throw new NeuriteError("BAD_ARGUMENT", `registerIOHandler: "${scheme}" is not a URL scheme`);
  if (typeof factory !== "function") throw new NeuriteError("BAD_ARGUMENT", `registerIOHandler: the factory for ${s}:// must be a function`);
  factories.set(s, factory);
}

/** The handler for a URL or handler object, checked to support `op`. */
export function resolveHandler(target: string | IOHandler, op: "save" | "load"): IOHandler {
  let handler: IOHandler;
  let what: string;
  if (typeof target === "string") {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1]?.toLowerCase();
    const known = [...factories.keys()].map((k) => `${k}://`).join(", ");
    if (!scheme) throw new NeuriteError("BAD_ARGUMENT", `"${target}" has no URL scheme; use one of ${known}`);
    const factory = factories.get(scheme);
    if (!factory) throw new NeuriteError("UNSUPPORTED", `no IO handler for ${scheme}:// (registered: ${known}); a package can add one with registerIOHandler`);
    handler = factory(target);
    what = `${scheme}://`;
  } else if (typeof target === "object" && target !== null && (typeof target.save === "function" || typeof target.load === "function")) {
    handler = target;
    what = "this IOHandler";
  } else {
    throw new NeuriteError("BAD_ARGUMENT", "expected a URL such as file://./my-model or an IOHandler with save()/load()");
  }
  if (typeof handler[op] !== "function") throw new NeuriteError("UNSUPPORTED", `${what} cannot ${op} models`);
  return handler;
}
