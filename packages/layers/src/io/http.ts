import { NeuriteError } from "@neurite/core";
import { filesHandler, type FileStore } from "./files.js";
import type { IOHandler } from "./types.js";

/** Options of the http(s):// handler. */
export interface HttpOptions {
  /** Passed to every fetch (headers, credentials, …). */
  requestInit?: RequestInit;
  /** A fetch to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
}

/**
 * Loads model.json from an http(s) URL, then its shards relative to it (keeping
 * the URL's query string, as TF.js does). Load only: the handler has no save().
 */
export function http(url: string, options: HttpOptions = {}): IOHandler {
  let base: URL;
  try {
    base = new URL(url);
  } catch (e) {
    throw new NeuriteError("BAD_ARGUMENT", `http: "${url}" is not a valid URL`, { cause: e });
  }
  const doFetch = options.fetch ?? globalThis.fetch;
  const modelFile = base.pathname.endsWith("/") ? "model.json" : base.pathname.slice(base.pathname.lastIndexOf("/") + 1);
  const location = new URL(".", base).href.replace(/\/$/, "");
  const store: FileStore = {
    location,
    async read(path) {
      const target = new URL(path, new URL(modelFile, base));
      target.search = base.search;
      let res: Response;
      try {
        res = await doFetch(target.href, options.requestInit);
      } catch (e) {
        throw new NeuriteError("NOT_FOUND", `could not fetch ${target.href}: ${(e as Error).message}`, { cause: e });
      }
      if (res.status === 404 || res.status === 410) throw new NeuriteError("NOT_FOUND", `${target.href}: HTTP ${res.status}`);
      if (!res.ok) throw new NeuriteError("BAD_MODEL_FILE", `${target.href}: HTTP ${res.status} ${res.statusText}`);
      return new Uint8Array(await res.arrayBuffer());
    },
  };
  return filesHandler(store, modelFile);
}
