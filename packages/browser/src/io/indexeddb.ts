import { NeuriteError } from "@neurite/core";
import { io, type IOHandler } from "@neurite/layers";
import { isQuotaError, modelName } from "./names.js";

const DB_NAME = "neurite_models";
const STORE = "models";
const MODEL_FILE = "model.json";

/** One saved model: its files (model.json and shards) by path. */
interface Saved {
  files: Record<string, ArrayBuffer>;
  dateSaved: string;
}

function openDB(): Promise<IDBDatabase> {
  const idb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!idb) return Promise.reject(new NeuriteError("UNSUPPORTED", "indexeddb://: this runtime has no IndexedDB (use it in a browser page or worker)"));
  return new Promise((resolve, reject) => {
    const req = idb.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new NeuriteError("UNSUPPORTED", `indexeddb://: cannot open the database (${req.error?.message})`, { cause: req.error }));
  });
}

/** Runs one request in its own transaction and resolves when the transaction has committed. */
async function transact<T>(mode: IDBTransactionMode, location: string, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDB();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      const failed = () => {
        const e = tx.error ?? req.error;
        reject(isQuotaError(e)
          ? new NeuriteError("OUT_OF_MEMORY", `${location}: the browser's storage quota is exhausted`, { cause: e })
          : new NeuriteError("UNSUPPORTED", `${location}: IndexedDB failed (${e?.message})`, { cause: e }));
      };
      tx.oncomplete = () => resolve(req.result);
      tx.onabort = failed;
      tx.onerror = failed;
    });
  } finally {
    db.close();
  }
}

function indexedDBStore(name: string): io.FileStore {
  const location = `indexeddb://${name}`;
  let staged: Record<string, ArrayBuffer> = {};
  let loaded: Promise<Saved | undefined> | undefined;
  return {
    location,
    async read(path) {
      loaded ??= transact("readonly", location, (s) => s.get(name) as IDBRequest<Saved | undefined>);
      const saved = await loaded;
      if (!saved) throw new NeuriteError("NOT_FOUND", `${location}: no model is saved under this name`);
      const file = saved.files[path];
      if (!file) throw new NeuriteError("NOT_FOUND", `${location}/${path} is missing from IndexedDB`);
      return new Uint8Array(file.slice(0));
    },
    async write(path, bytes) {
      staged[path] = bytes.slice().buffer;
      if (path !== MODEL_FILE) return;
      // model.json comes last: store the whole model in one transaction, so it is replaced atomically.
      const record: Saved = { files: staged, dateSaved: new Date().toISOString() };
      staged = {};
      await transact("readwrite", location, (s) => s.put(record, name));
    },
  };
}

/** TF.js's browserIndexedDB: a handler storing the model in IndexedDB (`indexeddb://name`). */
export function browserIndexedDB(name: string): IOHandler {
  return io.filesHandler(indexedDBStore(modelName(name, "indexeddb")));
}

/** Deletes a model saved with indexeddb://; false when there was none. */
export async function removeIndexedDBModel(name: string): Promise<boolean> {
  const key = modelName(name, "indexeddb");
  const location = `indexeddb://${key}`;
  const had = await transact("readonly", location, (s) => s.count(key));
  if (had > 0) await transact("readwrite", location, (s) => s.delete(key));
  return had > 0;
}
