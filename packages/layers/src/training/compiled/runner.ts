import * as nt from "@neurite/core";
import { decodePlan, PlanHeader, PlanWriter, type KernelModule } from "@neurite/kernels";
import type { Metric } from "../metrics.js";
import type { BatchRunner, TrainData } from "../runner.js";
import type { Trainer } from "../trainer.js";
import { analyze, type Analysis } from "./analyze.js";
import { allocate, Arena, emitStep } from "./emit.js";
import { activeGroups, checkOptimizer, emitUpdates, rateGroups, setIterations } from "./updates.js";

export interface CompileOptions {
  /** Fold a final softmax/sigmoid into the cross-entropy (default true; false replays the eager ops exactly). */
  fuse?: boolean;
}

/** Labels in the layout the plan reads: the tensor's own memory when it already is, else a converted copy. */
function labelData(a: Analysis, y: nt.Tensor, arena: Arena): number {
  const mod = arena.mod;
  if (a.sparse) {
    if (y.dtype === "int32") return y.ptr;
    const p = arena.ints(y.size);
    mod.writeInts(p, y.data());
    return p;
  }
  if (y.dtype === "float32") return y.ptr;
  const p = arena.floats(y.size);
  mod.writeFloats(p, y.data());
  return p;
}

/**
 * Compiles one fit's training step into a plan (and a second for the last,
 * shorter batch) over buffers allocated once; throws `Unsupported` with the
 * reason when the model, loss, optimizer or metrics need the eager step.
 */
export function compileRunner(t: Trainer, data: TrainData, options: CompileOptions = {}): BatchRunner & { program(): string[] } {
  const a = analyze(t, data, options.fuse ?? true);
  checkOptimizer(t.optimizer, t.model.trainableWeights);
  const mod = nt.engine.backend.mod;
  const arena = new Arena(mod);
  try {
    const rows = data.x.shape[0]!;
    const B = data.batchSize;
    const b = allocate(a, arena, { x: data.x.ptr, xRows: rows, labels: labelData(a, data.y, arena), weights: data.weights?.ptr ?? 0, batch: B });
    const batches = Math.ceil(rows / B);
    const nd = a.dropouts.length;
    const groups = rateGroups(t.optimizer);
    const io = {
      steps: 0, lrs: arena.floats(batches * groups.length), keys: arena.ints(batches * nd), keysPerStep: nd,
      losses: arena.bytes(8 * batches), metrics: arena.bytes(16 * a.metrics.length), metricCount: a.metrics.length,
    };
    const program = (m: number) => {
      const w = new PlanWriter();
      emitStep(w, a, b, m);
      emitUpdates(w, t, b);
      return arena.keep(mod.uploadInts(w.words(io)));
    };
    const plans = { main: program(Math.min(B, rows)), tail: rows % B && rows > B ? program(rows % B) : 0 };
    const active = activeGroups(t.optimizer, t.model.trainableWeights);
    return new PlanRunner(t, a, mod, arena, { ...io, ...plans, idx: b.idx, rows, batch: B, groups, active });
  } catch (e) {
    arena.free();
    throw e;
  }
}

interface Layout {
  main: number;
  tail: number;
  idx: number;
  lrs: number;
  keys: number;
  losses: number;
  metrics: number;
  rows: number;
  batch: number;
  /** The optimizers whose rates lrs holds per step (rateGroups), and the indices of those the plan updates. */
  groups: readonly nt.Optimizer[];
  active: number[];
}

/** Replays the plans: one runPlan call for the full batches of a run, one for the tail batch. */
class PlanRunner implements BatchRunner {
  /** Learning rates of a call's steps, in f64 so the js64 reference gets them unrounded too. */
  private readonly lrs: Float64Array;

  constructor(
    private readonly t: Trainer, private readonly a: Analysis, private readonly mod: KernelModule,
    private readonly arena: Arena, private readonly l: Layout,
  ) {
    this.lrs = new Float64Array(Math.ceil(l.rows / l.batch) * l.groups.length);
  }

  run(order: Int32Array, first: number, count: number, metrics: Metric[]): number[] {
    const { l, mod, t } = this;
    const full = Math.floor(l.rows / l.batch) || 1;
    const nMain = Math.max(0, Math.min(first + count, full) - first);
    mod.writeInts(l.idx + first * l.batch * 4, order.subarray(first * l.batch, Math.min(l.rows, (first + count) * l.batch)));
    const iter = t.optimizer.iterations;
    const losses: number[] = [];
    if (nMain > 0) this.call(l.main, iter, first, nMain, metrics, losses);
    if (nMain < count) this.call(l.tail, iter + nMain, first + nMain, 1, metrics, losses);
    setIterations(t.optimizer, iter + count, l.active);
    return losses;
  }

  /** Fills the per-step learning rates and dropout keys, runs `count` steps from batch `first`, collects losses and metric counts. */
  private call(plan: number, iter: number, first: number, count: number, metrics: Metric[], losses: number[]): void {
    const { l, mod, a } = this;
    // lrs[s·G + g]: the rate of group g (of a MultiOptimizer; G = 1 otherwise) at step s, a schedule read at the
    // group's own step count (runs advance the counts only when they end: iter − the optimizer's count is this run's).
    const G = l.groups.length;
    const lrs = this.lrs.subarray(0, count * G);
    l.groups.forEach((o, g) => {
      const lr = o.learningRate, at = o.iterations + iter - this.t.optimizer.iterations;
      for (let s = 0; s < count; s++) lrs[s * G + g] = typeof lr === "number" ? lr : lr(at + s);
    });
    mod.writeFloats(l.lrs, lrs);
    const nd = a.dropouts.length;
    if (nd > 0) {
      const keys = new Int32Array(count * nd);
      for (let s = 0; s < count; s++) a.dropouts.forEach((d, j) => (keys[s * nd + j] = d.nextMaskKey()));
      mod.writeInts(l.keys, keys);
    }
    mod.writeInts(plan + 4 * PlanHeader.steps, [iter]);
    mod.raw.runPlan(plan, first, count);
    const values = new Float64Array(mod.memory.buffer, l.losses, count);
    for (let s = 0; s < count; s++) losses.push(values[s]!);
    const m = new Float64Array(mod.memory.buffer, l.metrics, 2 * a.metrics.length);
    metrics.forEach((metric, j) => metric.add!(m[2 * j]!, m[2 * j + 1]!));
  }

  /** The op names of the full-batch plan, in order (for debugging and tests). */
  program(): string[] {
    return decodePlan(this.mod.memory, this.l.main).ops.map((o) => o.name);
  }

  dispose(): void {
    this.arena.free();
  }
}
