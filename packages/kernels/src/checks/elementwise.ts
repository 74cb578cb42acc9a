import type { ElementwiseKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the elementwise family.
export const elementwiseChecks: Partial<CheckTable<ElementwiseKernels>> = {};
