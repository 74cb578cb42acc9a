import { NeuriteError } from "@neurite/core";
import { registerIOHandler } from "@neurite/layers";
import { browserDownloads } from "./downloads.js";
import { browserIndexedDB, removeIndexedDBModel } from "./indexeddb.js";
import { browserLocalStorage, removeLocalStorageModel } from "./localstorage.js";

// Importing @neurite/browser makes model.save("indexeddb://x") and loadModel("localstorage://x") work;
// http(s):// is registered by @neurite/layers itself.
registerIOHandler("indexeddb", browserIndexedDB);
registerIOHandler("localstorage", browserLocalStorage);
registerIOHandler("downloads", browserDownloads);

/** Deletes a model saved under indexeddb:// or localstorage:// (TF.js's io.removeModel); false when none was there. */
export async function removeModel(url: string): Promise<boolean> {
  const scheme = /^([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "indexeddb") return removeIndexedDBModel(url);
  if (scheme === "localstorage") return removeLocalStorageModel(url);
  throw new NeuriteError("BAD_ARGUMENT", `removeModel: "${url}" is not an indexeddb:// or localstorage:// URL`);
}
