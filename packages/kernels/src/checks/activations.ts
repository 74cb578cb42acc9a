import type { ActivationKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the activations family.
export const activationChecks: Partial<CheckTable<ActivationKernels>> = {};
