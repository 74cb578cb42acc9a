import { HttpError } from "./paths.js";

/**
 * A list parameter: `name=a,b` and/or repeated `single=x` (the repeated form
 * carries names that contain commas). Empty items are dropped, order kept, no duplicates.
 */
export function listParam(q: URLSearchParams, name: string, single: string): string[] {
  const out = new Set<string>();
  for (const v of q.getAll(name)) for (const s of v.split(",")) if (s !== "") out.add(s);
  for (const v of q.getAll(single)) if (v !== "") out.add(v);
  return [...out];
}

/** A number parameter within [min, max], `fallback` when absent; 400 otherwise. */
export function numParam(q: URLSearchParams, name: string, fallback: number, min: number, max: number, integer = false): number {
  const raw = q.get(name);
  if (raw === null || raw === "") return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
    throw new HttpError(400, "BAD_ARGUMENT", `${name}=${raw}: expected ${integer ? "an integer" : "a number"} in [${min}, ${max}]`);
  }
  return v;
}

/** A parameter that must be present. */
export function required(q: URLSearchParams, name: string): string {
  const v = q.get(name);
  if (v === null || v === "") throw new HttpError(400, "BAD_ARGUMENT", `missing ${name}=`);
  return v;
}

/** A parameter that must be one of `allowed`. */
export function oneOf<T extends string>(q: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const v = q.get(name);
  if (v === null || v === "") return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new HttpError(400, "BAD_ARGUMENT", `${name}=${v}: expected one of ${allowed.join(", ")}`);
  return v as T;
}
