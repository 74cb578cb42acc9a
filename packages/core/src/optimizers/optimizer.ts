import { NeuriteError } from "@neurite/kernels";
import { engine } from "../engine.js";
import { fill } from "../create.js";
import { fmt, shapesEqual } from "../shape.js";
import type { Tensor } from "../tensor.js";
import { Variable } from "../variable.js";
import type { LearningRateSchedule } from "./schedules.js";

/** Options every optimizer takes. */
export interface OptimizerOptions {
  learningRate?: number | LearningRateSchedule;
  /** Clip each variable's gradient to this L2 norm (Keras clipnorm). */
  clipNorm?: number;
  /** Clip the gradients of all variables together to this global L2 norm. */
  globalClipNorm?: number;
  /** Clip each gradient element to [-clipValue, clipValue]. */
  clipValue?: number;
}

/** L1/L2 penalties folded into the update (the layers pass their kernel regularizers here). */
export interface Penalty {
  l1: number;
  l2: number;
}

/** What an update kernel receives besides the tensors. */
export interface StepArgs {
  lr: number;
  gradScale: number;
  l1: number;
  l2: number;
  clipValue: number;
}

/**
 * Keras 3's optimizer shape: build(vars) makes slots, updateStep(grad, var, lr)
 * applies the rule. The rule itself is one fused kernel per variable; L1/L2
 * penalties and clipping are folded into that kernel.
 */
export abstract class Optimizer {
  abstract readonly className: string;
  iterations = 0;
  learningRate: number | LearningRateSchedule;
  readonly clipNorm?: number;
  readonly globalClipNorm?: number;
  readonly clipValue?: number;
  private readonly slots = new Map<Variable, Tensor[]>();

  constructor(o: OptimizerOptions, defaultLr: number) {
    this.learningRate = o.learningRate ?? defaultLr;
    const clips = [o.clipNorm, o.globalClipNorm, o.clipValue].filter((c) => c !== undefined);
    if (clips.length > 1) throw new NeuriteError("BAD_ARGUMENT", `${this.constructor.name}: set only one of clipNorm, globalClipNorm and clipValue`);
    for (const [k, v] of Object.entries({ clipNorm: o.clipNorm, globalClipNorm: o.globalClipNorm, clipValue: o.clipValue })) {
      if (v !== undefined && !(v > 0)) throw new NeuriteError("BAD_ARGUMENT", `optimizer: ${k} must be > 0, got ${v}`);
    }
    this.clipNorm = o.clipNorm;
    this.globalClipNorm = o.globalClipNorm;
    this.clipValue = o.clipValue;
    if (typeof this.learningRate === "number" && !(this.learningRate >= 0 && Number.isFinite(this.learningRate))) {
      throw new NeuriteError("BAD_ARGUMENT", `optimizer: learningRate must be a finite number ≥ 0, got ${this.learningRate}`);
    }
  }

  /** Names of the per-variable slots, in getWeights() order. */
  protected abstract slotNames(): string[];
  /** Initial value of each slot (most are zeros; Adagrad starts at 0.1). */
  protected slotInit(_name: string): number {
    return 0;
  }
  /** Applies the rule to one variable in place. */
  protected abstract updateStep(grad: Tensor, v: Variable, slots: Tensor[], a: StepArgs): void;

  /** The learning rate at the current step. */
  currentLearningRate(): number {
    return typeof this.learningRate === "number" ? this.learningRate : this.learningRate(this.iterations);
  }

  /** Creates the slots of these variables (done lazily by applyGradients otherwise). */
  build(vars: readonly Variable[]): void {
    for (const v of vars) {
      if (this.slots.has(v)) continue;
      const s = this.slotNames().map((n) => {
        const t = fill(v.shape, this.slotInit(n));
        engine.untrack(t);
        return t;
      });
      this.slots.set(v, s);
    }
  }

  /** The slots of a variable, in slotNames() order, built on first use: the compiled training step updates them in place. */
  slotsOf(v: Variable): readonly Tensor[] {
    this.build([v]);
    return this.slots.get(v)!;
  }

