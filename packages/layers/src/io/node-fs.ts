import type * as FsPromises from "node:fs/promises";
import type * as NodePath from "node:path";
import { NeuriteError } from "@neurite/core";
import { filesHandler, type FileStore } from "./files.js";
import type { IOHandler } from "./types.js";

// Specifiers held in variables: browser bundlers leave these imports alone instead of failing to resolve node:*.
const FS = "node:fs/promises";
const PATH = "node:path";

async function nodeModules(): Promise<{ fs: typeof FsPromises; path: typeof NodePath }> {
  try {
    const [fs, path] = await Promise.all([import(/* @vite-ignore */ FS), import(/* @vite-ignore */ PATH)]);
    return { fs: fs as typeof FsPromises, path: path as typeof NodePath };
  } catch (e) {
    throw new NeuriteError("UNSUPPORTED", "file:// needs a runtime with node:fs (Node, Bun, Deno); in a browser use memory://, indexeddb:// or http(s)://", { cause: e });
  }
}

const codeOf = (e: unknown) => (e as { code?: string }).code;

function fileStore(dir: string): FileStore {
  const location = `file://${dir}`;
  return {
    location,
    async read(name) {
      const { fs, path } = await nodeModules();
      const file = path.join(dir, name);
      try {
        return new Uint8Array(await fs.readFile(file));
      } catch (e) {
        if (codeOf(e) === "ENOENT" || codeOf(e) === "ENOTDIR") throw new NeuriteError("NOT_FOUND", `${file} does not exist`, { cause: e });
        throw new NeuriteError("BAD_MODEL_FILE", `cannot read ${file}: ${(e as Error).message}`, { cause: e });
      }
    },
    /** Temp file in the same folder, fsync, rename: readers see the old file or the new one, never a partial one. */
    async write(name, bytes) {
      const { fs, path } = await nodeModules();
      const file = path.join(dir, name);
      const tmp = `${file}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        const fh = await fs.open(tmp, "w");
        try {
          await fh.writeFile(bytes);
          await fh.sync();
        } finally {
          await fh.close();
        }
        await fs.rename(tmp, file);
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw new NeuriteError("BAD_ARGUMENT", `cannot write ${file}: ${(e as Error).message}`, { cause: e });
      }
    },
    async remove(name) {
      const { fs, path } = await nodeModules();
      await fs.rm(path.join(dir, name), { force: true });
    },
  };
}

/**
 * file://path: a folder (model.json inside it) or a path ending in .json.
 * Relative paths resolve against the working directory, as in TF.js for Node.
 */
export function fileFromUrl(url: string): IOHandler {
  const p = url.slice("file://".length);
  if (p === "") throw new NeuriteError("BAD_ARGUMENT", `"${url}" names no path`);
  const cut = p.lastIndexOf("/");
  const inFolder = (name: string) => filesHandler(fileStore(cut < 0 ? "." : p.slice(0, cut) || "/"), name);
  if (/\.(h5|hdf5|keras)$/i.test(p)) {
    // Read as a file, so loading fails saying what it is (rather than "model.json not found"); saving in Keras formats is not offered.
    return {
      load: inFolder(p.slice(cut + 1)).load,
      save: () => Promise.reject(new NeuriteError("UNSUPPORTED", `${url}: Neurite saves the TF.js layers format (a folder, or a path ending in .json), not Keras files`)),
    };
  }
  if (!p.endsWith(".json")) return filesHandler(fileStore(p.replace(/\/+$/, "") || "/"));
  return inFolder(p.slice(cut + 1));
}
