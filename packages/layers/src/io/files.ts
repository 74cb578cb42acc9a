import { NeuriteError } from "@neurite/core";
import { concatBytes, entryBytes, saveResult, sha256Hex, toArrayBuffer, weightBytes } from "./bytes.js";
import { checkEntries, checkModelJSON } from "./manifest.js";
import type { IOHandler, ModelArtifacts, ModelJSON, SaveResult } from "./types.js";

/** Where model.json and its shards live: a folder, a URL prefix, a Map. Paths are relative to model.json. */
export interface FileStore {
  /** For messages: the URL or path of the folder. */
  readonly location: string;
  /** A file's bytes; rejects with NeuriteError NOT_FOUND when it does not exist. */
  read(path: string): Promise<Uint8Array>;
  /** Replaces a file all at once (readers see the old or the new bytes, never a mix); absent for read-only stores. */
  write?(path: string, bytes: Uint8Array): Promise<void>;
}

/** Shard size of TF.js's converter: 4 MiB. */
export const SHARD_BYTES = 4 * 1024 * 1024;

/** An IOHandler that stores model.json plus weight shards in a FileStore. */
export function filesHandler(store: FileStore, modelFile = "model.json"): IOHandler {
  const handler: IOHandler = { load: () => loadFiles(store, modelFile) };
  if (store.write) handler.save = (a) => saveFiles(store, store.write!.bind(store), modelFile, a);
  return handler;
}

/** Writes the shards first and model.json last, so a crash mid-save leaves the old model.json, which the checksums then guard. */
async function saveFiles(store: FileStore, write: NonNullable<FileStore["write"]>, modelFile: string, a: ModelArtifacts): Promise<SaveResult> {
  if (!a.modelTopology) throw new NeuriteError("BAD_ARGUMENT", `save to ${store.location}: the artifacts have no modelTopology`);
  const specs = checkEntries(a.weightSpecs ?? [], `save to ${store.location}`);
  const data = weightBytes(a.weightData);
  const need = specs.reduce((n, e) => n + entryBytes(e), 0);
  if (need !== data.byteLength) {
    throw new NeuriteError("BAD_ARGUMENT", `save to ${store.location}: weightSpecs describe ${need} bytes but weightData holds ${data.byteLength}`);
  }
  const count = Math.ceil(data.byteLength / SHARD_BYTES);
  const paths: string[] = [];
  const sha256: string[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = data.subarray(i * SHARD_BYTES, (i + 1) * SHARD_BYTES);
    const path = `group1-shard${i + 1}of${count}.bin`;
    sha256.push(await sha256Hex(bytes));
    await write(path, bytes);
    paths.push(path);
  }
  const json: ModelJSON = {
    modelTopology: a.modelTopology,
    format: a.format ?? "layers-model",
    generatedBy: a.generatedBy,
    convertedBy: a.convertedBy ?? null,
    weightsManifest: specs.length > 0 ? [{ paths, weights: specs, sha256 }] : [],
    ...(a.trainingConfig && { trainingConfig: a.trainingConfig }),
    ...(a.userDefinedMetadata && { userDefinedMetadata: a.userDefinedMetadata }),
  };
  await write(modelFile, new TextEncoder().encode(JSON.stringify(json)));
  return saveResult(a);
}

async function loadFiles(store: FileStore, modelFile: string): Promise<ModelArtifacts> {
  const where = `${store.location}/${modelFile}`;
  const raw = await store.read(modelFile);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch (e) {
    throw new NeuriteError("BAD_MODEL_FILE", `${where}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const json = checkModelJSON(parsed, where);
  const parts: Uint8Array[] = [];
  for (const [gi, g] of json.weightsManifest.entries()) {
    const shards = await Promise.all(g.paths.map((p) => store.read(p)));
    const have = shards.reduce((n, s) => n + s.byteLength, 0);
    const need = g.weights.reduce((n, e) => n + entryBytes(e), 0);
    if (have !== need) {
      throw new NeuriteError(
        "BAD_MODEL_FILE",
        `${where}: weight group ${gi + 1} needs ${need} bytes but its shards (${g.paths.join(", ")}) hold ${have}: a shard is truncated or from another model`,
      );
    }
    for (const [i, s] of shards.entries()) {
      if (g.sha256 && (await sha256Hex(s)) !== g.sha256[i]!.toLowerCase()) {
        throw new NeuriteError("CHECKSUM", `${store.location}/${g.paths[i]}: SHA-256 differs from model.json's; the shard does not belong to this model.json`);
      }
    }
    parts.push(...shards);
  }
  return {
    modelTopology: json.modelTopology,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
    trainingConfig: json.trainingConfig,
    userDefinedMetadata: json.userDefinedMetadata,
    weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
    weightData: toArrayBuffer(concatBytes(parts)),
  };
}
