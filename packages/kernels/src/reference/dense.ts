import type { DenseKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// PLACEHOLDER: filled in by the dense family.
export function denseReference(_v: RefViews): Partial<DenseKernels> {
  return {};
}
