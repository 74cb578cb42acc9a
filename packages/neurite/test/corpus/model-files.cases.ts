// Hostile, truncated and mismatched model files: model.json, the weights manifest and shards.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import * as nt from "../../src/index.js";
import { cases, prop, type Case } from "./harness.js";

type Files = Map<string, Uint8Array>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHARD = "group1-shard1of1.bin";
const enc = (v: unknown) => new TextEncoder().encode(typeof v === "string" ? v : JSON.stringify(v));

let good: Promise<Files> | undefined;
/** The files of a small saved model (3 → 4 relu → 2 softmax, compiled with adam): 26 weights in one shard. */
function goodFiles(): Promise<Files> {
  good ??= (async () => {
    nt.setSeed(7);
    const m = nt.sequential([nt.layers.dense({ units: 4, inputShape: [3], activation: "relu", name: "d1" }), nt.layers.dense({ units: 2, activation: "softmax", name: "d2" })]);
    m.compile({ optimizer: "adam", loss: "categoricalCrossentropy" });
    const h = nt.io.memory();
    await m.save(h);
    return h.files;
  })();
  return good;
}

/** Loads the good model after `edit` changed a copy of its files. */
async function loadEdited(edit: (files: Files, json: Json) => void | Promise<void>): Promise<unknown> {
  const files = new Map([...(await goodFiles())].map(([k, v]) => [k, v.slice()]));
  const json = JSON.parse(new TextDecoder().decode(files.get("model.json"))) as Json;
  files.set("model.json", enc(json));
  await edit(files, json);
  if (!files.has("model.json!raw")) files.set("model.json", enc(json));
  files.delete("model.json!raw");
  const h = nt.io.memory();
  for (const [k, v] of files) h.files.set(k, v);
  return nt.loadModel(h);
}

/** Replaces model.json with these bytes as they are. */
const rawJson = (bytes: Uint8Array) => (files: Files) => {
  files.set("model.json", bytes);
  files.set("model.json!raw", bytes);
};
const group = (j: Json) => j.weightsManifest[0];
const layer = (j: Json, i: number) => j.modelTopology.config.layers[i].config;

let dir: string | undefined;
function folder(name: string): string {
  dir ??= mkdtempSync(join(tmpdir(), "neurite-corpus-model-"));
  const p = join(dir, name);
  mkdirSync(p, { recursive: true });
  return p;
}

