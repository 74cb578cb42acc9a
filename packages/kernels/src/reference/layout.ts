import type { LayoutKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// PLACEHOLDER: filled in by the layout family.
export function layoutReference(_v: RefViews): Partial<LayoutKernels> {
  return {};
}
