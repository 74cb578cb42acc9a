/**
 * Which training rows each step uses: a fresh seeded permutation per epoch,
 * cut into batches. Training proceeds in chunks of whole batches sized to the
 * frame budget; chunk boundaries never change the sequence, so a run is the
 * same on a fast and a slow machine.
 */

/** mulberry32 (see: https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates permutation of 0..n-1 for (seed, epoch). */
export function epochPermutation(n: number, seed: number, epoch: number): Int32Array {
  const rand = mulberry32((Math.imul(seed, 0x9e3779b1) ^ Math.imul(epoch + 1, 0x85ebca6b)) >>> 0);
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

export interface Chunk {
  /** Row indices, batch after batch (the epoch's last batch may be short). */
  rows: Int32Array;
  batches: number;
  /** The epoch the rows belong to (0-based). */
  epoch: number;
  /** Whether this chunk finishes its epoch. */
  endsEpoch: boolean;
}

export class BatchSchedule {
  private order: Int32Array;
  /** Epochs completed. */
  epoch = 0;
  /** Rows of the current epoch already handed out. */
  position = 0;
  /** Optimizer steps handed out so far. */
  steps = 0;

  constructor(readonly rows: number, public batchSize: number, readonly seed: number) {
    if (!(rows > 0)) throw new RangeError("BatchSchedule: there are no training rows");
    this.order = epochPermutation(rows, seed, 0);
  }

  /** The next chunk: up to `maxBatches` batches, stopping at the end of the epoch. */
  next(maxBatches: number): Chunk {
    const size = Math.max(1, this.batchSize);
    const want = Math.max(1, Math.floor(maxBatches)) * size;
    const end = Math.min(this.rows, this.position + want);
    const rows = this.order.slice(this.position, end);
    const batches = Math.ceil(rows.length / size);
    const chunk: Chunk = { rows, batches, epoch: this.epoch, endsEpoch: end === this.rows };
    this.steps += batches;
    this.position = end;
    if (end === this.rows) {
      this.epoch++;
      this.position = 0;
      this.order = epochPermutation(this.rows, this.seed, this.epoch);
    }
    return chunk;
  }

  /** Batches left in the current epoch at the current batch size. */
  batchesLeftInEpoch(): number {
    return Math.ceil((this.rows - this.position) / Math.max(1, this.batchSize));
  }
}
