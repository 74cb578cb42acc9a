export { saveModel, modelArtifacts } from "./save.js";
export { loadModel, modelFromArtifacts, type LoadOptions } from "./load.js";
export { registerLayer, type LayerClass } from "./registry.js";
export { registerIOHandler } from "./router.js";
export { memory, type MemoryHandler } from "./memory.js";
export { http, type HttpOptions } from "./http.js";
export { filesHandler, SHARD_BYTES, type FileStore } from "./files.js";
export type { IOHandler, IOHandlerFactory, ModelArtifacts, ModelJSON, SaveResult, WeightsManifestEntry, WeightsManifestGroup } from "./types.js";
// Used by @neurite/compress (issue 7): decoding of quantized weights, and URL → handler resolution for saving quantized artifacts.
export { dequantize, float16ToNumber } from "./quantized.js";
export { resolveHandler } from "./router.js";
