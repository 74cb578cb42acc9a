/**
 * AppState ⇄ URL hash ("#problem=classification&dataset=spiral&hidden=8,8…").
 * Every field is written, in a fixed order, so a link states the whole run
 * even if defaults change later. Reading is forgiving: a bad or missing
 * value falls back to its default and is reported, never thrown.
 */
import {
  ACTIVATIONS, DATASETS, DEFAULTS, FEATURES, OPTIMIZERS, PROBLEMS, REGULARIZATIONS,
  defaultState, normalize, type AppState,
} from "./schema.js";

interface Field<T> {
  write(v: T): string;
  /** The value, or undefined when the text is not a valid one. */
  read(text: string): T | undefined;
}

const oneOf = <T extends string>(values: readonly T[]): Field<T> => ({
  write: (v) => v,
  read: (t) => (values as readonly string[]).includes(t) ? (t as T) : undefined,
});

const number = (ok: (n: number) => boolean): Field<number> => ({
  write: (v) => String(v),
  read: (t) => {
    const n = t.trim() === "" ? NaN : Number(t);
    return Number.isFinite(n) && ok(n) ? n : undefined;
  },
});

const integer = (lo: number, hi: number) => number((n) => Number.isInteger(n) && n >= lo && n <= hi);

const bool: Field<boolean> = {
  write: (v) => (v ? "true" : "false"),
  read: (t) => (t === "true" || t === "1" ? true : t === "false" || t === "0" ? false : undefined),
};

const list = <T>(item: Field<T>): Field<T[]> => ({
  write: (v) => v.map(item.write).join(","),
  read: (t) => {
    if (t === "") return [];
    const out = t.split(",").map(item.read);
    return out.every((x) => x !== undefined) ? (out as T[]) : undefined;
  },
});

/** One codec per field; the mapped type makes a forgotten field a compile error. */
const FIELDS: { [K in keyof AppState]: Field<AppState[K]> } = {
  problem: oneOf(PROBLEMS),
  dataset: oneOf(DATASETS),
  classes: integer(1, 100),
  noise: integer(0, 50),
  trainRatio: integer(10, 90),
  batchSize: integer(1, 10_000),
  learningRate: number((n) => n > 0 && n <= 10),
  activation: oneOf(ACTIVATIONS),
  regularization: oneOf(REGULARIZATIONS),
  regularizationRate: number((n) => n >= 0 && n <= 10),
  optimizer: oneOf(OPTIMIZERS),
  speed: integer(0, 100_000),
  features: list(oneOf(FEATURES)),
  hidden: list(integer(1, 10_000)),
  seed: integer(0, 2 ** 31 - 1),
  showTestData: bool,
  discretize: bool,
  csv: { write: (v) => v, read: (t) => (/^[0-9a-f]*$/.test(t) ? t : undefined) },
};

const KEYS = Object.keys(FIELDS) as (keyof AppState)[];

/** The hash for a state (without the leading "#"). */
export function encodeState(s: AppState): string {
  const p = new URLSearchParams();
  for (const k of KEYS) p.set(k, (FIELDS[k] as Field<unknown>).write(s[k]));
  // Commas in lists read better unescaped; URLSearchParams would write %2C.
  return p.toString().replace(/%2C/g, ",");
}

export interface Decoded {
  state: AppState;
  /** What was ignored and why, for a notice (empty when the hash was clean). */
  problems: string[];
}

/** Reads a hash ("#a=b&…" or "a=b&…"); unknown keys and bad values are reported and replaced by defaults. */
export function decodeState(hash: string): Decoded {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const state = defaultState() as unknown as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, text] of params) {
    const field = (FIELDS as Record<string, Field<unknown> | undefined>)[key];
    if (!field) {
      problems.push(`unknown setting "${key}"`);
      continue;
    }
    const v = field.read(text);
    if (v === undefined) problems.push(`"${text}" is not a valid ${key}; using ${field.write(DEFAULTS[key as keyof AppState])}`);
    else state[key] = v;
  }
  return { state: normalize(state as unknown as AppState), problems };
}
