import { NeuriteError } from "@neurite/kernels";
import { engine, type TapeNode, type TapeRecorder } from "./engine.js";
import { fmt } from "./shape.js";
import { Tensor } from "./tensor.js";
import { Variable } from "./variable.js";
import { add } from "./ops/binary.js";
import { ones, zeros } from "./create.js";
import { clone } from "./ops/layout.js";

/** Options of a GradientTape. */
export interface GradientTapeOptions {
  /** Keep the record after gradient() so it can be called again (then call dispose()). */
  persistent?: boolean;
  /** Record ops on trainable variables without an explicit watch() (Keras's default). */
  watchAccessedVariables?: boolean;
}

/**
 * Records the ops run inside `run(fn)` and differentiates through them, like
 * Keras's GradientTape. Tensors an op's backward needs are held alive by the
 * tape (even if disposed or tidied meanwhile) until gradient() or dispose().
 */
export class GradientTape implements TapeRecorder {
  private nodes: TapeNode[] = [];
  private readonly watched = new Set<number>();
  private saved: Tensor[] = [];
  private done = false;

  constructor(private readonly options: GradientTapeOptions = {}) {}

  /** Records gradients with respect to these tensors too (non-variables). */
  watch(...tensors: Tensor[]): void {
    for (const t of tensors) this.watched.add(t.id);
  }

  /** Runs fn and records the ops it performs; returns fn's result. */
  run<T>(fn: () => T): T {
    if (this.done) throw new NeuriteError("BAD_ARGUMENT", "GradientTape.run: this tape was already used; create a new one or make it persistent");
    engine.tapes.push(this);
    try {
      return fn();
    } finally {
      engine.tapes.splice(engine.tapes.lastIndexOf(this), 1);
    }
  }

  watches(inputs: readonly Tensor[]): boolean {
    const auto = this.options.watchAccessedVariables !== false;
    return inputs.some((t) => this.watched.has(t.id) || (auto && t instanceof Variable && t.trainable));
  }

  markWatched(outputs: readonly Tensor[]): void {
    for (const t of outputs) this.watched.add(t.id);
  }

  /** @internal Called by the engine for each op recorded while this tape is active. */
  record(node: TapeNode): void {
    for (const t of node.saved) {
      t.retain();
      this.saved.push(t);
    }
    this.nodes.push(node);
  }

  /** Gradients of `target` (summed if not a scalar) w.r.t. each source, in order; zeros where unconnected. */
  gradient(target: Tensor, sources: readonly Tensor[]): Tensor[] {
    if (this.done) throw new NeuriteError("BAD_ARGUMENT", "GradientTape.gradient: a non-persistent tape can compute gradients only once");
    if (!(target instanceof Tensor)) throw new NeuriteError("BAD_ARGUMENT", "GradientTape.gradient: target must be a tensor");
    const sourceIds = new Set(sources.map((s) => s.id));
    const grads = new Map<number, Tensor>();
    grads.set(target.id, ones(target.shape));
    const needed = this.neededIds(sourceIds);
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const node = this.nodes[i]!;
      if (!node.outputs.some((o) => grads.has(o.id))) continue;
      const needs = node.inputs.map((t) => needed.has(t.id));
      if (!needs.some(Boolean)) continue;
      const dys = node.outputs.map((o) => grads.get(o.id) ?? zeros(o.shape));
      const dxs = engine.tidy(() => node.backward(dys, needs));
      const produced = new Set(dxs.filter((d): d is Tensor => d !== null));
      node.outputs.forEach((o, j) => {
        const g = dys[j]!;
        if (sourceIds.has(o.id)) return;
        grads.delete(o.id);
        if (!produced.has(g)) g.dispose();
      });
      const placed = new Set<Tensor>();
      node.inputs.forEach((inp, j) => {
        let dx = dxs[j];
        if (!dx || !needs[j]) return;
        const sharedWithSource = dys.includes(dx) && node.outputs.some((o) => sourceIds.has(o.id));
        if (placed.has(dx) || sharedWithSource) dx = clone(dx);
        placed.add(dx);
        if (dx.shape.join() !== inp.shape.join()) {
          throw new NeuriteError("SHAPE_MISMATCH", `gradient of ${node.name}: input grad ${fmt(dx.shape)} vs input ${fmt(inp.shape)}`);
        }
        const prev = grads.get(inp.id);
        if (prev) {
          grads.set(inp.id, add(prev, dx));
          prev.dispose();
          dx.dispose();
        } else grads.set(inp.id, dx);
      });
      // A source's gradient stays in `grads` even when the node passed it through to an input.
      const keptForSources = new Set(node.outputs.filter((o) => sourceIds.has(o.id)).map((o) => grads.get(o.id)));
      for (const d of produced) if (!placed.has(d) && !keptForSources.has(d)) d.dispose();
    }
    const out = sources.map((s) => {
      const g = grads.get(s.id);
      grads.delete(s.id);
      return g ?? zeros(s.shape, s.dtype);
    });
    for (const g of grads.values()) g.dispose();
    if (!this.options.persistent) this.dispose();
    return out;
  }

  /** Ids of tensors on some path from a source forward (only their grads are worth computing). */
  private neededIds(sourceIds: Set<number>): Set<number> {
    const needed = new Set(sourceIds);
    for (const node of this.nodes) {
      if (node.inputs.some((t) => needed.has(t.id))) for (const o of node.outputs) needed.add(o.id);
    }
    return needed;
  }

  /** Lets go of every tensor the tape held. */
  dispose(): void {
    for (const t of this.saved) t.release();
    this.saved = [];
    this.nodes = [];
    this.done = true;
  }
}

/** Runs fn under a tape; returns its value and the gradients of it w.r.t. `sources`. */
export function valueAndGrads<T extends Tensor>(fn: () => T, sources: readonly Tensor[]): { value: T; grads: Tensor[] } {
  const tape = new GradientTape();
  for (const s of sources) tape.watch(s);
  const value = tape.run(fn);
  return { value, grads: tape.gradient(value, sources) };
}
