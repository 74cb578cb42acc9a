import { describe, expect, it } from 'vitest';
import { CsvRowError, csv, csvDataset, readCsv, toNested } from '../src/index.js';

const IRISH = [
  'sepal,petal,species',
  '5.1,1.4,setosa',
  '7.0,4.7,versicolor',
  '6.3,6.0,virginica',
  '4.9,1.5,setosa',
].join('\n');

describe('csvDataset', () => {
  it('reads the header and yields typed {xs, ys} rows', async () => {
    const rows = await csvDataset(IRISH, { label: 'species' }).toArray();
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual({ xs: { sepal: 7, petal: 4.7 }, ys: { species: 'versicolor' } });
  });

  it('without a label yields one object per row; csv is an alias', async () => {
    const rows = await csv(IRISH).toArray();
    expect(rows[0]).toEqual({ sepal: 5.1, petal: 1.4, species: 'setosa' });
  });

  it('handles quoted fields with commas, quotes and newlines', async () => {
    const text = 'name,qty\n"Smith, John",3\n"say ""hi""",4\n"two\nlines",5\n';
    const rows = await csvDataset(text).toArray();
    expect(rows.map((r) => r.name)).toEqual(['Smith, John', 'say "hi"', 'two\nlines']);
    expect(rows.map((r) => r.qty)).toEqual([3, 4, 5]);
  });

  it('without a header names columns from `columns` or col0, col1, …', async () => {
    const text = '1,2,a\n3,4,b\n';
    expect((await csvDataset(text, { header: false }).toArray())[1]).toEqual({ col0: 3, col1: 4, col2: 'b' });
    const named = await csvDataset(text, { header: false, columns: ['x', 'y', 'z'], label: 'z' }).toArray();
    expect(named[0]).toEqual({ xs: { x: 1, y: 2 }, ys: { z: 'a' } });
  });

  it('with a header, `columns` selects and orders the features', async () => {
    const rows = await csvDataset(IRISH, { columns: ['petal'], label: 'species' }).toArray();
    expect(rows[0]).toEqual({ xs: { petal: 1.4 }, ys: { species: 'setosa' } });
  });

  it('supports other delimiters and dtype overrides', async () => {
    const rows = await csvDataset('id;v\n001;2\n002;3\n', { delimiter: ';', dtypes: { id: 'string' } }).toArray();
    expect(rows).toEqual([{ id: '001', v: 2 }, { id: '002', v: 3 }]);
  });

  it('missing values: error names the line, or skip, nan, or a fill value', async () => {
    const text = 'a,b\n1,2\n3,\n5,NA\n7,8\n';
    await expect(csvDataset(text).toArray()).rejects.toThrow(/line 3: missing value in column "b"/);
    expect(await csvDataset(text, { missing: 'skip' }).toArray()).toEqual([{ a: 1, b: 2 }, { a: 7, b: 8 }]);
    const nan = await csvDataset(text, { missing: 'nan' }).toArray();
    expect(nan.map((r) => r.b)).toEqual([2, NaN, NaN, 8]);
    expect((await csvDataset(text, { missing: -1 }).toArray()).map((r) => r.b)).toEqual([2, -1, -1, 8]);
  });

  it('a bad row is reported with its line number, or skipped', async () => {
    const text = 'a,b,c\n1,2,3\n4,5\n6,7,8\n9,x,10\n11,12,13\n';
    const err = await csvDataset(text).toArray().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvRowError);
    expect((err as CsvRowError).line).toBe(3);
    expect((err as Error).message).toMatch(/line 3: expected 3 fields, got 2/);
    const skipped = await csvDataset(text, { onBadRow: 'skip', inferRows: 2 }).toArray();
    expect(skipped.map((r) => r.a)).toEqual([1, 6, 11]);
  });

  it('line numbers count the header, blank lines and line breaks inside quotes, in both bad-row modes', async () => {
    const text = 'a,b\n1,2\n\n"x\ny",3\n   \n5,\n';
    for (const onBadRow of ['error', 'skip'] as const) {
      const err = await csvDataset(text, { onBadRow }).toArray().catch((e: CsvRowError) => e);
      expect((err as CsvRowError).line).toBe(7);
    }
  });

  it('allows spaces around fields and before an opening quote', async () => {
    const rows = await csvDataset('a , b\n 1 , "x, y"\n').toArray();
    expect(rows).toEqual([{ a: 1, b: 'x, y' }]);
  });

  it('text in a numeric column after the inference sample is a bad row naming its line', async () => {
    const text = 'a,b\n1,2\n3,4\n5,oops\n';
    await expect(csvDataset(text, { inferRows: 2 }).toArray()).rejects.toThrow(/line 4: "oops" in numeric column "b"/);
  });

  it('a quoting error from the parser names its line', async () => {
    const text = 'a,b\n1,2\n3,"4"x\n';
    await expect(csvDataset(text).toArray()).rejects.toThrow(/line 3/);
  });

  it('an unknown label column is an error', async () => {
    await expect(csvDataset(IRISH, { label: 'nope' }).toArray()).rejects.toThrow(/no column named "nope"/);
  });

  it('is re-iterable and lazy', async () => {
    const ds = csvDataset(IRISH, { label: 'species' });
    expect(await ds.take(2).toArray()).toEqual((await ds.toArray()).slice(0, 2));
  });

  it('reads Blobs and async iterables of bytes split mid-character', async () => {
    const text = 'word,n\nnaïve,1\ncafé,2\n';
    expect((await csvDataset(new Blob([text])).toArray())[1]).toEqual({ word: 'café', n: 2 });
    const bytes = new TextEncoder().encode(text);
    const split = bytes.indexOf(0xc3) + 1;
    const chunks = async function* () {
      yield bytes.subarray(0, split);
      yield bytes.subarray(split);
    };
    expect((await csvDataset(chunks()).toArray())[0]).toEqual({ word: 'naïve', n: 1 });
  });
});

describe('readCsv', () => {
  it('loads features as float32 and categorical columns as sorted codes', async () => {
    const t = await readCsv('color,size,label\nred,1.5,b\nblue,2,a\nred,3,c\ngreen,4,a\n', { label: 'label' });
    expect(t.columns).toEqual(['color', 'size']);
    expect(t.dtypes).toEqual({ color: 'string', size: 'number', label: 'string' });
    expect(t.categories).toEqual({ color: ['blue', 'green', 'red'], label: ['a', 'b', 'c'] });
    expect(t.x.shape).toEqual([4, 2]);
    expect(toNested(t.x)).toEqual([[2, 1.5], [0, 2], [2, 3], [1, 4]]);
    expect(t.y!.dtype).toBe('int32');
    expect(Array.from(t.y!.data)).toEqual([1, 0, 2, 0]);
  });

  it('numeric labels give float32 y; several labels give [n, k]', async () => {
    const t = await readCsv('a,b,c\n1,2,3\n4,5,6\n', { label: ['b', 'c'] });
    expect(t.y).toEqual({ data: new Float32Array([2, 3, 5, 6]), shape: [2, 2], dtype: 'float32' });
    const one = await readCsv('a,b\n1,2\n4,5\n', { label: 'b' });
    expect(one.y!.shape).toEqual([2]);
    expect(one.y!.dtype).toBe('float32');
  });

  it('grows past its initial buffer', async () => {
    const lines = ['i,sq', ...Array.from({ length: 5000 }, (_, i) => `${i},${i * i}`)];
    const t = await readCsv(lines.join('\n'));
    expect(t.x.shape).toEqual([5000, 2]);
    expect(t.x.data[2 * 4999 + 1]).toBe(Math.fround(4999 * 4999));
  });
});