  /** One step: grads[i] updates vars[i]. Optional penalties fold L1/L2 into the update. */
  applyGradients(grads: readonly Tensor[], vars: readonly Variable[], penalties?: readonly (Penalty | undefined)[]): void {
    if (grads.length !== vars.length) {
      throw new NeuriteError("BAD_ARGUMENT", `applyGradients: ${grads.length} gradients for ${vars.length} variables`);
    }
    vars.forEach((v, i) => {
      const g = grads[i]!;
      if (!(v instanceof Variable)) throw new NeuriteError("BAD_ARGUMENT", `applyGradients: item ${i} is not a Variable`);
      if (!shapesEqual(g.shape, v.shape) || g.dtype !== "float32" || v.dtype !== "float32") {
        throw new NeuriteError("SHAPE_MISMATCH", `applyGradients: gradient ${g.dtype} ${fmt(g.shape)} does not match variable "${v.name}" ${v.dtype} ${fmt(v.shape)}`);
      }
    });
    this.build(vars);
    const lr = this.currentLearningRate();
    const scales = this.gradScales(grads, vars, penalties);
    vars.forEach((v, i) => {
      const p = penalties?.[i];
      this.updateStep(grads[i]!, v, this.slots.get(v)!, {
        lr, gradScale: scales[i]!, l1: p?.l1 ?? 0, l2: p?.l2 ?? 0, clipValue: this.clipValue ?? 0,
      });
    });
    this.iterations++;
  }

  /** Per-variable gradient scale for clipNorm / globalClipNorm (1 otherwise). */
  private gradScales(grads: readonly Tensor[], vars: readonly Variable[], penalties?: readonly (Penalty | undefined)[]): number[] {
    if (this.clipNorm === undefined && this.globalClipNorm === undefined) return vars.map(() => 1);
    const sq = vars.map((v, i) => {
      const p = penalties?.[i];
      return v.backend.k.regGradSumSquares(v.size, v.ptr, grads[i]!.ptr, p?.l1 ?? 0, p?.l2 ?? 0);
    });
    if (this.clipNorm !== undefined) return sq.map((s) => scaleFor(Math.sqrt(s), this.clipNorm!));
    const global = Math.sqrt(sq.reduce((a, b) => a + b, 0));
    return vars.map(() => scaleFor(global, this.globalClipNorm!));
  }

  /** Optimizer state: [iterations, then each variable's slots in build order], as copies. */
  getWeights(): Tensor[] {
    const out: Tensor[] = [fill([], this.iterations)];
    for (const s of this.slots.values()) for (const t of s) out.push(engine.tidy(() => cloneOf(t)));
    return out;
  }

  /** Restores state from getWeights() of an optimizer built on the same variables in the same order. */
  setWeights(weights: readonly Tensor[]): void {
    const all = [...this.slots.values()].flat();
    if (weights.length !== all.length + 1) {
      throw new NeuriteError("BAD_ARGUMENT", `setWeights: expected ${all.length + 1} tensors (iterations + slots), got ${weights.length}; call build(vars) first`);
    }
    this.iterations = weights[0]!.item();
    all.forEach((t, i) => {
      const w = weights[i + 1]!;
      if (!shapesEqual(w.shape, t.shape)) throw new NeuriteError("SHAPE_MISMATCH", `setWeights: slot ${i} is ${fmt(t.shape)}, got ${fmt(w.shape)}`);
      engine.copyData(w, t);
    });
  }

  /** The Keras config (saved in model.json's trainingConfig). */
  getConfig(): Record<string, unknown> {
    const lr = this.learningRate;
    return {
      learningRate: typeof lr === "number" ? lr : { className: lr.className, config: lr.getConfig() },
      ...(this.clipNorm !== undefined && { clipNorm: this.clipNorm }),
      ...(this.globalClipNorm !== undefined && { globalClipNorm: this.globalClipNorm }),
      ...(this.clipValue !== undefined && { clipValue: this.clipValue }),
    };
  }

  /** Frees the slots. */
  dispose(): void {
    for (const s of this.slots.values()) for (const t of s) t.dispose();
    this.slots.clear();
  }
}

function scaleFor(norm: number, limit: number): number {
  return norm > limit ? limit / norm : 1;
}

function cloneOf(t: Tensor): Tensor {
  const c = engine.empty(t.shape, t.dtype, "clone");
  engine.copyData(t, c);
  return c;
}
