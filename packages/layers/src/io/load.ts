import { NeuriteError } from "@neurite/core";
import type { Sequential } from "../sequential.js";
import { assertLittleEndian, weightBytes } from "./bytes.js";
import { checkEntries } from "./manifest.js";
import { fromFile, isObject } from "./names.js";
import { resolveHandler } from "./router.js";
import { modelFromTopology } from "./topology.js";
import { compileFromTrainingConfig } from "./training-config.js";
import type { IOHandler, ModelArtifacts } from "./types.js";
import { assignWeights } from "./weights.js";

export interface LoadOptions {
  /** Compile the model from the file's trainingConfig when it has one (default true, as TF.js does). */
  compile?: boolean;
}

/** Rebuilds a model from TF.js ModelArtifacts: topology, then weights by name, then compile. */
export function modelFromArtifacts(a: ModelArtifacts, options: LoadOptions = {}, where = "model"): Sequential {
  assertLittleEndian();
  if (!isObject(a as unknown)) throw new NeuriteError("BAD_MODEL_FILE", `${where}: the handler returned no artifacts`);
  if (a.format !== undefined && a.format !== "layers-model") throw new NeuriteError("BAD_MODEL_FILE", `${where}: format is ${JSON.stringify(a.format)}, expected "layers-model"`);
  if (!isObject(a.modelTopology)) throw new NeuriteError("BAD_MODEL_FILE", `${where}: has no modelTopology`);
  const specs = checkEntries(a.weightSpecs ?? [], where);
  const model = modelFromTopology(a.modelTopology, where);
  try {
    if (!model.batchInputShape) throw new NeuriteError("BAD_MODEL_FILE", `${where}: no layer declares the input shape, so the weights cannot be built`);
    fromFile(where, () => model.ensureBuilt());
    assignWeights(model, specs, weightBytes(a.weightData), where);
    if (a.trainingConfig !== undefined && a.trainingConfig !== null && options.compile !== false) compileFromTrainingConfig(model, a.trainingConfig, where);
  } catch (e) {
    model.dispose();
    throw e;
  }
  return model;
}

/** Loads a TF.js layers-model (model.json + shards) from a URL or through an IOHandler. */
export async function loadModel(target: string | IOHandler, options: LoadOptions = {}): Promise<Sequential> {
  const handler = resolveHandler(target, "load");
  const where = typeof target === "string" ? target : "IOHandler";
  return modelFromArtifacts(await handler.load!(), options, where);
}
