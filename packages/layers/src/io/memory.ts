import { NeuriteError } from "@neurite/core";
import { filesHandler, type FileStore } from "./files.js";
import type { IOHandler } from "./types.js";

/** A handler whose model.json and shards live in a Map (path → bytes), in any runtime. */
export interface MemoryHandler extends Required<IOHandler> {
  readonly files: Map<string, Uint8Array>;
}

const named = new Map<string, Map<string, Uint8Array>>();

function memoryStore(files: Map<string, Uint8Array>, location: string): FileStore {
  return {
    location,
    async read(path) {
      const b = files.get(path);
      if (!b) throw new NeuriteError("NOT_FOUND", `${location}/${path} does not exist${path === "model.json" ? " (nothing was saved there)" : ""}`);
      return b.slice();
    },
    async write(path, bytes) {
      files.set(path, bytes.slice());
    },
  };
}

/**
 * An in-memory model store. `memory("name")` is the same store as the URL
 * "memory://name"; `memory()` is a private one.
 */
export function memory(name?: string): MemoryHandler {
  let files: Map<string, Uint8Array>;
  if (name === undefined) files = new Map();
  else {
    if (name === "") throw new NeuriteError("BAD_ARGUMENT", "memory: the model name must not be empty");
    files = named.get(name) ?? new Map();
    named.set(name, files);
  }
  const h = filesHandler(memoryStore(files, name === undefined ? "memory://(private)" : `memory://${name}`));
  return { files, save: h.save!, load: h.load! };
}

/** The IOHandlerFactory for "memory://name". */
export const memoryFromUrl = (url: string): IOHandler => memory(url.slice("memory://".length));
