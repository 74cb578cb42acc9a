/**
 * CSV as a streaming Dataset (`csvDataset`, alias `csv`, like tf.data.csv) or
 * loaded whole into RawArrays (`readCsv`). Column types are inferred from the
 * first `inferRows` rows: a column is numeric when every non-missing value
 * there parses as a number, categorical (string) otherwise.
 */
import { Dataset } from '../dataset/dataset.js';
import type { RawArray } from '../raw.js';
import { type CsvRecord, parseRecords } from './records.js';
import { type ColumnType, type CsvOptions, type Schema, buildSchema, columnNames, convertRecord } from './schema.js';
import { type CsvSource, openText } from './sources.js';

/** One CSV row as column name → number (numeric columns) or string (categorical columns). */
export type CsvRow = Record<string, number | string>;

/** Opens the source, reads the header and the inference sample, and returns the schema and the records in batches. */
async function openTable(source: CsvSource, options: CsvOptions): Promise<{ schema: Schema; batches: AsyncGenerator<CsvRecord[]> }> {
  const records = parseRecords(openText(source), {
    delimiter: options.delimiter,
    skipBadRecords: options.onBadRow === 'skip',
  });
  try {
    const header = options.header ?? true;
    const inferRows = options.inferRows ?? 1000;
    const wanted = inferRows + (header ? 1 : 0);
    const head: CsvRecord[] = [];
    let exhausted = false;
    while (head.length < wanted) {
      const r = await records.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      for (const rec of r.value) head.push(rec);
    }
    const headerRecord = header ? head.shift() : undefined;
    const names = columnNames(options, headerRecord, head[0]?.fields.length ?? 0);
    const schema = buildSchema(names, head.slice(0, inferRows), options);
    const batches = async function* (): AsyncGenerator<CsvRecord[]> {
      try {
        yield head.splice(0);
        if (!exhausted) yield* records;
      } finally {
        await records.return(undefined);
      }
    };
    return { schema, batches: batches() };
  } catch (e) {
    await records.return(undefined);
    throw e;
  }
}

function toObject(names: readonly { name: string }[], values: readonly (number | string)[]): CsvRow {
  const o: CsvRow = {};
  for (let i = 0; i < names.length; i++) o[names[i]!.name] = values[i]!;
  return o;
}

/** A streaming Dataset of CSV rows: `{xs, ys}` objects when `label` is given, else one object per row. */
export function csvDataset(source: CsvSource, options: CsvOptions & { label: string | string[] }): Dataset<{ xs: CsvRow; ys: CsvRow }>;
export function csvDataset(source: CsvSource, options?: CsvOptions): Dataset<CsvRow>;
export function csvDataset(source: CsvSource, options: CsvOptions = {}): Dataset<CsvRow | { xs: CsvRow; ys: CsvRow }> {
  return Dataset.fromGenerator(async function* () {
    const { schema, batches } = await openTable(source, options);
    const withLabel = options.label !== undefined;
    for await (const batch of batches) {
      for (const rec of batch) {
        const r = convertRecord(rec, schema, options);
        if (!r) continue;
        const xs = toObject(schema.features, r.xs);
        yield withLabel ? { xs, ys: toObject(schema.labels, r.ys) } : xs;
      }
    }
  });
}

/** Alias of `csvDataset` (tf.data.csv). */
export const csv = csvDataset;

/** A whole CSV file as RawArrays; categorical columns hold codes into `categories` (sorted values). */
export interface CsvTable {
  /** Feature column names, in the column order of `x`. */
  columns: string[];
  /** float32 [rows, columns]. */
  x: RawArray;
  /** Label column names (empty without `label`). */
  labels: string[];
  /** [rows] for one label, [rows, labels] for several: int32 codes when every label is categorical, else float32. */
  y?: RawArray;
  /** Inferred (or given) type of every used column. */
  dtypes: Record<string, ColumnType>;
  /** For each categorical column, its values; a code is an index into this list. */
  categories: Record<string, string[]>;
}

/** Loads a whole CSV source into a CsvTable. */
export async function readCsv(source: CsvSource, options: CsvOptions = {}): Promise<CsvTable> {
  const { schema, batches } = await openTable(source, options);
  const cols = [...schema.features, ...schema.labels];
  const encoders = cols.map((c) => (c.type === 'string' ? new Map<string, number>() : undefined));
  const nx = schema.features.length;
  const width = cols.length;
  let buf = new Float64Array(width * 1024);
  let n = 0;
  for await (const batch of batches) {
    for (const rec of batch) {
      const r = convertRecord(rec, schema, options);
      if (!r) continue;
      if ((n + 1) * width > buf.length) {
        const bigger = new Float64Array(buf.length * 2);
        bigger.set(buf);
        buf = bigger;
      }
      const values = [...r.xs, ...r.ys];
      for (let j = 0; j < width; j++) {
        const v = values[j]!;
        const enc = encoders[j];
        if (typeof v === 'number' || !enc) {
          buf[n * width + j] = v as number;
        } else {
          if (!enc.has(v)) enc.set(v, enc.size);
          buf[n * width + j] = enc.get(v)!;
        }
      }
      n++;
    }
  }
  const categories: Record<string, string[]> = {};
  const remap = encoders.map((enc, j) => {
    if (!enc) return undefined;
    const sorted = [...enc.keys()].sort();
    categories[cols[j]!.name] = sorted;
    const codes = new Float64Array(enc.size);
    for (const [value, code] of enc) codes[code] = sorted.indexOf(value);
    return codes;
  });
  const column = (j: number, i: number): number => {
    const v = buf[i * width + j]!;
    const m = remap[j];
    return m && !Number.isNaN(v) ? m[v]! : v;
  };
  const x: RawArray = { data: new Float32Array(n * nx), shape: [n, nx], dtype: 'float32' };
  for (let i = 0; i < n; i++) for (let j = 0; j < nx; j++) x.data[i * nx + j] = column(j, i);
  const table: CsvTable = {
    columns: schema.features.map((c) => c.name),
    x,
    labels: schema.labels.map((c) => c.name),
    dtypes: Object.fromEntries(cols.map((c) => [c.name, c.type])),
    categories,
  };
  const ny = schema.labels.length;
  if (ny > 0) {
    const values = new Float64Array(n * ny);
    for (let i = 0; i < n; i++) for (let j = 0; j < ny; j++) values[i * ny + j] = column(nx + j, i);
    // Codes are ints, but a NaN (missing: 'nan') must not silently become class 0.
    const int = schema.labels.every((c) => c.type === 'string') && !values.some(Number.isNaN);
    const data = int ? Int32Array.from(values) : Float32Array.from(values);
    table.y = { data, shape: ny === 1 ? [n] : [n, ny], dtype: int ? 'int32' : 'float32' };
  }
  return table;
}
