// Model interpretation; exposed as `nt.interpret`.
export { permutationImportance, type PermutationImportanceOptions, type PermutationImportanceResult } from "./permutation.js";
export { saliency, integratedGradients, type SaliencyOptions, type IntegratedGradientsOptions } from "./gradients.js";
