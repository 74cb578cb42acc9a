import { describe, expect, it } from 'vitest';
import {
  Dataset, INFINITE_CARDINALITY, UNKNOWN_CARDINALITY, iterationSeed, raw, setDefaultSeed, shuffleOrder, toNested,
} from '../src/index.js';

const range = (n: number) => Dataset.fromItems(Array.from({ length: n }, (_, i) => i));
const values = (d: Dataset<{ data: ArrayLike<number> }>) => d.toArray().then((a) => a.map((x) => Array.from(x.data)));

/** A generator dataset that counts how many elements were pulled from it. */
function counted(n: number) {
  const pulled = { count: 0 };
  const ds = Dataset.fromGenerator(function* () {
    for (let i = 0; i < n; i++) {
      pulled.count++;
      yield i;
    }
  });
  return { ds, pulled };
}

describe('sources', () => {
  it('fromSlices slices RawArrays, nested arrays, tuples and objects along axis 0', async () => {
    const x = raw([[1, 2], [3, 4], [5, 6]]);
    const y = raw([0, 1, 0], undefined, 'int32');
    const tuple = await Dataset.fromSlices([x, y]).toArray();
    expect(tuple).toHaveLength(3);
    expect(tuple[1]![0]).toEqual({ data: new Float32Array([3, 4]), shape: [2], dtype: 'float32' });
    expect(tuple[1]![1]).toEqual({ data: new Int32Array([1]), shape: [], dtype: 'int32' });
    const obj = await Dataset.fromSlices({ xs: [[1, 2], [3, 4]], ys: [7, 8] }).toArray();
    expect(toNested(obj[1]!.xs)).toEqual([3, 4]);
    expect(toNested(obj[1]!.ys)).toBe(8);
    expect(await values(Dataset.fromArrays([[1, 2], [3, 4]]))).toEqual([[1, 2], [3, 4]]);
    expect(Dataset.fromSlices([x, y]).cardinality()).toBe(3);
  });

  it('fromSlices rejects mismatched lengths and ragged arrays', () => {
    expect(() => Dataset.fromSlices([raw([1, 2]), raw([1, 2, 3])])).toThrow(/first dimension/);
    expect(() => Dataset.fromSlices([[1, 2], [3]])).toThrow(/ragged/);
  });

  it('fromGenerator re-invokes sync and async generators on each iteration', async () => {
    let calls = 0;
    const sync = Dataset.fromGenerator(function* () {
      calls++;
      yield* [1, 2, 3];
    });
    expect(await sync.toArray()).toEqual([1, 2, 3]);
    expect(await sync.toArray()).toEqual([1, 2, 3]);
    expect(calls).toBe(2);
    const asyncDs = Dataset.fromGenerator(async function* () {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, 1));
        yield i * 10;
      }
    });
    expect(await asyncDs.toArray()).toEqual([0, 10, 20]);
    expect(asyncDs.cardinality()).toBe(UNKNOWN_CARDINALITY);
  });
});

