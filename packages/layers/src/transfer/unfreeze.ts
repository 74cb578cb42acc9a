import { NeuriteError } from "@neurite/core";
import type { Layer } from "../layer.js";
import { Callback } from "../training/callbacks.js";

/** At the start of `epoch`, unfreeze `unfreeze` more layers (counted from the top), or all of them. */
export interface UnfreezeStage {
  epoch: number;
  unfreeze: number | "all";
}

/**
 * Staged (gradual) unfreezing, as ULMFiT does it: frozen layers thaw from the
 * top (next to the head) downwards at scheduled epochs. Layers without weights
 * are skipped when counting. A stage whose epoch has passed when fit() starts
 * is applied at the first epoch.
 */
export class GradualUnfreezing extends Callback {
  private readonly stages: UnfreezeStage[];
  private applied = 0;

  /** `layers`: the candidates, bottom first (a base model's layers). */
  constructor(readonly layers: Layer[], schedule: UnfreezeStage[]) {
    super();
    if (!Array.isArray(schedule)) throw new NeuriteError("BAD_ARGUMENT", "gradualUnfreezing: the schedule must be a list of {epoch, unfreeze}");
    for (const s of schedule) {
      const okEpoch = Number.isInteger(s?.epoch) && s.epoch >= 0;
      const okCount = s?.unfreeze === "all" || (Number.isInteger(s?.unfreeze) && (s.unfreeze as number) > 0);
      if (!okEpoch || !okCount) throw new NeuriteError("BAD_ARGUMENT", `gradualUnfreezing: bad stage ${JSON.stringify(s)}; expected {epoch: integer ≥ 0, unfreeze: integer > 0 or "all"}`);
    }
    this.stages = [...schedule].sort((a, b) => a.epoch - b.epoch);
  }

  /** Stages not yet applied. */
  get pending(): number {
    return this.stages.length - this.applied;
  }

  /** Thaws the layers of every stage whose epoch has come. */
  onEpochBegin(epoch: number): void {
    while (this.applied < this.stages.length && this.stages[this.applied]!.epoch <= epoch) {
      this.thaw(this.stages[this.applied]!.unfreeze);
      this.applied++;
    }
  }

  private thaw(count: number | "all"): void {
    const frozen = this.layers.filter((l) => !l.trainable && l.weightSpecs().length > 0);
    const n = count === "all" ? frozen.length : Math.min(count, frozen.length);
    for (const l of frozen.slice(frozen.length - n)) l.trainable = true;
  }
}

/** A GradualUnfreezing callback over `layers` (bottom first). */
export const gradualUnfreezing = (layers: Layer[], schedule: UnfreezeStage[]) => new GradualUnfreezing(layers, schedule);
