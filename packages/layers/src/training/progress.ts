import type { Logs } from "./history.js";

/** How fit() reports progress when verbose > 0. The node package installs a progress bar. */
export interface ProgressReporter {
  /** An epoch starts (0-based), out of `epochs`, with `batches` batches. */
  epochBegin(epoch: number, epochs: number, batches: number): void;
  /** Training reached batch `batch` of the epoch; logs hold the running loss and metrics. */
  batchEnd(batch: number, logs: Logs): void;
  /** An epoch ended after `seconds`, with its final logs. */
  epochEnd(epoch: number, logs: Logs, seconds: number): void;
}

/** Logs as "loss: 0.1234 - accuracy: 0.9500". */
export function formatLogs(logs: Logs): string {
  return Object.entries(logs).map(([k, v]) => `${k}: ${Number.isInteger(v) ? v : v.toFixed(4)}`).join(" - ");
}

/** One line per epoch: fine for any console, TTY or not. */
export const lineReporter = (print: (s: string) => void = console.log): ProgressReporter => {
  let total = 0;
  return {
    epochBegin(_e, epochs) {
      total = epochs;
    },
    batchEnd() {},
    epochEnd(epoch, logs, seconds) {
      print(`Epoch ${epoch + 1}/${total} - ${seconds.toFixed(1)}s - ${formatLogs(logs)}`);
    },
  };
};

let factory: (verbose: number) => ProgressReporter | undefined = () => lineReporter();

/** Replaces how fit() reports progress (the node package uses a progress bar on TTYs). */
export function setProgressReporter(f: (verbose: number) => ProgressReporter | undefined): void {
  factory = f;
}

export function progressFor(verbose: number): ProgressReporter | undefined {
  return verbose > 0 ? factory(verbose) : undefined;
}
