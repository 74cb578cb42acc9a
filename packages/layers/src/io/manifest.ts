import { NeuriteError } from "@neurite/core";
import type { ModelJSON, WeightsManifestEntry, WeightsManifestGroup } from "./types.js";

const bad = (msg: string) => new NeuriteError("BAD_MODEL_FILE", msg);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

/** Checks weight entries are {name, shape: non-negative integers, dtype}. */
export function checkEntries(v: unknown, where: string): WeightsManifestEntry[] {
  if (!Array.isArray(v)) throw bad(`${where}: weights must be a list of {name, shape, dtype}`);
  for (const e of v) {
    const ok = isObject(e) && typeof e.name === "string" && typeof e.dtype === "string" &&
      Array.isArray(e.shape) && e.shape.every((d) => Number.isSafeInteger(d) && d >= 0);
    if (!ok) throw bad(`${where}: bad weight entry ${JSON.stringify(e)} (needs name, shape of integers ≥ 0, dtype)`);
    if (e.quantization !== undefined && !(isObject(e.quantization) && typeof e.quantization.dtype === "string")) {
      throw bad(`${where}: weight "${e.name}" has a malformed quantization ${JSON.stringify(e.quantization)}`);
    }
  }
  return v as WeightsManifestEntry[];
}

/** Shard paths stay next to model.json: relative, no "..", no scheme (a model file must not read elsewhere). */
function checkPath(p: string, where: string): string {
  const parts = p.split("/");
  if (p === "" || p.startsWith("/") || p.includes("\\") || p.includes(":") || parts.some((s) => s === ".." || s === "")) {
    throw bad(`${where}: shard path ${JSON.stringify(p)} must be a relative path inside the model's folder`);
  }
  return p;
}

function checkGroup(g: unknown, where: string): WeightsManifestGroup {
  if (!isObject(g) || !isStrings(g.paths)) throw bad(`${where}: each weightsManifest group needs "paths" (a list of file names)`);
  g.paths.forEach((p) => checkPath(p, where));
  checkEntries(g.weights, where);
  if (g.sha256 !== undefined && !(isStrings(g.sha256) && g.sha256.length === g.paths.length)) {
    throw bad(`${where}: "sha256" must list one hex digest per path (${g.paths.length})`);
  }
  return g as unknown as WeightsManifestGroup;
}

/** Validates parsed model.json content: a layers-model with a topology and a well-formed manifest. */
export function checkModelJSON(v: unknown, where: string): ModelJSON {
  if (!isObject(v)) throw bad(`${where}: expected a JSON object`);
  if (v.format === "graph-model") throw bad(`${where}: is a TF.js graph model (format "graph-model"); loadModel reads layers models only`);
  if (v.format !== undefined && v.format !== "layers-model") throw bad(`${where}: format is ${JSON.stringify(v.format)}, expected "layers-model"`);
  if (!isObject(v.modelTopology)) throw bad(`${where}: has no "modelTopology" object`);
  const manifest = v.weightsManifest ?? [];
  if (!Array.isArray(manifest)) throw bad(`${where}: "weightsManifest" must be a list of groups`);
  return { ...v, modelTopology: v.modelTopology, weightsManifest: manifest.map((g) => checkGroup(g, where)) } as ModelJSON;
}
