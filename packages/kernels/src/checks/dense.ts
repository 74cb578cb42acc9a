import type { DenseKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the dense family.
export const denseChecks: Partial<CheckTable<DenseKernels>> = {};
