import type { Kernels } from "../abi.js";
import { RefViews, type Precision } from "./views.js";
import { utilReference } from "./util.js";
import { denseReference } from "./dense.js";
import { activationReference } from "./activations.js";
import { lossReference } from "./losses.js";
import { optimizerReference } from "./optimizers.js";
import { randomReference } from "./random.js";
import { elementwiseReference } from "./elementwise.js";
import { reduceReference } from "./reduce.js";
import { layoutReference } from "./layout.js";
import { planReference } from "./plan.js";

/** The plain-TypeScript reference: every kernel of the ABI over a memory of its own. */
export function createReference(memory: WebAssembly.Memory, precision: Precision): Kernels {
  const v = new RefViews(memory, precision);
  const base = {
    ...utilReference(v),
    ...denseReference(v),
    ...activationReference(v),
    ...lossReference(v),
    ...optimizerReference(v),
    ...randomReference(v),
    ...elementwiseReference(v),
    ...reduceReference(v),
    ...layoutReference(v),
  };
  return { ...base, ...planReference(v, base) } as Kernels;
}
