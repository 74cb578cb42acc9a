import type { OptimizerKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// PLACEHOLDER: filled in by the optimizers family.
export function optimizerReference(_v: RefViews): Partial<OptimizerKernels> {
  return {};
}
