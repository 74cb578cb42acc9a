import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import type { Layer } from "../layer.js";

/** One group: the variables of these layers (or these variables) update with this optimizer. */
export interface OptimizerGroup {
  layers?: Layer[];
  variables?: nt.Variable[];
  optimizer: nt.Optimizer;
}

/**
 * Routes each variable to its group's optimizer: per-layer-group learning
 * rates, or different rules per group (TF Addons' MultiOptimizer). A group
 * with neither `layers` nor `variables` takes every variable no other group
 * names. It is an Optimizer, so compile()/fit() and custom loops accept it.
 *
 * `learningRate` reads the first group's rate; setting it rescales every
 * group by the same factor, so the ratios between groups hold under
 * learningRateScheduler and reduceLROnPlateau.
 */
export class MultiOptimizer extends nt.Optimizer {
  readonly className = "MultiOptimizer";
  readonly groups: readonly OptimizerGroup[];
  private route = new Map<nt.Variable, number>();
  private readonly rest: number;

  constructor(groups: OptimizerGroup[]) {
    super({}, 0);
    if (!Array.isArray(groups) || groups.length === 0) throw new NeuriteError("BAD_ARGUMENT", "multiOptimizer: expects a non-empty list of {layers | variables, optimizer}");
    groups.forEach((g, i) => {
      if (!(g?.optimizer instanceof nt.Optimizer)) throw new NeuriteError("BAD_ARGUMENT", `multiOptimizer: group ${i} needs an optimizer instance`);
      if (g.optimizer instanceof MultiOptimizer) throw new NeuriteError("BAD_ARGUMENT", `multiOptimizer: group ${i} is itself a MultiOptimizer`);
      if (groups.findIndex((h) => h.optimizer === g.optimizer) !== i) throw new NeuriteError("BAD_ARGUMENT", `multiOptimizer: groups ${groups.findIndex((h) => h.optimizer === g.optimizer)} and ${i} share one optimizer instance; give each group its own`);
    });
    const catchAll = groups.flatMap((g, i) => (g.layers === undefined && g.variables === undefined ? [i] : []));
    if (catchAll.length > 1) throw new NeuriteError("BAD_ARGUMENT", `multiOptimizer: groups ${catchAll.join(" and ")} both name no layers or variables; only one group may take the rest`);
    this.groups = groups.map((g) => ({ ...g }));
    this.rest = catchAll[0] ?? -1;
    // The base class stores learningRate as a field; an accessor on the instance replaces it.
    Object.defineProperty(this, "learningRate", {
      get: () => this.groups[0]!.optimizer.learningRate,
      set: (lr: number) => this.rescale(lr),
      configurable: true,
      enumerable: true,
    });
  }

  private rescale(lr: number): void {
    const first = this.groups[0]!.optimizer.learningRate;
    if (typeof lr !== "number" || !(lr >= 0)) throw new NeuriteError("BAD_ARGUMENT", `multiOptimizer: learningRate must be a number ≥ 0, got ${lr}`);
    if (this.groups.some((g) => typeof g.optimizer.learningRate !== "number") || first === 0) {
      throw new NeuriteError("BAD_ARGUMENT", "multiOptimizer: cannot rescale the groups' learning rates (a group uses a schedule, or the first rate is 0); set each group's optimizer.learningRate instead");
    }
    const factor = lr / (first as number);
    for (const g of this.groups) g.optimizer.learningRate = (g.optimizer.learningRate as number) * factor;
  }

  protected slotNames(): string[] {
    return [];
  }

  protected updateStep(): void {
    throw new NeuriteError("UNSUPPORTED", "multiOptimizer: updates go through each group's optimizer");
  }

