import { NeuriteError } from "@neurite/core";
import { io, type IOHandler } from "@neurite/layers";
import { modelName } from "./names.js";

const MODEL_FILE = "model.json";
/** Long enough for the browser to have read the blob; revoking at once can cancel a download. */
const REVOKE_AFTER_MS = 60_000;

function clickDownload(fileName: string, bytes: Uint8Array, type: string): void {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) throw new NeuriteError("UNSUPPORTED", "downloads://: needs a page with a document (not a worker or a server runtime)");
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Saves by downloading `<name>.json` and the weight shards it lists (group1-shard1of1.bin, …).
 * Load them back with browserFiles([jsonFile, ...shardFiles]) from an <input type=file multiple>.
 */
export function browserDownloads(name = "model"): IOHandler {
  const prefix = modelName(name, "downloads");
  const files: [string, Uint8Array][] = [];
  const store: io.FileStore = {
    location: `downloads://${prefix}`,
    read: () => Promise.reject(new NeuriteError("UNSUPPORTED", "downloads:// can only save; load the files with browserFiles()")),
    async write(path, bytes) {
      files.push([path, bytes.slice()]);
      if (path !== MODEL_FILE) return;
      // Everything is written (model.json comes last): hand the files over.
      clickDownload(`${prefix}.json`, bytes, "application/json");
      for (const [p, b] of files.slice(0, -1)) clickDownload(p, b, "application/octet-stream");
      files.length = 0;
    },
  };
  return { save: io.filesHandler(store).save };
}
