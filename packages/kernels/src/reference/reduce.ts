import type { ReduceKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// PLACEHOLDER: filled in by the reduce family.
export function reduceReference(_v: RefViews): Partial<ReduceKernels> {
  return {};
}
