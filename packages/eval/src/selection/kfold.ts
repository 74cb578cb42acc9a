import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { permutation, rng } from "@neurite/data";
import { toLabels, type Label, type LabelsInput } from "../metrics/inputs.js";

/** One train/test split: row indices, each in ascending order (as scikit-learn's). */
export interface Split {
  train: number[];
  test: number[];
}

/** Options of kFold and stratifiedKFold. */
export interface KFoldOptions {
  /** Number of folds, ≥ 2 (default 5). */
  nSplits?: number;
  /** Shuffle before splitting (default false). Shuffled splits are seeded but are not numpy's. */
  shuffle?: boolean;
  /** Seed of the shuffle; only allowed with shuffle (as scikit-learn's random_state). Default: from nt.setSeed. */
  seed?: number;
}

function checkOptions(fn: string, n: number, o: KFoldOptions): number {
  const k = o.nSplits ?? 5;
  if (!Number.isInteger(k) || k < 2) throw new NeuriteError("BAD_ARGUMENT", `${fn}: nSplits must be an integer ≥ 2, got ${k}`);
  if (o.seed !== undefined && !o.shuffle) {
    throw new NeuriteError("BAD_ARGUMENT", `${fn}: a seed has no effect without shuffle: true; leave it out or set shuffle`);
  }
  if (k > n) throw new NeuriteError("BAD_ARGUMENT", `${fn}: nSplits=${k} is greater than the number of samples (${n})`);
  return k;
}

/** Splits with fold `foldOf[i]` as the test fold of row i; indices come out ascending. */
function splitsFromFolds(foldOf: Int32Array, k: number): Split[] {
  const out: Split[] = Array.from({ length: k }, () => ({ train: [], test: [] }));
  for (let i = 0; i < foldOf.length; i++) {
    for (let f = 0; f < k; f++) (f === foldOf[i] ? out[f]!.test : out[f]!.train).push(i);
  }
  return out;
}

/**
 * scikit-learn's KFold: consecutive folds (after an optional shuffle) where the
 * first n % k folds hold one extra row.
 */
export function kFold(n: number, options: KFoldOptions = {}): Split[] {
  if (!Number.isInteger(n) || n < 0) throw new NeuriteError("BAD_ARGUMENT", `kFold: n must be a count of samples, got ${n}`);
  const k = checkOptions("kFold", n, options);
  const order = options.shuffle ? permutation(n, rng(options.seed ?? nt.nextKey())) : Int32Array.from({ length: n }, (_, i) => i);
  const foldOf = new Int32Array(n);
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
    for (let j = start; j < start + size; j++) foldOf[order[j]!] = f;
    start += size;
  }
  return splitsFromFolds(foldOf, k);
}

/**
 * scikit-learn's StratifiedKFold (≥ 0.22): each class is dealt to the folds in
 * the proportions a round robin over the sorted labels gives, in contiguous
 * blocks that keep the data's order (the blocks are shuffled with shuffle).
 */
export function stratifiedKFold(y: LabelsInput, options: KFoldOptions = {}): Split[] {
  const labels = toLabels("stratifiedKFold", "y", y);
  const k = checkOptions("stratifiedKFold", labels.length, options);
  // Classes are numbered by first appearance, as scikit-learn encodes them.
  const code = new Map<Label, number>();
  for (const l of labels) if (!code.has(l)) code.set(l, code.size);
  const encoded = labels.map((l) => code.get(l)!);
  const counts = new Array<number>(code.size).fill(0);
  for (const c of encoded) counts[c]!++;
  if (counts.every((c) => k > c)) {
    throw new NeuriteError("BAD_ARGUMENT", `stratifiedKFold: nSplits=${k} is greater than the number of members in each class`);
  }
  // allocation[f][c]: rows of class c in fold f, dealt round robin over the sorted codes.
  const sorted = [...encoded].sort((a, b) => a - b);
  const allocation = Array.from({ length: k }, () => new Array<number>(code.size).fill(0));
  sorted.forEach((c, i) => allocation[i % k]![c]!++);
  const r = options.shuffle ? rng(options.seed ?? nt.nextKey()) : undefined;
  const foldOf = new Int32Array(labels.length);
  for (let c = 0; c < code.size; c++) {
    const folds: number[] = [];
    for (let f = 0; f < k; f++) for (let j = 0; j < allocation[f]![c]!; j++) folds.push(f);
    const order = r ? permutation(folds.length, r) : undefined;
    let next = 0;
    for (let i = 0; i < encoded.length; i++) {
      if (encoded[i] === c) foldOf[i] = folds[order ? order[next++]! : next++]!;
    }
  }
  return splitsFromFolds(foldOf, k);
}

