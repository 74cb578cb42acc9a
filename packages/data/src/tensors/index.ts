/**
 * The tensor-facing data API (`nt.data`, `nt.datasets`): the pipelines and
 * datasets of this package, handing out tensors.
 *
 * @module \@neurite/data/tensors
 */
import * as nt from '@neurite/core';
import { setDefaultSeed } from '../random.js';

// Unseeded shuffles follow nt.setSeed, like every other random op.
nt.onSeed(setDefaultSeed);

export { TensorDataset, fromTensorSlices, fromArrays, fromGenerator, zip } from './dataset.js';
export { standardScaler, minMaxScaler, labelEncoder, trainTestSplit, type TensorScaler } from './preprocessing.js';
export { csv } from './datasets.js';
export { preprocessorFromJSON } from '../preprocessing/json.js';
export { readCsv } from '../csv/csv.js';
export * as datasets from './datasets-namespace.js';
