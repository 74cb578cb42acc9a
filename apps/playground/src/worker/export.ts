/**
 * The trained model as TF.js layers-format files: `model.save` hands its
 * artifacts to a capturing IOHandler, and this writes model.json plus one
 * weights file under the names TF.js's downloads:// uses.
 */
import * as nt from "neurite";
import type { PreparedData } from "../model/dataset.js";
import { modelSnippet } from "../model/snippet.js";
import type { NetworkSpec } from "../model/spec.js";
import type { Network } from "./network.js";

export const WEIGHTS_FILE = "model.weights.bin";

const hex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");

function joinBuffers(data: ArrayBuffer | ArrayBuffer[] | undefined): ArrayBuffer {
  const parts = data === undefined ? [] : Array.isArray(data) ? data : [data];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p), at);
    at += p.byteLength;
  }
  return out.buffer;
}

export interface ExportedFiles {
  files: { name: string; bytes: ArrayBuffer; mime: string }[];
  snippet: string;
}

/** model.json (with each shard's SHA-256, which Neurite checks on load) and model.weights.bin, plus the TypeScript snippet. */
export async function exportModel(net: Network, spec: NetworkSpec, data: PreparedData): Promise<ExportedFiles> {
  let captured: nt.ModelArtifacts | undefined;
  await net.model.save({
    save: async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    },
  });
  if (!captured?.modelTopology) throw new Error("model.save produced no model topology");
  const weights = joinBuffers(captured.weightData);
  const json = {
    modelTopology: captured.modelTopology,
    format: captured.format ?? "layers-model",
    generatedBy: captured.generatedBy,
    convertedBy: captured.convertedBy ?? null,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: captured.weightSpecs ?? [], sha256: [hex(await crypto.subtle.digest("SHA-256", weights))] }],
    ...(captured.trainingConfig && { trainingConfig: captured.trainingConfig }),
    userDefinedMetadata: { playground: { features: spec.features, inputTransform: spec.transform, target: data.target, classNames: data.classNames } },
  };
  return {
    files: [
      { name: "model.json", bytes: new TextEncoder().encode(JSON.stringify(json)).buffer as ArrayBuffer, mime: "application/json" },
      { name: WEIGHTS_FILE, bytes: weights, mime: "application/octet-stream" },
    ],
    snippet: modelSnippet(spec, data.target),
  };
}
