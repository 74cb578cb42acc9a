/** What fit() returns: per-epoch logs, as Keras's History. */
export interface History {
  epoch: number[];
  history: Record<string, number[]>;
  params: Record<string, unknown>;
}

/** Metric values by name (loss, accuracy, val_loss, …) for an epoch or a batch. */
export type Logs = Record<string, number>;

export function newHistory(params: Record<string, unknown>): History {
  return { epoch: [], history: {}, params };
}

export function recordEpoch(h: History, epoch: number, logs: Logs): void {
  h.epoch.push(epoch);
  for (const [k, v] of Object.entries(logs)) (h.history[k] ??= []).push(v);
}
