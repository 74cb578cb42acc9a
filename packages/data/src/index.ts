/**
 * `@neurite/data`: tf.data-style pipelines, CSV, preprocessing and built-in
 * datasets over plain typed arrays (RawArray). The tensor-facing wrappers
 * (`nt.data`, `nt.datasets`) convert RawArray leaves to tensors at the edge.
 *
 * @module \@neurite/data
 */
export { type DType, type NestedNumbers, type RawArray, gather, inferShape, isRawArray, raw, row, sizeOf, stack, toNested, zeros } from './raw.js';
export { type Rng, deriveSeed, iterationSeed, permutation, rng, setDefaultSeed } from './random.js';

export { Dataset, INFINITE_CARDINALITY, UNKNOWN_CARDINALITY, type ShuffleOptions } from './dataset/dataset.js';
export { shuffleOrder } from './dataset/ops.js';
export type { GeneratorSource } from './dataset/sources.js';
export type { Batched, Slice, Sliceable } from './dataset/structure.js';

export { csv, csvDataset, readCsv, type CsvRow, type CsvTable } from './csv/csv.js';
export { CsvRowError, type ColumnType, type CsvOptions } from './csv/schema.js';
export type { CsvSource } from './csv/sources.js';

export { type SplitOptions, type SplitResult, type Splittable, trainTestSplit } from './preprocessing/split.js';
export type { PreprocessorJSON } from './preprocessing/affine.js';
export { StandardScaler, type StandardScalerOptions, standardScaler } from './preprocessing/standard-scaler.js';
export { MinMaxScaler, type MinMaxScalerOptions, minMaxScaler } from './preprocessing/min-max-scaler.js';
export { LabelEncoder, labelEncoder, oneHot } from './preprocessing/encoders.js';
export { preprocessorFromJSON } from './preprocessing/json.js';
export type { MatrixLike, Same } from './preprocessing/matrix.js';

export type { LabeledData, SplitData, SplitOption } from './datasets/common.js';
export { digits } from './datasets/digits.js';
export { type IrisData, iris } from './datasets/iris.js';
export { type PlaygroundName, type PlaygroundOptions, blobs, playground, spiralK } from './datasets/playground.js';
