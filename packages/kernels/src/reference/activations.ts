import type { ActivationKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// PLACEHOLDER: filled in by the activations family.
export function activationReference(_v: RefViews): Partial<ActivationKernels> {
  return {};
}
