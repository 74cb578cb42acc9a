import type { LossKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the losses family.
export const lossChecks: Partial<CheckTable<LossKernels>> = {};
