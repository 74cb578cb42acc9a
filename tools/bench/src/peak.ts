// Loads the peak loop (assembly/peak.ts, built by asc into dist/peak.wasm).
import { readFile } from "node:fs/promises";

export interface PeakLoop {
  /** Flops of one call. */
  readonly flops: number;
  run(): void;
}

interface PeakExports {
  peak(iterations: number): number;
  flopsPerIteration(): number;
}

/** A peak-loop call of `iterations` iterations (~0.2 ms at 50 GF/s for the default). */
export async function loadPeak(iterations = 50_000): Promise<PeakLoop> {
  const bytes = await readFile(new URL("./peak.wasm", import.meta.url));
  const { instance } = await WebAssembly.instantiate(bytes, { env: { abort: () => { throw new Error("peak loop aborted"); } } });
  const e = instance.exports as unknown as PeakExports;
  return { flops: iterations * e.flopsPerIteration(), run: () => void e.peak(iterations) };
}
