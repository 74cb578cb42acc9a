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
  /**
   * Deletes a file (no error if it is missing). Stores that have it get
   * crash-safe saves over an existing model: new shards never overwrite the
   * ones the current model.json lists, and those are removed once the new
   * model.json is in place.
   */
  remove?(path: string): Promise<void>;
}

/** Shard names this handler writes; only these are ever removed. */
const OWN_SHARD = /^group\d+-shard\d+of\d+(-[0-9a-f]{8})?\.bin$/;

/** The shard files the store's current model.json lists (none if it is missing or unreadable). */
async function listedShards(store: FileStore, modelFile: string): Promise<Set<string>> {
  try {
    const json = JSON.parse(new TextDecoder().decode(await store.read(modelFile))) as { weightsManifest?: { paths?: unknown }[] };
    const paths = (json.weightsManifest ?? []).flatMap((g) => (Array.isArray(g?.paths) ? g.paths : []));
    return new Set(paths.filter((p): p is string => typeof p === "string" && OWN_SHARD.test(p)));
  } catch {
    return new Set();
  }
}

/** The most weight bytes a model can have: wasm memory is 4 GiB at most. */
const MAX_WEIGHT_BYTES = 4 * 1024 * 1024 * 1024;

/** Formats that are not a TF.js model.json, recognised by their first bytes. */
const MAGIC: [number[], string][] = [
  [[0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a], "a Keras HDF5 (.h5) file; convert it with tensorflowjs_converter --input_format keras"],
  [[0x50, 0x4b, 0x03, 0x04], "a zip archive (a Keras 3 .keras file?); convert it with tensorflowjs_converter"],
  [[0x00, 0x61, 0x73, 0x6d], "a WebAssembly module"],
];

function sniff(bytes: Uint8Array): string | undefined {
  return MAGIC.find(([m]) => m.every((b, i) => bytes[i] === b))?.[1];
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
  const previous = store.remove ? await listedShards(store, modelFile) : new Set<string>();
  const paths: string[] = [];
  const sha256: string[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = data.subarray(i * SHARD_BYTES, (i + 1) * SHARD_BYTES);
    const digest = await sha256Hex(bytes);
    const name = `group1-shard${i + 1}of${count}`;
    // A crash between this write and model.json's must leave the old model.json with its own shards intact.
    const path = previous.has(`${name}.bin`) ? `${name}-${digest.slice(0, 8)}.bin` : `${name}.bin`;
    sha256.push(digest);
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
  for (const old of previous) if (!paths.includes(old)) await store.remove!(old).catch(() => undefined);
  return saveResult(a);
}

async function loadFiles(store: FileStore, modelFile: string): Promise<ModelArtifacts> {
  const where = `${store.location}/${modelFile}`;
  const raw = await store.read(modelFile);
  const other = sniff(raw);
  if (other) throw new NeuriteError("BAD_MODEL_FILE", `${where}: is ${other}, not a TF.js model.json`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch (e) {
    throw new NeuriteError("BAD_MODEL_FILE", `${where}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const json = checkModelJSON(parsed, where);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const [gi, g] of json.weightsManifest.entries()) {
    const need = g.weights.reduce((n, e) => n + entryBytes(e), 0);
    total += need;
    // Checked before reading anything: a hostile manifest must not make us read (or allocate) without bound.
    if (total > MAX_WEIGHT_BYTES) {
      throw new NeuriteError("OUT_OF_MEMORY", `${where}: declares ${total} bytes of weights; a model can hold at most ${MAX_WEIGHT_BYTES} (4 GiB of wasm memory)`);
    }
    if (new Set(g.paths).size !== g.paths.length) throw new NeuriteError("BAD_MODEL_FILE", `${where}: weight group ${gi + 1} lists a shard twice (${g.paths.join(", ")})`);
    const shards = await Promise.all(g.paths.map((p) => store.read(p)));
    const have = shards.reduce((n, s) => n + s.byteLength, 0);
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
