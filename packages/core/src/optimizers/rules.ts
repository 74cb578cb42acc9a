import { NeuriteError } from "@neurite/kernels";
import type { Tensor } from "../tensor.js";
import type { Variable } from "../variable.js";
import { Optimizer, type OptimizerOptions, type StepArgs } from "./optimizer.js";

function inRange(name: string, v: number, lo: number, hi: number): number {
  if (!(v >= lo && v < hi)) throw new NeuriteError("BAD_ARGUMENT", `${name} must be in [${lo}, ${hi}), got ${v}`);
  return v;
}

function positive(name: string, v: number): number {
  if (!(v > 0)) throw new NeuriteError("BAD_ARGUMENT", `${name} must be > 0, got ${v}`);
  return v;
}

function nonNegative(name: string, v: number): number {
  if (!(v >= 0)) throw new NeuriteError("BAD_ARGUMENT", `${name} must be ≥ 0, got ${v}`);
  return v;
}

/** Plain, momentum or Nesterov SGD (Keras 3's rule). */
export class SGD extends Optimizer {
  readonly className = "SGD";
  readonly momentum: number;
  readonly nesterov: boolean;
  constructor(o: OptimizerOptions & { momentum?: number; nesterov?: boolean } = {}) {
    super(o, 0.01);
    this.momentum = inRange("sgd: momentum", o.momentum ?? 0, 0, 1);
    this.nesterov = o.nesterov ?? false;
  }
  protected slotNames() {
    return this.momentum > 0 ? ["momentum"] : [];
  }
  protected updateStep(g: Tensor, v: Variable, s: Tensor[], a: StepArgs) {
    const k = v.backend.k;
    if (this.momentum > 0) k.sgdMomentum(v.size, v.ptr, g.ptr, s[0]!.ptr, a.lr, this.momentum, this.nesterov ? 1 : 0, a.gradScale, a.l1, a.l2, a.clipValue);
    else k.sgd(v.size, v.ptr, g.ptr, a.lr, a.gradScale, a.l1, a.l2, a.clipValue);
  }
  override getConfig() {
    return { ...super.getConfig(), momentum: this.momentum, nesterov: this.nesterov };
  }
}

/** Adam, and AdamW when weightDecay > 0 (decoupled decay, applied before the step as in Keras 3). */
export class Adam extends Optimizer {
  readonly className: string = "Adam";
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly weightDecay: number;
  constructor(o: OptimizerOptions & { beta1?: number; beta2?: number; epsilon?: number; weightDecay?: number } = {}) {
    super(o, 0.001);
    this.beta1 = inRange("adam: beta1", o.beta1 ?? 0.9, 0, 1);
    this.beta2 = inRange("adam: beta2", o.beta2 ?? 0.999, 0, 1);
    this.epsilon = positive("adam: epsilon", o.epsilon ?? 1e-7);
    this.weightDecay = nonNegative("adam: weightDecay", o.weightDecay ?? 0);
  }
  protected slotNames() {
    return ["m", "v"];
  }
  protected updateStep(g: Tensor, v: Variable, s: Tensor[], a: StepArgs) {
    const t = this.iterations + 1;
    v.backend.k.adam(
      v.size, v.ptr, g.ptr, s[0]!.ptr, s[1]!.ptr, a.lr, this.beta1, this.beta2, this.epsilon,
      Math.pow(this.beta1, t), Math.pow(this.beta2, t), this.weightDecay, a.gradScale, a.l1, a.l2, a.clipValue,
    );
  }
  override getConfig() {
    return { ...super.getConfig(), beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon, ...(this.weightDecay > 0 && { weightDecay: this.weightDecay }) };
  }
}

export class AdamW extends Adam {
  override readonly className = "AdamW";
  constructor(o: ConstructorParameters<typeof Adam>[0] = {}) {
    super({ ...o, weightDecay: o.weightDecay ?? 0.004 });
  }
}

/** RMSprop with optional momentum and centring (Keras 3's rule). */
export class RMSprop extends Optimizer {
  readonly className = "RMSprop";
  readonly rho: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly centered: boolean;
  constructor(o: OptimizerOptions & { rho?: number; momentum?: number; epsilon?: number; centered?: boolean } = {}) {
    super(o, 0.001);
    this.rho = inRange("rmsprop: rho", o.rho ?? 0.9, 0, 1);
    this.momentum = inRange("rmsprop: momentum", o.momentum ?? 0, 0, 1);
    this.epsilon = positive("rmsprop: epsilon", o.epsilon ?? 1e-7);
    this.centered = o.centered ?? false;
  }
  protected slotNames() {
    return ["velocity", ...(this.momentum > 0 ? ["momentum"] : []), ...(this.centered ? ["averageGradient"] : [])];
  }
  protected updateStep(g: Tensor, v: Variable, s: Tensor[], a: StepArgs) {
    const mom = this.momentum > 0 ? s[1]!.ptr : 0;
    const mg = this.centered ? s[this.momentum > 0 ? 2 : 1]!.ptr : 0;
    v.backend.k.rmsprop(
      v.size, v.ptr, g.ptr, s[0]!.ptr, mom, mg, a.lr, this.rho, this.momentum, this.epsilon, this.centered ? 1 : 0,
      a.gradScale, a.l1, a.l2, a.clipValue,
    );
  }
  override getConfig() {
    return { ...super.getConfig(), rho: this.rho, momentum: this.momentum, epsilon: this.epsilon, centered: this.centered };
  }
}

/** Adagrad (Keras 3's rule; accumulators start at initialAccumulatorValue). */
export class Adagrad extends Optimizer {
  readonly className = "Adagrad";
  readonly initialAccumulatorValue: number;
  readonly epsilon: number;
  constructor(o: OptimizerOptions & { initialAccumulatorValue?: number; epsilon?: number } = {}) {
    super(o, 0.001);
    this.initialAccumulatorValue = nonNegative("adagrad: initialAccumulatorValue", o.initialAccumulatorValue ?? 0.1);
    this.epsilon = positive("adagrad: epsilon", o.epsilon ?? 1e-7);
  }
  protected slotNames() {
    return ["accumulator"];
  }
  protected override slotInit() {
    return this.initialAccumulatorValue;
  }
  protected updateStep(g: Tensor, v: Variable, s: Tensor[], a: StepArgs) {
    v.backend.k.adagrad(v.size, v.ptr, g.ptr, s[0]!.ptr, a.lr, this.epsilon, a.gradScale, a.l1, a.l2, a.clipValue);
  }
  override getConfig() {
    return { ...super.getConfig(), initialAccumulatorValue: this.initialAccumulatorValue, epsilon: this.epsilon };
  }
}
