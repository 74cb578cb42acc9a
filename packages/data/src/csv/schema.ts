/**
 * From raw CSV records to typed rows: column names, label columns, typed
 * column inference over the first rows, missing values and bad rows. Fields
 * are trimmed here (the parser only strips spaces before a field, so that
 * `a, "b, c"` parses; a space after a closing quote is a bad row).
 */
import { type ErrorCode, NeuriteError } from '@neurite/core';
import type { CsvRecord } from './records.js';

/** How a CSV column is read: as numbers or as text. */
export type ColumnType = 'number' | 'string';

/** Options of the CSV readers: delimiter, header, column types and which columns are labels. */
export interface CsvOptions {
  /** Label column name(s); they go to `ys` (csvDataset) or `y` (readCsv) instead of the features. */
  label?: string | string[];
  /** With a header: the feature columns to keep, in this order. Without: the names of the file's columns. */
  columns?: string[];
  /** Whether the first line holds the column names (default true). */
  header?: boolean;
  /** Field delimiter (default ','). */
  delimiter?: string;
  /** What to do with an empty or NA field: throw (default), skip the row, use NaN, or use this number. */
  missing?: 'error' | 'skip' | 'nan' | number;
  /** What to do with a row that does not parse (bad quoting, wrong field count, text in a numeric column). */
  onBadRow?: 'error' | 'skip';
  /** Column types that override inference. */
  dtypes?: Record<string, ColumnType>;
  /** How many leading rows the type inference looks at (default 1000). */
  inferRows?: number;
}

/** A row that could not be used; `line` is the 1-based line it ends on. A NeuriteError (BAD_ARGUMENT unless given a code). */
export class CsvRowError extends NeuriteError {
  constructor(readonly line: number, reason: string, code: ErrorCode = 'BAD_ARGUMENT', options?: { cause?: unknown }) {
    super(code, `csv: line ${line}: ${reason}`, options);
    this.name = 'CsvRowError';
  }
}

const MISSING = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL']);

/** True for the tokens read as a missing value: empty, NA, N/A, NaN, nan, null, NULL. */
export function isMissing(field: string): boolean {
  return MISSING.has(field);
}

/** Resolved layout: which field index feeds which feature or label, and its type. */
export interface Schema {
  names: string[];
  features: { name: string; index: number; type: ColumnType }[];
  labels: { name: string; index: number; type: ColumnType }[];
}

/** Builds the schema from the column names and a sample of data records. */
export function buildSchema(names: string[], sample: readonly CsvRecord[], options: CsvOptions): Schema {
  const labelNames = options.label === undefined ? [] : Array.isArray(options.label) ? options.label : [options.label];
  const header = options.header ?? true;
  const featureNames = header && options.columns
    ? options.columns.filter((c) => !labelNames.includes(c))
    : names.filter((c) => !labelNames.includes(c));
  const indexOf = (name: string): number => {
    const i = names.indexOf(name);
    if (i < 0) throw new NeuriteError('NOT_FOUND', `csv: no column named "${name}" (columns: ${names.join(', ')})`);
    return i;
  };
  const typed = (name: string) => {
    const index = indexOf(name);
    return { name, index, type: options.dtypes?.[name] ?? inferType(sample, index) };
  };
  return { names, features: featureNames.map(typed), labels: labelNames.map(typed) };
}

function inferType(sample: readonly CsvRecord[], index: number): ColumnType {
  for (const r of sample) {
    const f = r.fields[index]?.trim();
    if (f !== undefined && !isMissing(f) && Number.isNaN(Number(f))) return 'string';
  }
  return 'number';
}

/** Column names: the header record, or `columns`, or col0, col1, … for the given field count. */
export function columnNames(options: CsvOptions, headerRecord: CsvRecord | undefined, fieldCount: number): string[] {
  if (headerRecord) return headerRecord.fields.map((f) => f.trim());
  return Array.from({ length: fieldCount }, (_, i) => options.columns?.[i] ?? `col${i}`);
}

type Value = number | string;

/**
 * Converts one record into feature and label values, or undefined when the
 * row is to be skipped; throws CsvRowError when the options say so.
 */
export function convertRecord(
  rec: CsvRecord, schema: Schema, options: CsvOptions,
): { xs: Value[]; ys: Value[] } | undefined {
  const bad = (reason: string, code: ErrorCode): undefined => {
    if ((options.onBadRow ?? 'error') === 'skip') return undefined;
    throw new CsvRowError(rec.line, reason, code);
  };
  if (rec.fields.length !== schema.names.length) {
    return bad(`expected ${schema.names.length} fields, got ${rec.fields.length}`, 'SHAPE_MISMATCH');
  }
  const missing = options.missing ?? 'error';
  const read = (col: Schema['features'][number]): Value | null | undefined => {
    const f = rec.fields[col.index]!.trim();
    if (isMissing(f)) {
      if (missing === 'error') throw new CsvRowError(rec.line, `missing value in column "${col.name}"`);
      if (missing === 'skip') return null;
      return missing === 'nan' ? NaN : missing;
    }
    if (col.type === 'string') return f;
    const v = Number(f);
    return Number.isNaN(v) ? bad(`"${f}" in numeric column "${col.name}" is not a number`, 'DTYPE') : v;
  };
  const xs: Value[] = [];
  const ys: Value[] = [];
  for (const [cols, out] of [[schema.features, xs], [schema.labels, ys]] as const) {
    for (const col of cols) {
      const v = read(col);
      if (v === null || v === undefined) return undefined;
      out.push(v);
    }
  }
  return { xs, ys };
}
