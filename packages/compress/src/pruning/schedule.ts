import { NeuriteError } from "@neurite/core";

/** When to recompute the pruning masks and at what sparsity (tfmot's PruningSchedule). */
export interface PruningSchedule {
  readonly className: string;
  /** The sparsity the masks should have at `step`. */
  sparsityAt(step: number): number;
  /** Whether the masks are recomputed at `step` (otherwise the previous masks are re-applied). */
  shouldPrune(step: number): boolean;
  /** The sparsity reached once the schedule ends. */
  readonly finalSparsity: number;
  /** The schedule's settings. */
  getConfig(): Record<string, number>;
}

/** Options of polynomialDecay (tfmot's PolynomialDecay). */
export interface PolynomialDecayArgs {
  initialSparsity?: number;
  finalSparsity: number;
  beginStep?: number;
  endStep: number;
  power?: number;
  /** Recompute the masks every `frequency` steps between beginStep and endStep (default 100). */
  frequency?: number;
}

function fraction(name: string, v: number): number {
  if (!(v >= 0 && v < 1)) throw new NeuriteError("BAD_ARGUMENT", `pruning schedule: ${name} must be in [0, 1), got ${v}`);
  return v;
}

function step(name: string, v: number, min = 0): number {
  if (!Number.isInteger(v) || v < min) throw new NeuriteError("BAD_ARGUMENT", `pruning schedule: ${name} must be an integer ≥ ${min}, got ${v}`);
  return v;
}

/** The tfmot rule: recompute on steps begin, begin + frequency, … up to end (end < 0: forever). */
function pruningTurn(s: number, begin: number, end: number, frequency: number): boolean {
  return s >= begin && (end < 0 || s <= end) && (s - begin) % frequency === 0;
}

/**
 * Sparsity rising from initialSparsity to finalSparsity along
 * final + (initial − final)·(1 − p)^power, p = (step − begin)/(end − begin)
 * clipped to [0, 1] (Zhu & Gupta, 2017; tfmot's PolynomialDecay).
 */
export function polynomialDecay(a: PolynomialDecayArgs): PruningSchedule {
  const initial = fraction("initialSparsity", a.initialSparsity ?? 0);
  const final = fraction("finalSparsity", a.finalSparsity);
  const begin = step("beginStep", a.beginStep ?? 0);
  const end = step("endStep", a.endStep, begin + 1);
  const power = a.power ?? 3;
  const frequency = step("frequency", a.frequency ?? 100, 1);
  if (!(power > 0)) throw new NeuriteError("BAD_ARGUMENT", `pruning schedule: power must be > 0, got ${power}`);
  return {
    className: "PolynomialDecay",
    finalSparsity: final,
    sparsityAt: (s) => {
      const p = Math.min(1, Math.max(0, (s - begin) / (end - begin)));
      return final + (initial - final) * Math.pow(1 - p, power);
    },
    shouldPrune: (s) => pruningTurn(s, begin, end, frequency),
    getConfig: () => ({ initialSparsity: initial, finalSparsity: final, beginStep: begin, endStep: end, power, frequency }),
  };
}

/** One sparsity from beginStep on, masks recomputed every `frequency` steps (tfmot's ConstantSparsity). */
export function constantSparsity(a: { targetSparsity: number; beginStep?: number; endStep?: number; frequency?: number }): PruningSchedule {
  const target = fraction("targetSparsity", a.targetSparsity);
  const begin = step("beginStep", a.beginStep ?? 0);
  const end = a.endStep ?? -1;
  if (end !== -1) step("endStep", end, begin);
  const frequency = step("frequency", a.frequency ?? 100, 1);
  return {
    className: "ConstantSparsity",
    finalSparsity: target,
    sparsityAt: () => target,
    shouldPrune: (s) => pruningTurn(s, begin, end, frequency),
    getConfig: () => ({ targetSparsity: target, beginStep: begin, endStep: end, frequency }),
  };
}
