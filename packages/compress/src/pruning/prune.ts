import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Callback, Dense, type Layer, type Model } from "@neurite/layers";
import { magnitudeMasks } from "./masks.js";
import { constantSparsity, type PruningSchedule } from "./schedule.js";

/** Options of pruneLowMagnitude: the target sparsity or a schedule, the scope and the layers. */
export interface PruneArgs {
  /** Sparsity to reach (with no schedule: held constant from step 0, masks recomputed every 100 steps). */
  targetSparsity?: number;
  /** "layer" (default): each kernel loses the same fraction; "global": one magnitude threshold across all kernels. */
  scope?: "layer" | "global";
  schedule?: PruningSchedule;
  /** The layers whose kernels are pruned (default: every Dense layer); biases are never pruned, as in tfmot. */
  layers?: Layer[];
}

const active = new WeakMap<Model, Set<PruneLowMagnitude>>();

/**
 * Magnitude pruning as a training callback (tfmot's prune_low_magnitude +
 * UpdatePruningStep in one): on the schedule's steps the smallest kernel
 * weights are masked to zero; after every optimizer update the masks are
 * applied again, so pruned weights stay zero. Its step counter continues
 * across fit() calls. Call stripPruning(model) when done.
 */
export class PruneLowMagnitude extends Callback {
  readonly schedule: PruningSchedule;
  readonly scope: "layer" | "global";
  /** Optimizer steps seen so far (the schedule's clock). */
  step = 0;
  private masks?: Map<nt.Variable, nt.Tensor>;
  private stripped = false;

  constructor(readonly target: Model, private readonly args: PruneArgs = {}) {
    super();
    const scope = args.scope ?? "layer";
    if (scope !== "layer" && scope !== "global") throw new NeuriteError("BAD_ARGUMENT", `pruneLowMagnitude: scope must be "layer" or "global", got ${JSON.stringify(scope)}`);
    this.scope = scope;
    if (args.schedule && args.targetSparsity !== undefined && args.schedule.finalSparsity !== args.targetSparsity) {
      throw new NeuriteError("BAD_ARGUMENT", `pruneLowMagnitude: targetSparsity ${args.targetSparsity} differs from the schedule's final sparsity ${args.schedule.finalSparsity}`);
    }
    if (!args.schedule && args.targetSparsity === undefined) throw new NeuriteError("BAD_ARGUMENT", "pruneLowMagnitude: give a targetSparsity or a schedule");
    this.schedule = args.schedule ?? constantSparsity({ targetSparsity: args.targetSparsity! });
    const set = active.get(target) ?? new Set();
    set.add(this);
    active.set(target, set);
  }

  /** The kernels this callback prunes. */
  get prunedWeights(): nt.Variable[] {
    const layers = this.args.layers ?? this.target.layers.filter((l) => l instanceof Dense);
    return layers.map((l) => {
      const k = (l as Dense).kernel;
      if (!(l instanceof Dense) || !k) throw new NeuriteError("BAD_ARGUMENT", `pruneLowMagnitude: ${l.name} is not a built Dense layer`);
      return k;
    });
  }

  /** Recomputes the masks at the schedule's sparsity for the current step and applies them. */
  updateMasks(): void {
    this.live();
    const weights = this.prunedWeights;
    const masks = magnitudeMasks(weights, this.schedule.sparsityAt(this.step), this.scope);
    this.disposeMasks();
    this.masks = new Map(weights.map((w, i) => [w, nt.keep(nt.tensor(masks[i]!, [...w.shape]))]));
    this.applyMasks();
  }

  /** Zeroes the masked weights (after an optimizer update moved them). */
  applyMasks(): void {
    for (const [w, m] of this.masks ?? []) nt.tidy(() => w.assign(nt.mul(w, m)));
  }

  /** Recomputes the masks on the schedule's steps. */
  onBatchBegin(): void {
    this.live();
    if (this.schedule.shouldPrune(this.step)) this.updateMasks();
  }

  /** Re-applies the masks after the optimizer's update and advances the step. */
  onBatchEnd(): void {
    this.applyMasks();
    this.step++;
  }

  /** Applies the masks a last time and frees them; the callback cannot be used after. */
  strip(): void {
    if (this.stripped) return;
    this.applyMasks();
    this.disposeMasks();
    this.stripped = true;
    active.get(this.target)?.delete(this);
  }

  /** The scope and the schedule's config. */
  getConfig(): Record<string, unknown> {
    return { scope: this.scope, schedule: { className: this.schedule.className, config: this.schedule.getConfig() } };
  }

  private live(): void {
    if (this.stripped) throw new NeuriteError("BAD_ARGUMENT", "pruneLowMagnitude: this callback was stripped (stripPruning); create a new one to prune again");
  }

  private disposeMasks(): void {
    for (const m of this.masks?.values() ?? []) m.dispose();
    this.masks = undefined;
  }
}

/** A PruneLowMagnitude callback for `model`; pass it to fit(). */
export function pruneLowMagnitude(model: Model, args: PruneArgs): PruneLowMagnitude {
  return new PruneLowMagnitude(model, args);
}

/** Ends pruning on a model: masks applied a last time and freed; the model is a plain model whose pruned weights are zero. */
export function stripPruning<M extends Model>(model: M): M {
  for (const cb of [...(active.get(model) ?? [])]) cb.strip();
  return model;
}
