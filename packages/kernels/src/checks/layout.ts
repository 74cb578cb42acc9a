import type { LayoutKernels } from "../abi.js";
import type { CheckTable } from "../checks/context.js";

// PLACEHOLDER: filled in by the layout family.
export const layoutChecks: Partial<CheckTable<LayoutKernels>> = {};
