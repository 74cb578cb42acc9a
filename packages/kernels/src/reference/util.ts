import type { UtilKernels } from "../abi.js";
import type { RefViews } from "./views.js";

// PLACEHOLDER: the util family fills in the rest of ABI.md's util table.
export function utilReference(_v: RefViews): Partial<UtilKernels> {
  return {
    // The reference has no static data; keep the first KiB free anyway so 0 is never a block.
    heapBase: () => 1024,
  };
}
