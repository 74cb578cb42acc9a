import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import type { Layer } from "../layer.js";
import type { Model } from "../model.js";
import { stepCounters } from "./compiled/updates.js";

/**
 * What fit() does when a batch's loss or gradients are NaN or infinite:
 * "stop" (default) skips that update, warns and ends training, like Keras's
 * TerminateOnNaN but keeping the last good weights; "raise" does the same and
 * throws NeuriteError NAN_LOSS; "ignore" applies the update, as plain Keras does.
 */
export type OnNaN = "stop" | "raise" | "ignore";

export function checkOnNaN(v: unknown): OnNaN {
  if (v === undefined) return "stop";
  if (v !== "stop" && v !== "raise" && v !== "ignore") {
    throw new NeuriteError("BAD_ARGUMENT", `fit: onNaN must be "stop", "raise" or "ignore", got ${JSON.stringify(v)}`);
  }
  return v;
}

/** Where a non-finite step showed up: the loss, and the first layer whose gradient, weights or output were not finite. */
export interface NonFiniteInfo {
  loss: number;
  /** First weight (in layer order) with a non-finite gradient or value, as "layer/weight". */
  weight?: string;
  weightIs?: "gradient" | "value";
  /** First layer of a Sequential whose output on the batch is not finite. */
  output?: string;
}

/** Thrown by a guarded eager step after it refused to apply the update. */
export class NonFiniteStep extends Error {
  constructor(readonly info: NonFiniteInfo) {
    super(`non-finite step (loss ${info.loss})`);
  }
}

/** Whether a float32 tensor holds any NaN or ±Infinity (one kernel pass). */
export function hasNonFinite(t: nt.Tensor): boolean {
  return t.dtype === "float32" && t.size > 0 && t.backend.k.countNonFinite(t.size, t.ptr) > 0;
}

function layersOf(model: Model): Layer[] {
  return model.layers.flatMap((l) => ((l as Model).layers && l !== model ? [l, ...layersOf(l as Model)] : [l]));
}

/** The first trainable weight, in layer order, whose gradient (else value) is not finite. */
export function locateWeight(model: Model, vars: readonly nt.Variable[], grads: readonly (nt.Tensor | null)[]): Pick<NonFiniteInfo, "weight" | "weightIs"> {
  const gradOf = new Map(vars.map((v, i) => [v, grads[i]]));
  const ordered = [...new Set([...layersOf(model).flatMap((l) => l.weightSpecs().map((s) => s.variable)), ...vars])];
  for (const kind of ["gradient", "value"] as const) {
    for (const v of ordered) {
      const t = kind === "value" ? v : gradOf.get(v);
      if (t && !t.isDisposed && hasNonFinite(t)) return { weight: v.name, weightIs: kind };
    }
  }
  return {};
}

/** The first layer of a Sequential whose inference output on x is not finite (only run after a failure). */
export function locateOutput(model: Model, x: nt.Tensor): string | undefined {
  // A subclassed model's layers are in field order, not call order: only a Sequential can be replayed layer by layer.
  if (typeof (model as { ensureBuilt?: unknown }).ensureBuilt !== "function" || !model.built) return undefined;
  return nt.tidy(() => {
    let h = x;
    for (const l of model.layers) {
      try {
        h = l.apply(h, { training: false });
      } catch {
        return undefined;
      }
      if (hasNonFinite(h)) return l.name;
    }
    return undefined;
  });
}

/** NeuriteError NAN_LOSS with where it happened; `details` holds the same facts for programs. */
export class NaNLossError extends NeuriteError {
  constructor(
    message: string,
    readonly details: NonFiniteInfo & { epoch: number; batch: number; step: number },
  ) {
    super("NAN_LOSS", message);
  }
}

export function nanLossError(who: string, info: NonFiniteInfo, epoch: number, batch: number, step: number): NaNLossError {
  const what = Number.isFinite(info.loss) ? `a gradient became non-finite (loss ${info.loss})` : `the loss became ${info.loss}`;
  const where = [
    info.weight && `first non-finite ${info.weightIs === "value" ? "weight" : "gradient"}: ${info.weight}`,
    info.output && `first layer with a non-finite output: ${info.output}`,
  ].filter(Boolean).join("; ");
  const msg = `${who}: ${what} at epoch ${epoch + 1}, batch ${batch + 1} (step ${step + 1})${where ? `; ${where}` : ""}. ` +
    "The update of that batch was not applied: the model keeps the weights from before it.";
  return new NaNLossError(msg, { ...info, epoch, batch, step });
}

/**
 * Copies of every weight and optimizer slot, allocated once and refreshed by
 * take(): lets fit() undo a run of compiled steps that hit a non-finite loss,
 * since the compiled runner applies its updates before fit sees the losses.
 */
export class Snapshot {
  private readonly pairs: [nt.Tensor, nt.Tensor][];
  /** Step counts of the optimizer and (a MultiOptimizer's) of its groups. */
  private iterations: number[] = [];

  constructor(model: Model, private readonly optimizer: nt.Optimizer) {
    const live: nt.Tensor[] = [...model.weights];
    for (const v of model.trainableWeights) live.push(...optimizer.slotsOf(v));
    this.pairs = live.map((t) => {
      // Uninitialised: fit takes a snapshot before every run it could restore it after.
      const copy = nt.engine.empty(t.shape, t.dtype, "snapshot");
      nt.keep(copy);
      return [t, copy];
    });
  }

  take(): void {
    for (const [live, copy] of this.pairs) nt.engine.copyData(live, copy);
    this.iterations = stepCounters(this.optimizer).map((o) => o.iterations);
  }

  restore(): void {
    for (const [live, copy] of this.pairs) nt.engine.copyData(copy, live);
    // A MultiOptimizer's groups too: the compiled step advanced them with it.
    stepCounters(this.optimizer).forEach((o, i) => (o.iterations = this.iterations[i]!));
  }

  dispose(): void {
    for (const [, copy] of this.pairs) copy.dispose();
  }
}
