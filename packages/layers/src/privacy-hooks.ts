/**
 * Two hooks that let @neurite/privacy run DP-SGD without this package
 * depending on it: a tap that sees each Dense layer's input and
 * pre-activation (what per-example gradient norms are computed from), and
 * the optimizer's say in which GradientTape the training step records with.
 */
import * as nt from "@neurite/core";
import { withPushed } from "./context.js";
import type { Layer } from "./layer.js";

/** One Dense call as a tap sees it: the rows fed to the kernel's matMul and the result before the activation. */
export interface DenseCall {
  layer: Layer;
  /** The input as the 2-D matrix the kernel multiplies (rank > 2 inputs arrive flattened). */
  input: nt.Tensor;
  /** input · kernel (+ bias), before the activation. */
  preActivation: nt.Tensor;
  /** The shape of the input as the layer received it. */
  inputShape: readonly number[];
}

/** A function that sees each Dense call made inside tapDense(). */
export type DenseTap = (call: DenseCall) => void;

const taps: DenseTap[] = [];

/** Runs fn with `tap` seeing every Dense call made inside it (innermost tap only). */
export function tapDense<T>(tap: DenseTap, fn: () => T): T {
  return withPushed(taps, tap, fn);
}

/** @internal Called by Dense between its affine part and its activation. */
export function notifyDenseTap(call: DenseCall): void {
  taps[taps.length - 1]?.(call);
}

/** An optimizer that needs its own tape for the training step (a DP-SGD optimizer clips per example there). */
export interface TapeProvider {
  /** A tape for one training step. */
  createTape(): nt.GradientTape;
}

/** The tape fit()/trainOnBatch record a step with: the optimizer's own when it provides one. */
export function tapeFor(optimizer: nt.Optimizer): nt.GradientTape {
  const provider = optimizer as Partial<TapeProvider>;
  return typeof provider.createTape === "function" ? provider.createTape() : new nt.GradientTape();
}
