import { NeuriteError } from "@neurite/core";
import { io, type IOHandler } from "@neurite/layers";

const baseName = (p: string) => p.slice(p.lastIndexOf("/") + 1);

/**
 * TF.js's browserFiles: loads a model picked with <input type=file multiple> (its FileList or an
 * array): one model.json-style .json file plus the weight files its manifest names. A single weight
 * file is accepted under any name (browsers rename repeated downloads to "x (1).bin"); its
 * SHA-256 from model.json still has to match.
 */
export function browserFiles(files: FileList | readonly File[]): IOHandler {
  const list = Array.from(files as ArrayLike<File>);
  const json = list.filter((f) => f.name.toLowerCase().endsWith(".json"));
  if (json.length !== 1) {
    throw new NeuriteError("BAD_ARGUMENT", `browserFiles: expected exactly one .json file (the model.json) among ${list.length} files, got ${json.length}`);
  }
  const modelFile = json[0]!;
  const weights = list.filter((f) => f !== modelFile);
  const store: io.FileStore = {
    location: "browserFiles",
    async read(path) {
      if (path === modelFile.name) return new Uint8Array(await modelFile.arrayBuffer());
      const file = weights.find((f) => f.name === baseName(path)) ?? (weights.length === 1 ? weights[0] : undefined);
      if (!file) {
        throw new NeuriteError("NOT_FOUND", `browserFiles: model.json needs the weight file "${baseName(path)}"; the files given were ${list.map((f) => f.name).join(", ")}`);
      }
      return new Uint8Array(await file.arrayBuffer());
    },
  };
  return { load: io.filesHandler(store, modelFile.name).load };
}
