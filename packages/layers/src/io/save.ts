import { NeuriteError } from "@neurite/core";
import { Activation, Dropout } from "../layers/basic.js";
import { BatchNormalization } from "../layers/batchnorm.js";
import { Dense } from "../layers/dense.js";
import type { Model } from "../model.js";
import { Sequential } from "../sequential.js";
import { assertLittleEndian, toArrayBuffer } from "./bytes.js";
import { resolveHandler } from "./router.js";
import { trainingConfigOf } from "./training-config.js";
import type { IOHandler, ModelArtifacts, SaveResult } from "./types.js";
import { encodeWeights } from "./weights.js";

/** This package's version (a test keeps it equal to package.json's). */
export const VERSION = "0.1.0";

/**
 * The input shape to record for a model whose first layer declares none, from
 * what the built model saw: a shape-keeping first layer saw its output shape, a
 * Dense its output shape with the kernel's input width last.
 */
function inferredInputShape(model: Sequential): (number | null)[] | undefined {
  const first = model.layers[0];
  const out = first?.lastOutputShape;
  if (!first?.built || !out) return undefined;
  if (first instanceof Dense) return [...out.slice(0, -1), first.kernel!.shape[0]!];
  if (first instanceof Activation || first instanceof Dropout || first instanceof BatchNormalization) return [...out];
  return undefined;
}

/** {class_name: "Sequential", config: {name, layers}} with the input shape on the first layer, as TF.js writes it. */
function sequentialTopology(model: Sequential): Record<string, unknown> {
  const config = model.getConfig() as { name: string; layers: { class_name: string; config: Record<string, unknown> }[] };
  const first = config.layers[0]!.config;
  if (!first.batch_input_shape) {
    const shape = model.batchInputShape ?? inferredInputShape(model);
    if (!shape) {
      throw new NeuriteError("BAD_ARGUMENT", `save: ${model.name}'s input shape is unknown; give the first layer an inputShape (or start with an inputLayer)`);
    }
    Object.assign(first, { batch_input_shape: [...shape], dtype: "float32" });
  }
  return { class_name: "Sequential", config, keras_version: `neurite-layers ${VERSION}`, backend: "tensor_flow.js" };
}

/** The TF.js ModelArtifacts of a Sequential model (topology, weights, trainingConfig when compiled). */
export function modelArtifacts(model: Model): ModelArtifacts {
  assertLittleEndian();
  if (!(model instanceof Sequential)) {
    throw new NeuriteError("UNSUPPORTED", `save: ${model.name} is a subclassed Model, whose call() has no TF.js topology; build it as a Sequential to save it`);
  }
  if (model.layers.length === 0) throw new NeuriteError("BAD_ARGUMENT", `save: ${model.name} has no layers`);
  // A registered Model subclass carries its own className and loads like any custom layer.
  const nested = model.layers.find((l) => l instanceof Sequential || l.className() === "Model");
  if (nested) throw new NeuriteError("UNSUPPORTED", `save: ${model.name} contains the model ${nested.name}; nested models are not supported`);
  if (!model.built && model.batchInputShape) model.ensureBuilt();
  const modelTopology = sequentialTopology(model);
  const { specs, data } = encodeWeights(model);
  const trainingConfig = trainingConfigOf(model);
  return {
    modelTopology,
    format: "layers-model",
    generatedBy: `Neurite v${VERSION}`,
    convertedBy: null,
    weightSpecs: specs,
    weightData: toArrayBuffer(data),
    ...(trainingConfig && { trainingConfig }),
  };
}

/** Saves a model to a URL (file://, memory://, a registered scheme) or through an IOHandler. */
export async function saveModel(model: Model, target: string | IOHandler): Promise<SaveResult> {
  const handler = resolveHandler(target, "save");
  return handler.save!(modelArtifacts(model));
}
