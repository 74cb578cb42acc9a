import { NeuriteError } from "@neurite/kernels";

/** A learning rate as a function of the optimizer's step count (Keras's LearningRateSchedule). */
export interface LearningRateSchedule {
  readonly className: string;
  (step: number): number;
  /** The Keras config of the schedule. */
  getConfig(): Record<string, unknown>;
}

function schedule(className: string, config: Record<string, unknown>, f: (step: number) => number): LearningRateSchedule {
  return Object.assign((step: number) => f(step), { className, getConfig: () => ({ ...config }) });
}

function positive(name: string, v: number): void {
  if (!(v > 0) || !Number.isFinite(v)) throw new NeuriteError("BAD_ARGUMENT", `${name} must be a positive number, got ${v}`);
}

/** lr·rate^(step/decaySteps), floored when staircase. */
export function exponentialDecay(o: { initialLearningRate: number; decaySteps: number; decayRate: number; staircase?: boolean }): LearningRateSchedule {
  positive("exponentialDecay: decaySteps", o.decaySteps);
  return schedule("ExponentialDecay", o, (step) => {
    const p = step / o.decaySteps;
    return o.initialLearningRate * Math.pow(o.decayRate, o.staircase ? Math.floor(p) : p);
  });
}

/** lr·factor^⌊step/stepSize⌋: the classic step decay. */
export function stepDecay(o: { initialLearningRate: number; stepSize: number; factor?: number }): LearningRateSchedule {
  positive("stepDecay: stepSize", o.stepSize);
  const factor = o.factor ?? 0.1;
  return schedule("StepDecay", { ...o, factor }, (step) => o.initialLearningRate * Math.pow(factor, Math.floor(step / o.stepSize)));
}

/**
 * Keras 3's CosineDecay: optional linear warmup from initialLearningRate to
 * warmupTarget over warmupSteps, then cosine decay to alpha·peak over decaySteps.
 */
export function cosineDecay(o: {
  initialLearningRate: number; decaySteps: number; alpha?: number; warmupTarget?: number; warmupSteps?: number;
}): LearningRateSchedule {
  positive("cosineDecay: decaySteps", o.decaySteps);
  const alpha = o.alpha ?? 0;
  const warmupSteps = o.warmupSteps ?? 0;
  const peak = o.warmupTarget ?? o.initialLearningRate;
  return schedule("CosineDecay", { ...o, alpha, warmupSteps }, (step) => {
    if (warmupSteps > 0 && step < warmupSteps) {
      return o.initialLearningRate + (peak - o.initialLearningRate) * (step / warmupSteps);
    }
    const t = Math.min(step - warmupSteps, o.decaySteps) / o.decaySteps;
    const cosine = 0.5 * (1 + Math.cos(Math.PI * t));
    return peak * ((1 - alpha) * cosine + alpha);
  });
}

/** values[i] while step ≤ boundaries[i] (Keras's PiecewiseConstantDecay). */
export function piecewiseConstant(o: { boundaries: number[]; values: number[] }): LearningRateSchedule {
  if (o.values.length !== o.boundaries.length + 1) {
    throw new NeuriteError("BAD_ARGUMENT", `piecewiseConstant: needs one more value than boundaries (${o.values.length} values, ${o.boundaries.length} boundaries)`);
  }
  return schedule("PiecewiseConstantDecay", o, (step) => {
    const i = o.boundaries.findIndex((b) => step <= b);
    return o.values[i < 0 ? o.values.length - 1 : i]!;
  });
}
