import { NeuriteError } from "@neurite/core";
import { Activation, Dropout, Flatten, InputLayer } from "../layers/basic.js";
import { BatchNormalization } from "../layers/batchnorm.js";
import { Dense } from "../layers/dense.js";
import type { Sequential } from "../sequential.js";
import { assertLittleEndian, weightBytes } from "./bytes.js";
import { checkEntries } from "./manifest.js";
import { fromFile, isObject } from "./names.js";
import { resolveHandler } from "./router.js";
import { modelFromTopology } from "./topology.js";
import { compileFromTrainingConfig } from "./training-config.js";
import type { IOHandler, ModelArtifacts } from "./types.js";
import { assignWeights } from "./weights.js";

/** Above this many bytes of weights, a topology that wants more than its file holds is refused before anything is allocated. */
const EARLY_CHECK_BYTES = 64 * 1024 * 1024;

/** How many float32 weights building the topology will allocate, when every layer is a built-in one (else undefined). */
function plannedWeights(model: Sequential): number | undefined {
  let shape = model.batchInputShape;
  let total = 0;
  for (const l of model.layers) {
    const d = shape?.[shape.length - 1];
    if (!shape || typeof d !== "number") return undefined;
    if (l instanceof Dense) total += d * l.units + (l.useBias ? l.units : 0);
    else if (l instanceof BatchNormalization) total += d * (2 + (l.scale ? 1 : 0) + (l.center ? 1 : 0));
    else if (!(l instanceof Activation || l instanceof Dropout || l instanceof Flatten || l instanceof InputLayer)) return undefined;
    shape = l.computeOutputShape(shape);
  }
  return total;
}

/** Options of loadModel. */
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
    const planned = plannedWeights(model);
    const stored = specs.filter((s) => s.group !== "optimizer").reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
    if (planned !== undefined && planned > stored && planned * 4 > EARLY_CHECK_BYTES) {
      throw new NeuriteError("BAD_MODEL_FILE", `${where}: the topology declares ${planned} weights (${planned * 4} bytes) but the file holds ${stored}; refusing to build it`);
    }
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
