import type { RandomKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// PLACEHOLDER: filled in by the random family.
export function randomReference(_v: RefViews): Partial<RandomKernels> {
  return {};
}
