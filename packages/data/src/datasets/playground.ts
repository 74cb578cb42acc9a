/**
 * The 2-D datasets of TensorFlow Playground, generated the way its
 * `src/dataset.ts` does (see: https://github.com/tensorflow/playground), with
 * this package's seeded PRNG in place of Math.random. U(a, b) is uniform,
 * N(μ, σ²) normal, and `noise` is the Playground's noise slider / 100
 * (0 to 0.5). Classification labels ±1 become 1 / 0; rows come shuffled.
 * Class sizes are ⌈n/2⌉ and ⌊n/2⌋, so there are exactly n points.
 */
import { NeuriteError } from '@neurite/core';
import { type Rng, rng, seedOrDerive } from '../random.js';
import { type LabeledData, classSizes, packPoints } from './common.js';
import { blobPoints, checkClasses, spiralPoints } from './multiclass.js';

type Point = [number, number, number];

/** TensorFlow Playground's datasets (and the multi-class additions). */
export type PlaygroundName = 'circle' | 'xor' | 'gauss' | 'spiral' | 'plane' | 'multiGauss' | 'blobs' | 'spiral3' | 'spiralK';

/** Options of the playground generators. */
export interface PlaygroundOptions {
  /** Number of points (default 500 for classification, 1200 for regression, as in the Playground). */
  n?: number;
  /** Noise level, 0 to 0.5 (default 0). */
  noise?: number;
  /** Seed; without it one is drawn from the global seed stream. */
  seed?: number;
  /** Number of classes for `blobs` and `spiralK` (default 3). */
  classes?: number;
}

/**
 * circle: class 1 has radius r ~ U(0, 2.5), class 0 r ~ U(3.5, 5), angle ~ U(0, 2π), point (r sin a, r cos a);
 * the label is whether the point shifted by (U(-5, 5)·noise, U(-5, 5)·noise) lies within radius 2.5.
 */
function circle(n: number, noise: number, r: Rng): Point[] {
  const [inner, outer] = classSizes(n, 2) as [number, number];
  const points: Point[] = [];
  const ring = (count: number, lo: number, hi: number) => {
    for (let i = 0; i < count; i++) {
      const rad = r.uniform(lo, hi);
      const angle = r.uniform(0, 2 * Math.PI);
      const x = rad * Math.sin(angle);
      const y = rad * Math.cos(angle);
      const nx = r.uniform(-5, 5) * noise;
      const ny = r.uniform(-5, 5) * noise;
      points.push([x, y, Math.hypot(x + nx, y + ny) < 2.5 ? 1 : 0]);
    }
  };
  ring(inner, 0, 2.5);
  ring(outer, 3.5, 5);
  return points;
}

/** xor: x, y ~ U(-5, 5) pushed 0.3 away from the axes; label 1 iff (x + U(-5, 5)·noise)(y + U(-5, 5)·noise) ≥ 0. */
function xor(n: number, noise: number, r: Rng): Point[] {
  const points: Point[] = [];
  const pad = (v: number) => v + (v > 0 ? 0.3 : -0.3);
  for (let i = 0; i < n; i++) {
    const x = pad(r.uniform(-5, 5));
    const y = pad(r.uniform(-5, 5));
    const nx = r.uniform(-5, 5) * noise;
    const ny = r.uniform(-5, 5) * noise;
    points.push([x, y, (x + nx) * (y + ny) >= 0 ? 1 : 0]);
  }
  return points;
}

/** gauss: class 1 ~ N((2, 2), v·I), class 0 ~ N((-2, -2), v·I) with variance v = 0.5 + 7·noise. */
function gauss(n: number, noise: number, r: Rng): Point[] {
  const std = Math.sqrt(0.5 + 7 * noise);
  const [pos, neg] = classSizes(n, 2) as [number, number];
  const points: Point[] = [];
  for (let i = 0; i < pos; i++) points.push([r.normal(2, std), r.normal(2, std), 1]);
  for (let i = 0; i < neg; i++) points.push([r.normal(-2, std), r.normal(-2, std), 0]);
  return points;
}

