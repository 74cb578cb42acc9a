import type { selection } from "@neurite/eval";

/** A tensor as plain data, posted to a worker once per fit/search. */
export interface WireTensor {
  data: Float32Array | Int32Array;
  shape: number[];
  dtype: "float32" | "int32";
}

/** Main thread → worker. */
export type ToWorker =
  | { type: "data"; id: number; x: WireTensor; y: WireTensor }
  | { type: "trial"; dataId: number; spec: selection.TrialSpec };

/** Worker → main thread. */
export type FromWorker =
  | { type: "ready" }
  | { type: "result"; result: selection.TrialResult }
  | { type: "error"; code: string; message: string };
