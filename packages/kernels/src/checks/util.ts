import type { UtilKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the util family.
export const utilChecks: Partial<CheckTable<UtilKernels>> = {};
