import type { KernelName, Kernels } from "./abi.js";
import { CheckContext, type CheckTable, type CheckTarget } from "./checks/context.js";
import { activationChecks } from "./checks/activations.js";
import { denseChecks } from "./checks/dense.js";
import { elementwiseChecks } from "./checks/elementwise.js";
import { layoutChecks } from "./checks/layout.js";
import { lossChecks } from "./checks/losses.js";
import { optimizerChecks } from "./checks/optimizers.js";
import { planChecks } from "./checks/plan.js";
import { randomChecks } from "./checks/random.js";
import { reduceChecks } from "./checks/reduce.js";
import { utilChecks } from "./checks/util.js";

export const allChecks = {
  ...utilChecks, ...denseChecks, ...activationChecks, ...lossChecks, ...optimizerChecks,
  ...randomChecks, ...elementwiseChecks, ...reduceChecks, ...layoutChecks, ...planChecks,
} as Partial<CheckTable<Kernels>>;

/**
 * Wraps every kernel with its validator so bad arguments raise a clear
 * NeuriteError in TypeScript instead of a wasm trap or silent corruption.
 */
export function makeChecked(target: CheckTarget & { raw: Kernels }): Kernels {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(target.raw) as KernelName[]) {
    const fn = target.raw[name] as unknown;
    if (typeof fn !== "function") continue;
    const check = allChecks[name] as ((c: CheckContext, ...a: number[]) => void) | undefined;
    const raw = fn as (...a: number[]) => number;
    out[name] = (...args: number[]) => {
      if (args.length !== raw.length && raw.length > 0) {
        throw new CheckContext(target, name).fail(`expects ${raw.length} arguments, got ${args.length}`);
      }
      for (let i = 0; i < args.length; i++) {
        if (typeof args[i] !== "number" || Number.isNaN(args[i]) && !allowsNaN(name)) {
          new CheckContext(target, name).fail(`argument ${i + 1} must be a number, got ${String(args[i])}`);
        }
      }
      check?.(new CheckContext(target, name), ...args);
      return raw(...args);
    };
  }
  return out as unknown as Kernels;
}

/** Kernels whose float scalar arguments may legitimately be NaN (filling with NaN). */
function allowsNaN(name: string): boolean {
  return name === "fill";
}
