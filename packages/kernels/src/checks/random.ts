import type { RandomKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the random family.
export const randomChecks: Partial<CheckTable<RandomKernels>> = {};
