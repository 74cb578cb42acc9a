// Types of soak-lib.mjs, for the TypeScript test that imports it.
export interface Sample {
  step: number;
  numTensors: number;
  numBytes: number;
  heapBytes: number;
  wasmBytes: number;
  jsHeap: number;
  rss: number;
}

export interface SoakResult {
  steps: number;
  seconds: number;
  samples: Sample[];
  finalLoss: number;
}

/** The `neurite` namespace (sources or the built package). */
type Neurite = typeof import("../../packages/neurite/src/index.js");

export function sample(nt: Neurite, step: number): Sample;
export function soakFit(nt: Neurite, steps: number, every: number): Promise<SoakResult & { runner?: "compiled" | "eager"; reason?: string }>;
export function soakTape(nt: Neurite, steps: number, every: number): SoakResult;
export function drift(samples: Sample[]): { numTensors: number; numBytes: number; heapBytes: number; wasmBytes: number; jsHeap: number; rss: number; peakRss: number };
