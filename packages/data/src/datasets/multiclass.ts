/** Point generators for the multi-class 2-D sets (and the Playground spiral they generalise). */
import { NeuriteError } from '@neurite/core';
import type { Rng } from '../random.js';
import { classSizes } from './common.js';

type Point = [number, number, number];

/**
 * One spiral arm of `m` points: for i < m, radius ρ = 5i/m, angle t = 1.75·2π·i/m + δ,
 * point (ρ sin t + U(-1, 1)·noise, ρ cos t + U(-1, 1)·noise), all labelled `label`.
 */
export function spiralPoints(m: number, delta: number, label: number, noise: number, r: Rng): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < m; i++) {
    const rho = (i / m) * 5;
    const t = ((1.75 * i) / m) * 2 * Math.PI + delta;
    points.push([rho * Math.sin(t) + r.uniform(-1, 1) * noise, rho * Math.cos(t) + r.uniform(-1, 1) * noise, label]);
  }
  return points;
}

/**
 * `k` Gaussian blobs: class j ~ N(c_j, v·I) with centres c_j = 4·(cos 2πj/k, sin 2πj/k) on a circle and
 * the Playground's gauss variance v = 0.5 + 7·noise.
 */
export function blobPoints(n: number, k: number, noise: number, r: Rng): Point[] {
  checkClasses(k);
  const std = Math.sqrt(0.5 + 7 * noise);
  return classSizes(n, k).flatMap((m, j) => {
    const a = (2 * Math.PI * j) / k;
    return Array.from({ length: m }, (): Point => [r.normal(4 * Math.cos(a), std), r.normal(4 * Math.sin(a), std), j]);
  });
}

/** Throws unless `k` is a positive integer class count. */
export function checkClasses(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new NeuriteError('BAD_ARGUMENT', `playground: classes must be a positive integer, got ${k}`);
}
