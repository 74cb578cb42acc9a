import * as nt from "@neurite/core";
import type { PlanWriter } from "@neurite/kernels";
import type { Trainer } from "../trainer.js";
import { Unsupported } from "./analyze.js";
import type { Buffers } from "./emit.js";

const { SGD, Adam, AdamW, RMSprop, Adagrad } = nt.optimizers;
const RULES: readonly unknown[] = [SGD, Adam, AdamW, RMSprop, Adagrad];

/** Throws Unsupported unless the optimizer's rule has a plan op (clipNorm needs a norm across the step: eager). */
export function checkOptimizer(o: nt.Optimizer): void {
  if (!RULES.includes(o.constructor)) throw new Unsupported(`optimizer ${o.className} is not compiled`);
  if ("createTape" in o) throw new Unsupported(`optimizer ${o.className} records the step on its own tape (DP-SGD)`);
  if (o.clipNorm !== undefined || o.globalClipNorm !== undefined) throw new Unsupported("clipNorm/globalClipNorm need the eager step");
}

/**
 * Appends the penalties the eager step adds to its loss, then the optimizer
 * update of every trainable weight (L1/L2 folded in, as the eager step does).
 */
export function emitUpdates(w: PlanWriter, t: Trainer, b: Buffers): void {
  const o = t.optimizer;
  const vars = t.model.trainableWeights;
  const penalties = t.penalties(vars);
  o.build(vars);
  const clip = o.clipValue ?? 0;
  // Penalties first: the reported loss is that of the weights the step started from, as in the eager step.
  for (const spec of t.model.weightSpecs()) {
    const r = spec.regularizer;
    if (r && spec.variable.trainable) w.op("penalty", spec.variable.size, spec.variable.ptr, r.l1, r.l2);
  }
  vars.forEach((v, i) => {
    const g = b.varGrad.get(v);
    if (g === undefined) throw new Unsupported(`trainable weight ${v.name} is outside the layer chain`);
    const s = o.slotsOf(v).map((x) => x.ptr);
    const l1 = penalties[i]?.l1 ?? 0, l2 = penalties[i]?.l2 ?? 0;
    if (o instanceof SGD) {
      if (o.momentum > 0) w.op("sgdMomentum", v.size, v.ptr, g, s[0]!, o.momentum, o.nesterov ? 1 : 0, l1, l2, clip);
      else w.op("sgd", v.size, v.ptr, g, l1, l2, clip);
    } else if (o instanceof Adam) {
      w.op("adam", v.size, v.ptr, g, s[0]!, s[1]!, o.beta1, o.beta2, o.epsilon, o.weightDecay, l1, l2, clip);
    } else if (o instanceof RMSprop) {
      const mom = o.momentum > 0 ? s[1]! : 0;
      const mg = o.centered ? s[o.momentum > 0 ? 2 : 1]! : 0;
      w.op("rmsprop", v.size, v.ptr, g, s[0]!, mom, mg, o.rho, o.momentum, o.epsilon, o.centered ? 1 : 0, l1, l2, clip);
    } else if (o instanceof Adagrad) {
      w.op("adagrad", v.size, v.ptr, g, s[0]!, o.epsilon, l1, l2, clip);
    }
  });
}