/**
 * spiral: for class c with m points and i < m, radius ρ = 5i/m, angle t = 1.75·2π·i/m + δ (δ = 0 for class 1,
 * π for class 0), point (ρ sin t + U(-1, 1)·noise, ρ cos t + U(-1, 1)·noise).
 */
function spiral(n: number, noise: number, r: Rng): Point[] {
  const [pos, neg] = classSizes(n, 2) as [number, number];
  return [...spiralPoints(pos, 0, 1, noise, r), ...spiralPoints(neg, Math.PI, 0, noise, r)];
}

/** plane (regression): x, y ~ U(-6, 6); target (x + y + U(-6, 6)·noise + U(-6, 6)·noise) / 10. */
function plane(n: number, noise: number, r: Rng): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.uniform(-6, 6);
    const y = r.uniform(-6, 6);
    const nx = r.uniform(-6, 6) * noise;
    const ny = r.uniform(-6, 6) * noise;
    points.push([x, y, (x + nx + y + ny) / 10]);
  }
  return points;
}

const GAUSSIANS: readonly [number, number, number][] = [
  [-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1],
];

/**
 * multiGauss (regression): x, y ~ U(-6, 6); with (x', y') the point shifted by U(-6, 6)·noise per axis, the
 * target is, among six bumps s·clamp(1 - d/2, 0, 1) (d: distance from (x', y') to the centre
 * (±4 or 0, ±2.5), signs s alternating ±1), the one with the largest magnitude.
 */
function multiGauss(n: number, noise: number, r: Rng): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.uniform(-6, 6);
    const y = r.uniform(-6, 6);
    const px = x + r.uniform(-6, 6) * noise;
    const py = y + r.uniform(-6, 6) * noise;
    let label = 0;
    for (const [cx, cy, sign] of GAUSSIANS) {
      const v = sign * Math.min(1, Math.max(0, 1 - Math.hypot(px - cx, py - cy) / 2));
      if (Math.abs(v) > Math.abs(label)) label = v;
    }
    points.push([x, y, label]);
  }
  return points;
}

const BINARY = { circle, xor, gauss, spiral } as const;
const REGRESSION = { plane, multiGauss } as const;

/** A TensorFlow Playground dataset (or blobs / spiral3 / spiralK): x float32 [n, 2], y int32 class ids or float32 targets. */
export function playground(name: PlaygroundName, options: PlaygroundOptions = {}): LabeledData {
  const regression = name in REGRESSION;
  const n = options.n ?? (regression ? 1200 : 500);
  if (!Number.isInteger(n) || n < 0) throw new NeuriteError('BAD_ARGUMENT', `playground: n must be a non-negative integer, got ${n}`);
  const noise = options.noise ?? 0;
  const r = rng(seedOrDerive(options.seed, 'playground'));
  let points: Point[];
  if (name in BINARY) points = BINARY[name as keyof typeof BINARY](n, noise, r);
  else if (regression) points = REGRESSION[name as keyof typeof REGRESSION](n, noise, r);
  else if (name === 'blobs') points = blobPoints(n, options.classes ?? 3, noise, r);
  else if (name === 'spiral3' || name === 'spiralK') {
    const k = name === 'spiral3' ? 3 : options.classes ?? 3;
    checkClasses(k);
    points = classSizes(n, k).flatMap((m, j) => spiralPoints(m, (2 * Math.PI * j) / k, j, noise, r));
  } else throw new NeuriteError('BAD_ARGUMENT', `playground: unknown dataset "${name}"`);
  return packPoints(points, r, regression ? 'float32' : 'int32');
}

/** `k` Gaussian blobs around a circle (`playground('blobs', {classes: k})`). */
export function blobs(options: PlaygroundOptions = {}): LabeledData {
  return playground('blobs', options);
}

/** A k-armed spiral, one class per arm (`playground('spiralK', {classes: k})`). */
export function spiralK(options: PlaygroundOptions = {}): LabeledData {
  return playground('spiralK', options);
}
