import * as nt from "@neurite/core";
import type { PlanWriter } from "@neurite/kernels";
import { MultiOptimizer } from "../../transfer/multi-optimizer.js";
import type { Trainer } from "../trainer.js";
import { Unsupported } from "./analyze.js";
import type { Buffers } from "./emit.js";

const { SGD, Adam, AdamW, RMSprop, Adagrad } = nt.optimizers;
const RULES: readonly unknown[] = [SGD, Adam, AdamW, RMSprop, Adagrad];

/** The optimizers whose rates the plan reads per step: a MultiOptimizer's groups (plan setLr ops), else itself. */
export function rateGroups(o: nt.Optimizer): readonly nt.Optimizer[] {
  return o instanceof MultiOptimizer ? o.groups.map((g) => g.optimizer) : [o];
}

/** The groups (indices into rateGroups) that update some of `vars`: as in the eager step, only they take steps. */
export function activeGroups(o: nt.Optimizer, vars: readonly nt.Variable[]): number[] {
  return o instanceof MultiOptimizer ? [...new Set(vars.map((v) => o.groupOf(v)))] : [0];
}

/** Throws Unsupported unless every rule in use has a plan op (clipNorm needs a norm across the step: eager). */
export function checkOptimizer(o: nt.Optimizer, vars: readonly nt.Variable[]): void {
  const groups = rateGroups(o);
  for (const i of activeGroups(o, vars)) {
    const g = groups[i]!;
    if (!RULES.includes(g.constructor)) throw new Unsupported(`optimizer ${g.className} is not compiled`);
    if ("createTape" in g) throw new Unsupported(`optimizer ${g.className} records the step on its own tape (DP-SGD)`);
    if (g.clipNorm !== undefined || g.globalClipNorm !== undefined) throw new Unsupported("clipNorm/globalClipNorm need the eager step");
    // A group counts its own steps (Adam's bias correction): setLr tells the plan how far behind the
    // MultiOptimizer's count it is (it was frozen for a while). One that is ahead stepped on its own.
    if (g.iterations > o.iterations) throw new Unsupported(`a MultiOptimizer group has taken ${g.iterations} steps, more than the MultiOptimizer's ${o.iterations}`);
  }
}

/** Advances the optimizer to step n, and the groups in `active` by as many steps (the plan stepped them together). */
export function setIterations(o: nt.Optimizer, n: number, active: readonly number[]): void {
  if (o instanceof MultiOptimizer) for (const i of active) o.groups[i]!.optimizer.iterations += n - o.iterations;
  o.iterations = n;
}

/** Every optimizer with a step count the compiled step advances: the optimizer, and a MultiOptimizer's groups. */
export function stepCounters(o: nt.Optimizer): nt.Optimizer[] {
  return o instanceof MultiOptimizer ? [o, ...o.groups.map((g) => g.optimizer)] : [o];
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
  // Penalties first: the reported loss is that of the weights the step started from, as in the eager step.
  for (const spec of t.model.weightSpecs()) {
    const r = spec.regularizer;
    if (r && spec.variable.trainable) w.op("penalty", spec.variable.size, spec.variable.ptr, r.l1, r.l2);
  }
  const groups = rateGroups(o);
  let current = -1;
  vars.forEach((v, i) => {
    const g = b.varGrad.get(v);
    if (g === undefined) throw new Unsupported(`trainable weight ${v.name} is outside the layer chain`);
    const s = o.slotsOf(v).map((x) => x.ptr);
    const l1 = penalties[i]?.l1 ?? 0, l2 = penalties[i]?.l2 ?? 0;
    // A MultiOptimizer's variable updates with its group's rule and rate; the rate comes from lrs[s·G + group].
    const group = o instanceof MultiOptimizer ? o.groupOf(v) : 0;
    const rule = groups[group]!;
    if (o instanceof MultiOptimizer && group !== current) w.op("setLr", group, groups.length, o.iterations - rule.iterations);
    current = group;
    const clip = rule.clipValue ?? 0;
    if (rule instanceof SGD) {
      if (rule.momentum > 0) w.op("sgdMomentum", v.size, v.ptr, g, s[0]!, rule.momentum, rule.nesterov ? 1 : 0, l1, l2, clip);
      else w.op("sgd", v.size, v.ptr, g, l1, l2, clip);
    } else if (rule instanceof Adam) {
      w.op("adam", v.size, v.ptr, g, s[0]!, s[1]!, rule.beta1, rule.beta2, rule.epsilon, rule.weightDecay, l1, l2, clip);
    } else if (rule instanceof RMSprop) {
      const mom = rule.momentum > 0 ? s[1]! : 0;
      const mg = rule.centered ? s[rule.momentum > 0 ? 2 : 1]! : 0;
      w.op("rmsprop", v.size, v.ptr, g, s[0]!, mom, mg, rule.rho, rule.momentum, rule.epsilon, rule.centered ? 1 : 0, l1, l2, clip);
    } else if (rule instanceof Adagrad) {
      w.op("adagrad", v.size, v.ptr, g, s[0]!, rule.epsilon, l1, l2, clip);
    }
  });
}