export const modelFileCases: Case[] = [
  ...cases([
    ["nothing saved there", "NOT_FOUND", /memory:\/\/corpus-empty\/model.json does not exist \(nothing was saved there\)/, () => nt.loadModel("memory://corpus-empty")],
    ["model.json cut in half", "BAD_MODEL_FILE", /model.json: not valid JSON/, () => loadEdited(async (f) => {
      const b = (await goodFiles()).get("model.json")!;
      rawJson(b.subarray(0, b.length >> 1))(f);
    })],
    ["empty model.json", "BAD_MODEL_FILE", /model.json: not valid JSON/, () => loadEdited(rawJson(new Uint8Array(0)))],
    ["model.json is a Keras HDF5 file", "BAD_MODEL_FILE", /model.json: is a Keras HDF5 \(.h5\) file; convert it with tensorflowjs_converter/,
      () => loadEdited(rawJson(new Uint8Array([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])))],
    ["model.json is a zip (.keras) archive", "BAD_MODEL_FILE", /is a zip archive \(a Keras 3 .keras file\?\)/, () => loadEdited(rawJson(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0])))],
    ["model.json is a wasm module", "BAD_MODEL_FILE", /is a WebAssembly module/, () => loadEdited(rawJson(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])))],
    ["model.json is not UTF-8", "BAD_MODEL_FILE", /model.json: not valid JSON/, () => loadEdited(rawJson(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))],
    ["model.json nested 100,000 deep", "BAD_MODEL_FILE", /model.json: not valid JSON|expected a JSON object/, () => loadEdited(rawJson(enc("[".repeat(100_000) + "]".repeat(100_000))))],
    ["model.json is a list", "BAD_MODEL_FILE", /model.json: expected a JSON object/, () => loadEdited(rawJson(enc("[1, 2]")))],
    ["model.json is null", "BAD_MODEL_FILE", /model.json: expected a JSON object/, () => loadEdited(rawJson(enc("null")))],
    ["a TF.js graph model", "BAD_MODEL_FILE", /is a TF.js graph model \(format "graph-model"\); loadModel reads layers models only/, () => loadEdited((_, j) => void (j.format = "graph-model"))],
    ["an unknown format", "BAD_MODEL_FILE", /format is "saved-model", expected "layers-model"/, () => loadEdited((_, j) => void (j.format = "saved-model"))],
    ["no modelTopology", "BAD_MODEL_FILE", /has no "modelTopology" object/, () => loadEdited((_, j) => void delete j.modelTopology)],
    ["weightsManifest is an object", "BAD_MODEL_FILE", /"weightsManifest" must be a list of groups/, () => loadEdited((_, j) => void (j.weightsManifest = { paths: [] }))],
    ["a manifest group without paths", "BAD_MODEL_FILE", /each weightsManifest group needs "paths"/, () => loadEdited((_, j) => void delete group(j).paths)],
    ["a shard path leaving the folder", "BAD_MODEL_FILE", /shard path "..\/..\/secret.bin" must be a relative path inside the model's folder/,
      () => loadEdited((_, j) => void (group(j).paths = ["../../secret.bin"]))],
    ["an absolute shard path", "BAD_MODEL_FILE", /shard path "\/etc\/passwd" must be a relative path/, () => loadEdited((_, j) => void (group(j).paths = ["/etc/passwd"]))],
    ["a shard URL with a scheme", "BAD_MODEL_FILE", /shard path "http:\/\/evil.example\/w.bin" must be a relative path/, () => loadEdited((_, j) => void (group(j).paths = ["http://evil.example/w.bin"]))],
    ["sha256 list shorter than paths", "BAD_MODEL_FILE", /"sha256" must list one hex digest per path \(1\)/, () => loadEdited((_, j) => void (group(j).sha256 = []))],
    ["a negative weight dimension", "BAD_MODEL_FILE", /bad weight entry .*needs name, shape of integers ≥ 0, dtype/, () => loadEdited((_, j) => void (group(j).weights[0].shape = [-3, 4]))],
    ["a fractional weight dimension", "BAD_MODEL_FILE", /bad weight entry .*"shape":\[1.5,4\]/, () => loadEdited((_, j) => void (group(j).weights[0].shape = [1.5, 4]))],
    ["a weight dimension of 1e300", "BAD_MODEL_FILE", /bad weight entry/, () => loadEdited((_, j) => void (group(j).weights[0].shape = [1e300]))],
    ["a weight declared as 65536 × 65536", "OUT_OF_MEMORY", /declares 17179869\d+ bytes of weights; a model can hold at most 4294967296/,
      () => loadEdited((_, j) => void (group(j).weights[0].shape = [65536, 65536]))],
    ["manifest sizes larger than the shard", "BAD_MODEL_FILE", /weight group 1 needs 112 bytes but its shards \(group1-shard1of1.bin\) hold 104/,
      () => loadEdited((_, j) => void (group(j).weights[1].shape = [6]))],
    ["manifest sizes smaller than the shard", "BAD_MODEL_FILE", /needs 96 bytes but its shards \(group1-shard1of1.bin\) hold 104/,
      () => loadEdited((_, j) => void (group(j).weights[1].shape = [2]))],
    ["a truncated shard", "BAD_MODEL_FILE", /needs 104 bytes but its shards .* hold 100: a shard is truncated or from another model/,
      () => loadEdited((f) => void f.set(SHARD, f.get(SHARD)!.subarray(0, 100)))],
    ["a shard with bytes appended", "BAD_MODEL_FILE", /needs 104 bytes but its shards .* hold 108/, () => loadEdited((f) => void f.set(SHARD, new Uint8Array([...f.get(SHARD)!, 1, 2, 3, 4])))],
    ["an empty shard", "BAD_MODEL_FILE", /needs 104 bytes but its shards .* hold 0/, () => loadEdited((f) => void f.set(SHARD, new Uint8Array(0)))],
    ["a shard of the right size from another model", "CHECKSUM", /group1-shard1of1.bin: SHA-256 differs from model.json's; the shard does not belong to this model.json/,
      () => loadEdited((f) => void f.set(SHARD, new Uint8Array(104).fill(7)))],
    ["a missing shard", "NOT_FOUND", /group1-shard1of1.bin does not exist/, () => loadEdited((f) => void f.delete(SHARD))],
    ["a shard listed twice", "BAD_MODEL_FILE", /weight group 1 lists a shard twice/, () => loadEdited((_, j) => void (group(j).paths = [SHARD, SHARD], group(j).sha256 = [group(j).sha256[0], group(j).sha256[0]]))],
    ["an unknown weight dtype", "BAD_MODEL_FILE", /weight "d1\/kernel": unknown dtype "float64"/, () => loadEdited((_, j) => void (group(j).weights[0].dtype = "float64"))],
    ["an int32 weight", "BAD_MODEL_FILE", /weight "d1\/kernel" has dtype int32; only float32 weights are supported/, () => loadEdited((_, j) => void (group(j).weights[0].dtype = "int32"))],
    ["a malformed quantization entry", "BAD_MODEL_FILE", /weight "d1\/kernel" has a malformed quantization "uint8"/, () => loadEdited((_, j) => void (group(j).weights[0].quantization = "uint8"))],
    ["a weight renamed", "BAD_MODEL_FILE", /the file holds 4 weights, the model built from its topology has 4; missing: d1\/bias; unexpected: dx\/bias/,
      () => loadEdited((_, j) => void (group(j).weights[1].name = "dx/bias"))],
    ["weights of another architecture", "BAD_MODEL_FILE", /weight "d1\/kernel" has shape \[4,3\] in the file but \[3,4\] in the model/,
      () => loadEdited((_, j) => void (group(j).weights[0].shape = [4, 3]))],
    ["an unknown layer class", "BAD_MODEL_FILE", /unknown layer class "Conv2D"; register it with registerLayer/, () => loadEdited((_, j) => void (j.modelTopology.config.layers[1].class_name = "Conv2D"))],
    ["a layer entry that is a string", "BAD_MODEL_FILE", /layer entry "Dense" is not \{class_name, config\}/, () => loadEdited((_, j) => void (j.modelTopology.config.layers[1] = "Dense"))],
    ["a topology that is neither Sequential nor Model", "BAD_MODEL_FILE", /modelTopology class_name "Graph" is not a Sequential or functional Model/,
      () => loadEdited((_, j) => void (j.modelTopology.class_name = "Graph"))],
    ["units -5 in a layer config", "BAD_MODEL_FILE", /layer "d2" \(Dense\): dense: units must be a positive integer, got -5/, () => loadEdited((_, j) => void (layer(j, 1).units = -5))],
    ["an unknown activation in a layer config", "BAD_MODEL_FILE", /unknown activation "mish"/, () => loadEdited((_, j) => void (layer(j, 1).activation = "mish"))],
    ["a topology declaring 10^9 units", "BAD_MODEL_FILE", /the topology declares \d+ weights \(\d+ bytes\) but the file holds 26; refusing to build it/,
      () => loadEdited((_, j) => void (layer(j, 1).units = 1_000_000_000))],
    ["no input shape anywhere", "BAD_MODEL_FILE", /no layer declares the input shape, so the weights cannot be built/, () => loadEdited((_, j) => void delete layer(j, 0).batch_input_shape)],
    ["a negative batch_input_shape", "BAD_MODEL_FILE", /inputShape must hold positive integers|batch_input_shape/, () => loadEdited((_, j) => void (layer(j, 0).batch_input_shape = [null, -3]))],
    ["a Sequential nested in a Sequential", "UNSUPPORTED", /a Sequential nested in a Sequential is not supported/,
      () => loadEdited((_, j) => void j.modelTopology.config.layers.push({ class_name: "Sequential", config: { layers: [] } }))],
    ["an unsupported optimizer in trainingConfig", "UNSUPPORTED", /optimizer "Ftrl"/, () => loadEdited((_, j) => void (j.trainingConfig.optimizer_config = { class_name: "Ftrl", config: {} }))],
    ["trainingConfig that is a string", "BAD_MODEL_FILE", /trainingConfig must be an object/, () => loadEdited((_, j) => void (j.trainingConfig = "adam"))],
    ["file://: a folder without model.json", "NOT_FOUND", /corpus-model-.*\/empty\/model.json does not exist/, () => nt.loadModel(`file://${folder("empty")}`)],
    ["file://: model.json that is a folder", "BAD_MODEL_FILE", /cannot read .*\/model.json: EISDIR/, () => {
      mkdirSync(join(folder("dirjson"), "model.json"), { recursive: true });
      return nt.loadModel(`file://${folder("dirjson")}`);
    }],
    ["file://: a Keras .h5 file", "BAD_MODEL_FILE", /model.h5: is a Keras HDF5 \(.h5\) file/, () => {
      const p = join(folder("keras"), "model.h5");
      writeFileSync(p, new Uint8Array([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
      return nt.loadModel(`file://${p}`);
    }],
    ["file://: saving as .h5", "UNSUPPORTED", /Neurite saves the TF.js layers format \(a folder, or a path ending in .json\), not Keras files/,
      () => nt.sequential([nt.layers.dense({ units: 1, inputShape: [1] })]).save(`file://${folder("out")}/model.h5`)],
    ["file://: a path with no name", "BAD_ARGUMENT", /"file:\/\/" names no path/, () => nt.loadModel("file://")],
  ]),
  prop("random bytes as model.json", "BAD_MODEL_FILE", /model.json: (not valid JSON|is |expected a JSON object|has no "modelTopology")/,
    fc.uint8Array({ minLength: 0, maxLength: 64 }), (bytes) => loadEdited(rawJson(bytes)), 60),
  prop("random JSON values as model.json", "BAD_MODEL_FILE", /model.json: (expected a JSON object|has no "modelTopology" object|format is)/,
    fc.jsonValue({ maxDepth: 3 }), (v) => loadEdited(rawJson(new TextEncoder().encode(JSON.stringify(v)))), 60),
  prop("model.json truncated at a random byte", "BAD_MODEL_FILE", /model.json: not valid JSON/,
    fc.integer({ min: 0, max: 10_000 }), (cut) => loadEdited(async (f) => {
      const b = (await goodFiles()).get("model.json")!;
      rawJson(b.subarray(0, cut % b.length))(f);
    }), 40),
  prop("shard truncated at a random byte", "BAD_MODEL_FILE", /needs 104 bytes but its shards .* hold \d+/,
    fc.integer({ min: 0, max: 103 }), (cut) => loadEdited((f) => void f.set(SHARD, f.get(SHARD)!.subarray(0, cut))), 40),
  prop("one flipped bit anywhere in the shard", "CHECKSUM", /SHA-256 differs from model.json's/,
    fc.tuple(fc.integer({ min: 0, max: 103 }), fc.integer({ min: 0, max: 7 })),
    ([at, bit]) => loadEdited((f) => {
      const s = f.get(SHARD)!;
      s[at] = s[at]! ^ (1 << bit);
    }), 40),
  prop("random wrong weight shapes in the manifest", "BAD_MODEL_FILE", /needs \d+ bytes but its shards|has shape \[.*\] in the file but/,
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 })),
    ([w, shape]) => loadEdited((_, j) => {
      const entry = group(j).weights[w];
      if (JSON.stringify(entry.shape) === JSON.stringify(shape)) shape.push(2);
      entry.shape = shape;
    }), 40),
];
