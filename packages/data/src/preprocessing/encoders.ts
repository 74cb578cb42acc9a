/** Label encoding and one-hot encoding. */
import { NeuriteError } from '@neurite/core';
import { type RawArray, isRawArray, zeros } from '../raw.js';
import type { PreprocessorJSON } from './affine.js';

type Label = string | number;

function labelList(labels: RawArray | ArrayLike<Label>, op: string): Label[] {
  if (isRawArray(labels)) {
    if (labels.shape.length !== 1) throw new NeuriteError('SHAPE_MISMATCH', `${op}: expected 1-D labels, got shape [${labels.shape}]`);
    return Array.from(labels.data);
  }
  return Array.from(labels);
}

/** Maps labels (strings or numbers) to codes 0..k-1 in sorted order, like scikit-learn's LabelEncoder. */
export class LabelEncoder {
  /** The distinct labels, sorted; a code is an index into this list. */
  classes?: Label[];
  private index?: Map<Label, number>;

  /** Learns the sorted distinct labels. */
  fit(labels: RawArray | ArrayLike<Label>): this {
    const list = labelList(labels, 'LabelEncoder.fit');
    const kinds = new Set(list.map((l) => typeof l));
    if (kinds.size > 1) throw new NeuriteError('DTYPE', 'LabelEncoder.fit: labels mix strings and numbers');
    const distinct = [...new Set(list)];
    distinct.sort((a, b) => (typeof a === 'number' ? a - (b as number) : a < b ? -1 : a > b ? 1 : 0));
    this.setClasses(distinct);
    return this;
  }

  private setClasses(classes: Label[]): void {
    this.classes = classes;
    this.index = new Map(classes.map((c, i) => [c, i]));
  }

  /** Codes of `labels` as an int32 RawArray [n]; unseen labels throw. */
  transform(labels: RawArray | ArrayLike<Label>): RawArray {
    if (!this.index) throw new NeuriteError('BAD_ARGUMENT', 'LabelEncoder.transform: call fit() first');
    const list = labelList(labels, 'LabelEncoder.transform');
    const out = zeros([list.length], 'int32');
    list.forEach((l, i) => {
      const code = this.index!.get(l);
      if (code === undefined) throw new NeuriteError('BAD_ARGUMENT', `LabelEncoder.transform: unseen label ${JSON.stringify(l)}`);
      out.data[i] = code;
    });
    return out;
  }

  /** `fit(labels)` then `transform(labels)`. */
  fitTransform(labels: RawArray | ArrayLike<Label>): RawArray {
    return this.fit(labels).transform(labels);
  }

  /** The labels for the given codes. */
  inverseTransform(codes: RawArray | ArrayLike<number>): Label[] {
    if (!this.classes) throw new NeuriteError('BAD_ARGUMENT', 'LabelEncoder.inverseTransform: call fit() first');
    const classes = this.classes;
    return labelList(codes, 'LabelEncoder.inverseTransform').map((c) => {
      const l = classes[c as number];
      if (l === undefined) throw new NeuriteError('BAD_ARGUMENT', `LabelEncoder.inverseTransform: code ${c} out of range`);
      return l;
    });
  }

  /** The encoder's classes, for preprocessorFromJSON(). */
  toJSON(): PreprocessorJSON {
    return { className: 'LabelEncoder', config: {}, state: this.classes ? { classes: this.classes } : null };
  }

  /** Rebuilds an encoder from `toJSON()` output. */
  static fromJSON(json: PreprocessorJSON): LabelEncoder {
    const e = new LabelEncoder();
    const st = json.state as { classes: Label[] } | null;
    if (st) e.setClasses(st.classes);
    return e;
  }
}

/** A LabelEncoder (scikit-learn's LabelEncoder). */
export function labelEncoder(): LabelEncoder {
  return new LabelEncoder();
}

/** One-hot rows (float32 [n, depth]) for integer labels; depth defaults to max label + 1. */
export function oneHot(labels: RawArray | ArrayLike<number>, depth?: number): RawArray {
  const list = labelList(labels, 'oneHot') as number[];
  const d = depth ?? list.reduce((m, v) => Math.max(m, v + 1), 0);
  const out = zeros([list.length, d]);
  list.forEach((v, i) => {
    if (!Number.isInteger(v) || v < 0 || v >= d) throw new NeuriteError('BAD_ARGUMENT', `oneHot: label ${v} at ${i} is not in [0, ${d})`);
    out.data[i * d + v] = 1;
  });
  return out;
}
