import { NeuriteError } from "@neurite/kernels";
import * as create from "./create.js";
import { keyFor } from "./random.js";
import type { Shape } from "./shape.js";
import type { Tensor } from "./tensor.js";

/** Makes initial values for a weight of a given shape; serialisable like Keras's. */
export interface Initializer {
  readonly className: string;
  /** A new tensor of initial values for a weight of this shape. */
  apply(shape: Shape): Tensor;
  /** The Keras config (saved in model.json). */
  getConfig(): Record<string, unknown>;
}

/** (fanIn, fanOut) as Keras computes them: dense kernels are [in, out]; conv kernels multiply by the receptive field. */
export function fans(shape: Shape): [number, number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [shape[0]!, shape[0]!];
  if (shape.length === 2) return [shape[0]!, shape[1]!];
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return [shape[shape.length - 2]! * receptive, shape[shape.length - 1]! * receptive];
}

function make(className: string, config: Record<string, unknown>, apply: (shape: Shape) => Tensor): Initializer {
  return { className, apply, getConfig: () => ({ ...config }) };
}

/** All zeros (Keras's Zeros; the default bias initializer). */
export const zeros = (): Initializer => make("Zeros", {}, (s) => create.fill(s, 0));
/** All ones. */
export const ones = (): Initializer => make("Ones", {}, (s) => create.fill(s, 1));
/** Every value `value`. */
export const constant = (o: { value: number }): Initializer => make("Constant", { value: o.value }, (s) => create.fill(s, o.value));

interface Seeded {
  seed?: number;
}

/**
 * A seeded initializer: with a seed, every apply() draws the same values (as
 * Keras does for a fixed seed); without one, each apply() takes the next key
 * from the global stream set by setSeed.
 */
function seeded(className: string, config: Record<string, unknown>, seed: number | undefined, draw: (s: Shape, key: number) => Tensor): Initializer {
  return make(className, { ...config, seed: seed ?? null }, (s) => draw(s, keyFor(seed, className)));
}

/** Normal values (default mean 0, stddev 0.05, as Keras). */
export const randomNormal = (o: { mean?: number; stddev?: number } & Seeded = {}): Initializer =>
  seeded("RandomNormal", { mean: o.mean ?? 0, stddev: o.stddev ?? 0.05 }, o.seed, (s, key) =>
    create.randomNormal(s, o.mean ?? 0, o.stddev ?? 0.05, key));
/** Uniform values in [minval, maxval) (default ±0.05, as Keras). */
export const randomUniform = (o: { minval?: number; maxval?: number } & Seeded = {}): Initializer =>
  seeded("RandomUniform", { minval: o.minval ?? -0.05, maxval: o.maxval ?? 0.05 }, o.seed, (s, key) =>
    create.randomUniform(s, o.minval ?? -0.05, o.maxval ?? 0.05, key));
/** Normal values within two standard deviations (default stddev 0.05, as Keras). */
export const truncatedNormal = (o: { mean?: number; stddev?: number } & Seeded = {}): Initializer =>
  seeded("TruncatedNormal", { mean: o.mean ?? 0, stddev: o.stddev ?? 0.05 }, o.seed, (s, key) =>
    create.truncatedNormal(s, o.mean ?? 0, o.stddev ?? 0.05, key));

/** Which fan varianceScaling divides by: inputs, outputs, or their mean. */
export type FanMode = "fanIn" | "fanOut" | "fanAvg";
/** What varianceScaling draws from. */
export type Distribution = "truncatedNormal" | "untruncatedNormal" | "uniform";

/** Keras 3's VarianceScaling: the base of the Glorot, He and LeCun families. */
export function varianceScaling(
  o: { scale?: number; mode?: FanMode; distribution?: Distribution } & Seeded = {},
  className = "VarianceScaling",
): Initializer {
  const scale = o.scale ?? 1;
  const mode = o.mode ?? "fanIn";
  const distribution = o.distribution ?? "truncatedNormal";
  if (!(scale > 0)) throw new NeuriteError("BAD_ARGUMENT", `${className}: scale must be > 0, got ${scale}`);
  const config = className === "VarianceScaling" ? { scale, mode, distribution } : {};
  return seeded(className, config, o.seed, (shape, key) => {
    const [fanIn, fanOut] = fans(shape);
    const n = Math.max(1, mode === "fanIn" ? fanIn : mode === "fanOut" ? fanOut : (fanIn + fanOut) / 2);
    const variance = scale / n;
    if (distribution === "uniform") {
      const limit = Math.sqrt(3 * variance);
      return create.randomUniform(shape, -limit, limit, key);
    }
    if (distribution === "untruncatedNormal") return create.randomNormal(shape, 0, Math.sqrt(variance), key);
    // Std of a unit normal truncated to ±2: keeps the variance after truncation as requested.
    return create.truncatedNormal(shape, 0, Math.sqrt(variance) / 0.8796256610342398, key);
  });
}

/** Glorot (Xavier) uniform: limit √(6 / (fanIn + fanOut)); Keras's default kernel initializer. */
export const glorotUniform = (o: Seeded = {}) => varianceScaling({ ...o, scale: 1, mode: "fanAvg", distribution: "uniform" }, "GlorotUniform");
/** Glorot (Xavier) truncated normal: stddev √(2 / (fanIn + fanOut)). */
export const glorotNormal = (o: Seeded = {}) => varianceScaling({ ...o, scale: 1, mode: "fanAvg", distribution: "truncatedNormal" }, "GlorotNormal");
/** He uniform: limit √(6 / fanIn), for ReLU layers. */
export const heUniform = (o: Seeded = {}) => varianceScaling({ ...o, scale: 2, mode: "fanIn", distribution: "uniform" }, "HeUniform");
/** He truncated normal: stddev √(2 / fanIn), for ReLU layers. */
export const heNormal = (o: Seeded = {}) => varianceScaling({ ...o, scale: 2, mode: "fanIn", distribution: "truncatedNormal" }, "HeNormal");
/** LeCun uniform: limit √(3 / fanIn), for SELU layers. */
export const lecunUniform = (o: Seeded = {}) => varianceScaling({ ...o, scale: 1, mode: "fanIn", distribution: "uniform" }, "LecunUniform");
/** LeCun truncated normal: stddev √(1 / fanIn), for SELU layers. */
export const lecunNormal = (o: Seeded = {}) => varianceScaling({ ...o, scale: 1, mode: "fanIn", distribution: "truncatedNormal" }, "LecunNormal");

const byName: Record<string, (o?: Record<string, unknown>) => Initializer> = {
  zeros, ones, constant: (o) => constant(o as { value: number }), randomNormal, randomUniform, truncatedNormal,
  glorotUniform, glorotNormal, heUniform, heNormal, lecunUniform, lecunNormal, varianceScaling,
};

/** An initializer from a Keras/TF.js name ("glorotUniform", "GlorotUniform", "glorot_uniform") or an instance. */
export function getInitializer(id: string | Initializer, config: Record<string, unknown> = {}): Initializer {
  if (typeof id !== "string") return id;
  const key = id.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^[A-Z]/, (c) => c.toLowerCase());
  const f = byName[key];
  if (!f) throw new NeuriteError("BAD_ARGUMENT", `unknown initializer "${id}"; known: ${Object.keys(byName).join(", ")}`);
  return f(config);
}
