import { NeuriteError } from "@neurite/core";

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** "learning_rate" → "learningRate", "beta_1" → "beta1" (how TF.js reads Python-style keys). */
export const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** "categoricalCrossentropy" → "categorical_crossentropy" (how TF.js writes names). */
export const snake = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** Top-level keys of a config in camelCase: the constructor arguments of a layer. */
export function camelKeys(c: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [camel(k), v]));
}

/**
 * Runs fn; a BAD_ARGUMENT or SHAPE_MISMATCH it throws (a constructor or build
 * refusing a value) becomes BAD_MODEL_FILE, since the value came from the file.
 */
export function fromFile<T>(where: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NeuriteError && (e.code === "BAD_ARGUMENT" || e.code === "SHAPE_MISMATCH")) throw new NeuriteError("BAD_MODEL_FILE", `${where}: ${e.message}`, { cause: e });
    throw e;
  }
}
