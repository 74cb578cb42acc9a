import { NeuriteError } from "@neurite/core";
import { io, type IOHandler } from "@neurite/layers";
import { fromBase64, toBase64 } from "./base64.js";
import { isQuotaError, modelName, saveId } from "./names.js";

// Layout: `neurite_models/info/<name>` holds the id of the model's current save; the files of a
// save live under `neurite_models/data/<id>/<path>` (model.json as text, shards as base64). A save
// writes a fresh id's files, then repoints the info key in one setItem: the "rename" that makes it
// atomic. Readers never see a half-written model, and a failed save leaves the old one intact.
const INFO = "neurite_models/info/";
const DATA = "neurite_models/data/";
const MODEL_FILE = "model.json";

function storage(): Storage {
  const s = (globalThis as { localStorage?: Storage }).localStorage;
  if (!s) throw new NeuriteError("UNSUPPORTED", "localstorage://: this runtime has no localStorage (use it in a browser page)");
  return s;
}

const dataKey = (id: string, path: string) => `${DATA}${id}/${path}`;

function removeSave(s: Storage, id: string): void {
  const prefix = `${DATA}${id}/`;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  for (const k of keys) s.removeItem(k);
}

function localStorageStore(name: string): io.FileStore {
  const location = `localstorage://${name}`;
  let staging: string | undefined;
  return {
    location,
    async read(path) {
      const s = storage();
      const id = s.getItem(INFO + name);
      if (id === null) throw new NeuriteError("NOT_FOUND", `${location}: no model is saved under this name`);
      const text = s.getItem(dataKey(id, path));
      if (text === null) throw new NeuriteError("NOT_FOUND", `${location}/${path} is missing from localStorage`);
      return path === MODEL_FILE ? new TextEncoder().encode(text) : fromBase64(text);
    },
    async write(path, bytes) {
      const s = storage();
      const id = (staging ??= saveId());
      try {
        s.setItem(dataKey(id, path), path === MODEL_FILE ? new TextDecoder().decode(bytes) : toBase64(bytes));
        if (path !== MODEL_FILE) return;
        // model.json comes last: the save is complete, switch to it.
        const old = s.getItem(INFO + name);
        s.setItem(INFO + name, id);
        staging = undefined;
        if (old !== null) removeSave(s, old);
      } catch (e) {
        removeSave(s, id);
        staging = undefined;
        if (!isQuotaError(e)) throw e;
        throw new NeuriteError(
          "OUT_OF_MEMORY",
          `${location}: localStorage is full (it holds a few MB per site, and weights take 4/3 of their size as base64); save larger models to indexeddb://`,
          { cause: e },
        );
      }
    },
  };
}

/** TF.js's browserLocalStorage: a handler for small models in localStorage (`localstorage://name`). */
export function browserLocalStorage(name: string): IOHandler {
  return io.filesHandler(localStorageStore(modelName(name, "localstorage")));
}

/** Deletes a model saved with localstorage://; false when there was none. */
export function removeLocalStorageModel(name: string): boolean {
  const s = storage();
  const key = INFO + modelName(name, "localstorage");
  const id = s.getItem(key);
  if (id === null) return false;
  s.removeItem(key);
  removeSave(s, id);
  return true;
}
