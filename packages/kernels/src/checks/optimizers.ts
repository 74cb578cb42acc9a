import type { OptimizerKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the optimizers family.
export const optimizerChecks: Partial<CheckTable<OptimizerKernels>> = {};
