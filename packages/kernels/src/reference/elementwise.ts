import type { ElementwiseKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// PLACEHOLDER: filled in by the elementwise family.
export function elementwiseReference(_v: RefViews): Partial<ElementwiseKernels> {
  return {};
}