describe('transformations', () => {
  it('map and filter are lazy: nothing is pulled before iteration, and take stops early', async () => {
    const { ds, pulled } = counted(100);
    let mapped = 0;
    const pipeline = ds.map((x) => (mapped++, x * 2)).filter((x) => x % 4 === 0).take(3);
    expect(pulled.count).toBe(0);
    const it = pipeline[Symbol.asyncIterator]();
    expect((await it.next()).value).toBe(0);
    expect(pulled.count).toBe(1);
    expect(await pipeline.toArray()).toEqual([0, 4, 8]);
    expect(pulled.count).toBe(1 + 5);
    expect(mapped).toBe(1 + 5);
  });

  it('map accepts async functions', async () => {
    expect(await range(3).map(async (x) => x + 1).toArray()).toEqual([1, 2, 3]);
  });

  it('take, skip and repeat give the right counts and cardinalities', async () => {
    expect(await range(10).take(3).toArray()).toEqual([0, 1, 2]);
    expect(await range(10).take(-1).toArray()).toHaveLength(10);
    expect(await range(10).skip(7).toArray()).toEqual([7, 8, 9]);
    expect(await range(10).skip(20).toArray()).toEqual([]);
    expect(await range(3).repeat(3).toArray()).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect(await range(3).repeat().take(7).toArray()).toEqual([0, 1, 2, 0, 1, 2, 0]);
    await expect(range(3).repeat().toArray()).rejects.toThrow(/infinite/);
    expect(await range(0).repeat(5).toArray()).toEqual([]);
    expect(range(10).take(3).cardinality()).toBe(3);
    expect(range(10).skip(4).cardinality()).toBe(6);
    expect(range(3).repeat(4).cardinality()).toBe(12);
    expect(range(3).repeat().cardinality()).toBe(INFINITE_CARDINALITY);
    expect(range(3).repeat().take(5).cardinality()).toBe(5);
    expect(range(3).filter(() => true).cardinality()).toBe(UNKNOWN_CARDINALITY);
  });

  it('an empty generator repeated forever ends instead of spinning', async () => {
    const empty = Dataset.fromGenerator(function* () {});
    expect(await empty.repeat().take(5).toArray()).toEqual([]);
  });

  it('batch stacks leaves with a leading batch axis and keeps or drops the remainder', async () => {
    const x = raw(Array.from({ length: 10 }, (_, i) => [i, -i]));
    const y = raw(Array.from({ length: 10 }, (_, i) => i % 2), undefined, 'int32');
    const batches = await Dataset.fromSlices({ x, y }).batch(4).toArray();
    expect(batches.map((b) => b.x.shape)).toEqual([[4, 2], [4, 2], [2, 2]]);
    expect(batches.map((b) => b.y.shape)).toEqual([[4], [4], [2]]);
    expect(batches[2]!.y.dtype).toBe('int32');
    expect(toNested(batches[2]!.x)).toEqual([[8, -8], [9, -9]]);
    expect(Dataset.fromSlices({ x, y }).batch(4).cardinality()).toBe(3);
    const dropped = Dataset.fromSlices([x, y]).batch(4, { dropRemainder: true });
    expect(dropped.cardinality()).toBe(2);
    expect((await dropped.toArray()).map((b) => b[0].shape[0])).toEqual([4, 4]);
    const numbers = await range(5).batch(2).toArray();
    expect(numbers.map((b) => Array.from(b.data))).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('batch refuses elements that cannot be stacked', async () => {
    await expect(Dataset.fromItems(['a', 'b']).batch(2).toArray()).rejects.toThrow(/cannot batch/);
    await expect(Dataset.fromItems([raw([1, 2]), raw([1, 2, 3])]).batch(2).toArray()).rejects.toThrow(/element 1/);
  });

  it('zip pairs tuples and objects of datasets and stops at the shortest', async () => {
    const zipped = Dataset.zip([range(5), range(3).map((x) => `s${x}`)]);
    expect(await zipped.toArray()).toEqual([[0, 's0'], [1, 's1'], [2, 's2']]);
    expect(zipped.cardinality()).toBe(3);
    const named = Dataset.zip({ a: range(2), b: range(4).repeat() });
    expect(await named.toArray()).toEqual([{ a: 0, b: 0 }, { a: 1, b: 1 }]);
    expect(named.cardinality()).toBe(2);
    expect(Dataset.zip([range(2).repeat(), range(3).repeat()]).cardinality()).toBe(INFINITE_CARDINALITY);
  });

  it('concatenate appends and sums cardinalities', async () => {
    const d = range(2).concatenate(range(3));
    expect(await d.toArray()).toEqual([0, 1, 0, 1, 2]);
    expect(d.cardinality()).toBe(5);
  });

  it('forEachAsync visits every element in order', async () => {
    const seen: number[] = [];
    await range(4).forEachAsync(async (x) => void seen.push(x));
    expect(seen).toEqual([0, 1, 2, 3]);
  });
});

describe('shuffle', () => {
  const sorted = (a: number[]) => [...a].sort((p, q) => p - q);

  it('is a permutation for any buffer size', async () => {
    for (const buffer of [1, 2, 7, 100, 1000]) {
      const out = await range(100).shuffle(buffer, { seed: 3 }).toArray();
      expect(sorted(out)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    }
    expect(await range(100).shuffle(1, { seed: 3 }).toArray()).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('is reproducible with a seed and differs across seeds', async () => {
    const a = await range(50).shuffle(50, { seed: 42 }).toArray();
    const b = await range(50).shuffle(50, { seed: 42 }).toArray();
    const c = await range(50).shuffle(50, { seed: 43 }).toArray();
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('gives the same order on every iteration unless reshuffleEachIteration', async () => {
    const fixed = range(30).shuffle(30, { seed: 1 });
    expect(await fixed.toArray()).toEqual(await fixed.toArray());
    const re = range(30).shuffle(30, { seed: 1, reshuffleEachIteration: true });
    const first = await re.toArray();
    const second = await re.toArray();
    expect(first).toEqual(await fixed.toArray());
    expect(second).not.toEqual(first);
    expect(sorted(second)).toEqual(sorted(first));
    const again = range(30).shuffle(30, { seed: 1, reshuffleEachIteration: true });
    await again.toArray();
    expect(await again.toArray()).toEqual(second);
  });

  it('without a seed derives one from setDefaultSeed', async () => {
    setDefaultSeed(7);
    const a = await range(40).shuffle(40).toArray();
    setDefaultSeed(7);
    const b = await range(40).shuffle(40).toArray();
    expect(a).toEqual(b);
  });

  it('shuffleOrder reproduces the emitted order as indices, per iteration', async () => {
    for (const [n, buffer] of [[0, 3], [1, 1], [10, 10], [10, 3], [25, 100], [40, 1]] as const) {
      expect(await range(n).shuffle(buffer, { seed: 11 }).toArray()).toEqual(Array.from(shuffleOrder(n, buffer, 11)));
    }
    const re = range(20).shuffle(8, { seed: 5, reshuffleEachIteration: true });
    for (let k = 0; k < 3; k++) expect(await re.toArray()).toEqual(Array.from(shuffleOrder(20, 8, iterationSeed(5, k))));
  });

  it('with a small buffer only reads ahead by the buffer size', async () => {
    const { ds, pulled } = counted(1000);
    const it = ds.shuffle(10, { seed: 0 })[Symbol.asyncIterator]();
    await it.next();
    expect(pulled.count).toBe(10);
    await it.return?.();
  });
});

describe('prefetch', () => {
  it('preserves order with out-of-order async completion', async () => {
    const delays = [30, 1, 20, 5, 0, 12, 3, 25, 8, 2];
    const slow = Dataset.fromItems(delays.map((_, i) => i)).map(
      (i) => new Promise<number>((r) => setTimeout(() => r(i), delays[i])),
    );
    expect(await slow.prefetch(4).toArray()).toEqual(delays.map((_, i) => i));
  });

  it('reads ahead by at most the buffer size', async () => {
    const { ds, pulled } = counted(100);
    const it = ds.prefetch(5)[Symbol.asyncIterator]();
    await it.next();
    await new Promise((r) => setTimeout(r, 5));
    expect(pulled.count).toBeGreaterThan(1);
    expect(pulled.count).toBeLessThanOrEqual(6);
    await it.return?.();
  });

  it('propagates errors in order', async () => {
    const bad = Dataset.fromGenerator(function* () {
      yield 1;
      throw new Error('boom');
    });
    const it = bad.prefetch(3)[Symbol.asyncIterator]();
    expect((await it.next()).value).toBe(1);
    await expect(it.next()).rejects.toThrow('boom');
  });
});

describe('re-iteration', () => {
  it('a full pipeline gives the same data twice', async () => {
    const x = raw(Array.from({ length: 20 }, (_, i) => [i, i * i]));
    const pipeline = Dataset.fromSlices(x).shuffle(8, { seed: 9 }).map((r) => r).batch(3).prefetch(2);
    const a = (await pipeline.toArray()).map(toNested);
    const b = (await pipeline.toArray()).map(toNested);
    expect(a).toEqual(b);
  });
});
