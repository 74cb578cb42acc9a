/**
 * `@neurite/compress`: smaller models. Magnitude pruning during (fine-)training,
 * and weight quantization stored as TF.js's weights manifest defines it.
 *
 * @module \@neurite/compress
 */
export { polynomialDecay, constantSparsity, type PruningSchedule, type PolynomialDecayArgs } from "./pruning/schedule.js";
export { pruneLowMagnitude, stripPruning, PruneLowMagnitude, type PruneArgs } from "./pruning/prune.js";
export { magnitudeMasks } from "./pruning/masks.js";
export { sparsityReport, formatSparsityReport, type SparsityReport, type WeightSparsity } from "./pruning/report.js";
export { quantizeWeights, dequantizeWeights, numberToFloat16, type Quantization, type QuantizationDtype } from "./quantize/codec.js";
export { quantize, quantizeArtifacts, QuantizedModel, type QuantizeArgs } from "./quantize/quantize.js";
export { sizeReport, type SizeRow } from "./quantize/size.js";