  /** The index of the group that updates `v` (the variables of the groups' layers are looked up again when layers are built later). */
  groupOf(v: nt.Variable): number {
    let g = this.route.get(v);
    if (g === undefined) {
      this.route = this.buildRoute();
      g = this.route.get(v) ?? (this.rest >= 0 ? this.rest : undefined);
    }
    if (g === undefined) throw new NeuriteError("NOT_FOUND", `multiOptimizer: variable "${v.name}" belongs to no group; add its layer to one, or add a group without layers to take the rest`);
    return g;
  }

  private buildRoute(): Map<nt.Variable, number> {
    const route = new Map<nt.Variable, number>();
    this.groups.forEach((g, i) => {
      for (const v of [...(g.layers ?? []).flatMap((l) => l.weightSpecs().map((s) => s.variable)), ...(g.variables ?? [])]) {
        const prev = route.get(v);
        if (prev !== undefined && prev !== i) throw new NeuriteError("BAD_ARGUMENT", `multiOptimizer: variable "${v.name}" is in groups ${prev} and ${i}`);
        route.set(v, i);
      }
    });
    return route;
  }

  override build(vars: readonly nt.Variable[]): void {
    this.split(vars).forEach((idx, g) => this.groups[g]!.optimizer.build(idx.map((i) => vars[i]!)));
  }

  override slotsOf(v: nt.Variable): readonly nt.Tensor[] {
    return this.groups[this.groupOf(v)]!.optimizer.slotsOf(v);
  }

  /** Each group's optimizer steps once on its own variables (groups with no gradient this step do not step). */
  override applyGradients(grads: readonly nt.Tensor[], vars: readonly nt.Variable[], penalties?: readonly (nt.optimizers.Penalty | undefined)[]): void {
    if (grads.length !== vars.length) throw new NeuriteError("BAD_ARGUMENT", `applyGradients: ${grads.length} gradients for ${vars.length} variables`);
    this.split(vars).forEach((idx, g) => {
      this.groups[g]!.optimizer.applyGradients(idx.map((i) => grads[i]!), idx.map((i) => vars[i]!), penalties && idx.map((i) => penalties[i]));
    });
    this.iterations++;
  }

  /** Variable indices per group, in the order given. */
  private split(vars: readonly nt.Variable[]): Map<number, number[]> {
    const by = new Map<number, number[]>();
    vars.forEach((v, i) => {
      const g = this.groupOf(v);
      by.set(g, [...(by.get(g) ?? []), i]);
    });
    return by;
  }

  /** [iterations, then each group's getWeights()], as copies. */
  override getWeights(): nt.Tensor[] {
    return [nt.scalar(this.iterations), ...this.groups.flatMap((g) => g.optimizer.getWeights())];
  }

  /** Restores getWeights() of a MultiOptimizer whose groups were built on the same variables. */
  override setWeights(weights: readonly nt.Tensor[]): void {
    const sizes = this.groups.map((g) => nt.tidy(() => g.optimizer.getWeights().length));
    const need = 1 + sizes.reduce((a, b) => a + b, 0);
    if (weights.length !== need) throw new NeuriteError("BAD_ARGUMENT", `multiOptimizer.setWeights: expected ${need} tensors, got ${weights.length}`);
    this.iterations = weights[0]!.item();
    let at = 1;
    this.groups.forEach((g, i) => {
      g.optimizer.setWeights(weights.slice(at, at + sizes[i]!));
      at += sizes[i]!;
    });
  }

  override getConfig(): Record<string, unknown> {
    return {
      groups: this.groups.map((g) => ({
        layers: (g.layers ?? []).map((l) => l.name),
        variables: (g.variables ?? []).map((v) => v.name),
        optimizer: { className: g.optimizer.className, config: g.optimizer.getConfig() },
      })),
    };
  }

  override dispose(): void {
    for (const g of this.groups) g.optimizer.dispose();
  }
}

/** A MultiOptimizer: `multiOptimizer([{layers: base.layers, optimizer: adam({learningRate: 1e-4})}, {optimizer: adam()}])`. */
export const multiOptimizer = (groups: OptimizerGroup[]) => new MultiOptimizer(groups);
