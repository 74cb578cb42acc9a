import { NeuriteError } from "@neurite/core";

/** The model name after `scheme://`, refusing an empty one. */
export function modelName(url: string, scheme: string): string {
  const prefix = `${scheme}://`;
  const name = url.toLowerCase().startsWith(prefix) ? url.slice(prefix.length) : url;
  if (name === "") throw new NeuriteError("BAD_ARGUMENT", `${prefix}: the model name must not be empty (e.g. ${prefix}my-model)`);
  return name;
}

/** A fresh id for one save: time plus randomness, so two tabs saving at once do not collide. */
export const saveId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Whether an error is the browser refusing to store more (QuotaExceededError, by name or legacy code). */
export const isQuotaError = (e: unknown): boolean =>
  (e as { name?: string }).name === "QuotaExceededError" || (e as { code?: number }).code === 22;
