/** Restores any preprocessor of this package from its `toJSON()` output. */
import { NeuriteError } from '@neurite/core';
import { LabelEncoder } from './encoders.js';
import type { PreprocessorJSON } from './affine.js';
import { MinMaxScaler } from './min-max-scaler.js';
import { StandardScaler } from './standard-scaler.js';

const registry = {
  StandardScaler: StandardScaler.fromJSON,
  MinMaxScaler: MinMaxScaler.fromJSON,
  LabelEncoder: LabelEncoder.fromJSON,
} as const;

/** Rebuilds a StandardScaler, MinMaxScaler or LabelEncoder from its JSON (object or string). */
export function preprocessorFromJSON(json: PreprocessorJSON | string): StandardScaler | MinMaxScaler | LabelEncoder {
  const obj = (typeof json === 'string' ? JSON.parse(json) : json) as PreprocessorJSON;
  const restore = registry[obj.className as keyof typeof registry];
  if (!restore) throw new NeuriteError('BAD_ARGUMENT', `preprocessorFromJSON: unknown className "${obj.className}"`);
  return restore(obj);
}
