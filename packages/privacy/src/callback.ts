import { NeuriteError } from "@neurite/core";
import { Callback, type Logs } from "@neurite/layers";
import { computeEpsilon } from "./accountant/epsilon.js";
import type { Conversion } from "./accountant/convert.js";
import { DPOptimizer } from "./dp/optimizer.js";

/** Options of epsilonCallback. */
export interface EpsilonCallbackArgs {
  delta: number;
  /** Training examples (default: fit()'s sample count). */
  datasetSize?: number;
  /** Expected batch size (default: the optimizer's expectedBatchSize, else fit()'s batchSize). */
  batchSize?: number;
  orders?: readonly number[];
  conversion?: Conversion;
}

/**
 * Adds `epsilon` — the privacy spent so far, at `delta` — to each epoch's
 * logs, so history and any logger of epoch logs record it (list it before the
 * logger: callbacks see the logs in order). It counts the private steps the
 * model's dpOptimizer has taken and assumes Poisson sampling.
 */
export class EpsilonCallback extends Callback {
  constructor(private readonly args: EpsilonCallbackArgs) {
    super();
    if (!args || !(args.delta > 0 && args.delta < 1)) throw new NeuriteError("BAD_ARGUMENT", `epsilonCallback: delta must be in (0, 1), got ${args?.delta}`);
  }

  /** ε after the steps taken so far. */
  epsilon(): number {
    const optimizer = this.model?.trainer?.optimizer;
    if (!(optimizer instanceof DPOptimizer)) {
      throw new NeuriteError("BAD_ARGUMENT", "epsilonCallback: the model must be compiled with a dpOptimizer");
    }
    const datasetSize = this.args.datasetSize ?? (this.params.samples as number | undefined);
    const batchSize = this.args.batchSize ?? optimizer.expectedBatchSize ?? (this.params.batchSize as number | undefined);
    if (datasetSize === undefined || batchSize === undefined) {
      throw new NeuriteError("BAD_ARGUMENT", "epsilonCallback: pass datasetSize and batchSize (fitDataset does not know them)");
    }
    return computeEpsilon({
      datasetSize,
      batchSize,
      noiseMultiplier: optimizer.noiseMultiplier,
      delta: this.args.delta,
      steps: optimizer.iterations,
      orders: this.args.orders,
      conversion: this.args.conversion,
    });
  }

  /** Adds the ε spent so far to the epoch's logs. */
  onEpochEnd(_epoch: number, logs?: Logs): void {
    if (logs) logs.epsilon = this.epsilon();
  }
}

/** A callback that logs ε (at `delta`) after every epoch. */
export function epsilonCallback(args: EpsilonCallbackArgs): EpsilonCallback {
  return new EpsilonCallback(args);
}
