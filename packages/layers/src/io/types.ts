/** How one weight is stored, as in TF.js's weightsManifest (`quantization` marks quantized weights). */
export interface WeightsManifestEntry {
  name: string;
  shape: number[];
  dtype: string;
  /** TF.js puts optimizer state in the same manifest with group "optimizer". */
  group?: string;
  quantization?: { dtype: string; scale?: number; min?: number; [k: string]: unknown };
}

/** One group of weights and the shard files holding them, concatenated in order. */
export interface WeightsManifestGroup {
  paths: string[];
  weights: WeightsManifestEntry[];
  /** Hex SHA-256 of each shard, parallel to `paths` (Neurite's addition; checked on load when present). */
  sha256?: string[];
}

/** What a model is made of, as TF.js's IOHandlers exchange it. */
export interface ModelArtifacts {
  modelTopology?: Record<string, unknown>;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  trainingConfig?: Record<string, unknown>;
  userDefinedMetadata?: Record<string, unknown>;
  weightSpecs?: WeightsManifestEntry[];
  /** The weights' bytes in weightSpecs order; TF.js ≥ 4.10 may split them into several buffers. */
  weightData?: ArrayBuffer | ArrayBuffer[];
}

/** The contents of model.json. */
export interface ModelJSON {
  modelTopology: Record<string, unknown>;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  weightsManifest: WeightsManifestGroup[];
  trainingConfig?: Record<string, unknown>;
  userDefinedMetadata?: Record<string, unknown>;
}

/** TF.js's SaveResult: what was written and how big it was. */
export interface SaveResult {
  modelArtifactsInfo: {
    dateSaved: Date;
    modelTopologyType: "JSON";
    modelTopologyBytes?: number;
    weightSpecsBytes?: number;
    weightDataBytes?: number;
  };
}

/** TF.js's IOHandler: anything with save() and/or load() works, including TF.js's own handlers. */
export interface IOHandler {
  /** Stores the model's artifacts. */
  save?(artifacts: ModelArtifacts): Promise<SaveResult>;
  /** Reads the model's artifacts back. */
  load?(): Promise<ModelArtifacts>;
}

/** Makes a handler for a URL of a registered scheme (the URL is passed whole). */
export type IOHandlerFactory = (url: string) => IOHandler;
