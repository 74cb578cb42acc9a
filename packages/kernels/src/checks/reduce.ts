import type { ReduceKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the reduce family.
export const reduceChecks: Partial<CheckTable<ReduceKernels>> = {};
