import * as nt from "@neurite/core";
import { NeuriteError, type Initializer } from "@neurite/core";
import type { LayerArgs } from "../layer.js";
import { Regularizer } from "../regularizers.js";
import { camel, isObject } from "./names.js";

const bad = (where: string, msg: string) => new NeuriteError("BAD_MODEL_FILE", `${where}: ${msg}`);

/** Keras's distribution names: "normal" is the legacy name of truncated_normal (TF.js reads it the same way). */
const DISTRIBUTIONS: Record<string, nt.initializers.Distribution> = {
  normal: "truncatedNormal", truncated_normal: "truncatedNormal", truncatedNormal: "truncatedNormal",
  untruncated_normal: "untruncatedNormal", untruncatedNormal: "untruncatedNormal", uniform: "uniform",
};

/** The Glorot/He/LeCun families under the spellings of Keras ("LecunNormal") and TF.js ("LeCunNormal"). */
const FAMILIES: Record<string, string> = {
  GlorotUniform: "glorotUniform", GlorotNormal: "glorotNormal", HeUniform: "heUniform", HeNormal: "heNormal",
  LecunUniform: "lecunUniform", LecunNormal: "lecunNormal", LeCunUniform: "lecunUniform", LeCunNormal: "lecunNormal",
};

/** An initializer from {class_name, config} (or a bare name); undefined for null so the layer's default applies. */
export function readInitializer(v: unknown, where: string): Initializer | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string") return nt.initializers.getInitializer(v);
  if (!isObject(v) || typeof v.class_name !== "string") throw bad(where, `initializer ${JSON.stringify(v)} is not {class_name, config}`);
  const c = isObject(v.config) ? v.config : {};
  const seed = typeof c.seed === "number" ? c.seed : undefined;
  const num = (k: string) => (typeof c[k] === "number" ? (c[k] as number) : undefined);
  switch (v.class_name) {
    case "Zeros":
      return nt.initializers.zeros();
    case "Ones":
      return nt.initializers.ones();
    case "Constant":
      return nt.initializers.constant({ value: num("value") ?? 0 });
    case "RandomNormal":
      return nt.initializers.randomNormal({ mean: num("mean"), stddev: num("stddev"), seed });
    case "TruncatedNormal":
      return nt.initializers.truncatedNormal({ mean: num("mean"), stddev: num("stddev"), seed });
    case "RandomUniform":
      return nt.initializers.randomUniform({ minval: num("minval"), maxval: num("maxval"), seed });
    case "VarianceScaling": {
      const mode = camel(String(c.mode ?? "fan_in")) as nt.initializers.FanMode;
      const distribution = DISTRIBUTIONS[String(c.distribution ?? "truncated_normal")];
      if (!["fanIn", "fanOut", "fanAvg"].includes(mode) || !distribution) throw bad(where, `VarianceScaling mode/distribution ${c.mode}/${c.distribution} unknown`);
      return nt.initializers.varianceScaling({ scale: num("scale"), mode, distribution, seed });
    }
    default: {
      const family = FAMILIES[v.class_name];
      if (!family) throw bad(where, `unknown initializer class "${v.class_name}"`);
      return nt.initializers.getInitializer(family, { seed });
    }
  }
}

/** A regularizer from {class_name: "L1L2" | "L1" | "L2", config}; undefined for null. */
export function readRegularizer(v: unknown, where: string): Regularizer | undefined {
  if (v === null || v === undefined) return undefined;
  if (!isObject(v) || !["L1L2", "L1", "L2"].includes(String(v.class_name))) throw bad(where, `unknown regularizer ${JSON.stringify(v)}`);
  const c = isObject(v.config) ? v.config : {};
  return new Regularizer(Number(c.l1 ?? 0), Number(c.l2 ?? 0));
}

/** Refuses settings Neurite's layers do not have (constraints, per-weight regularizers of BatchNormalization, …). */
export function refuseSet(c: Record<string, unknown>, keys: readonly string[], where: string): void {
  for (const k of keys) {
    if (c[k] !== null && c[k] !== undefined) throw new NeuriteError("UNSUPPORTED", `${where}: ${k} ${JSON.stringify(c[k])} is not supported`);
  }
}

/** name, trainable and input shape, common to every layer; refuses dtypes other than float32. */
export function commonArgs(c: Record<string, unknown>, where: string): LayerArgs {
  const dtype = isObject(c.dtype) ? (isObject(c.dtype.config) ? c.dtype.config.name : undefined) : c.dtype;
  if (dtype !== undefined && dtype !== null && dtype !== "float32") {
    throw new NeuriteError("UNSUPPORTED", `${where}: dtype ${JSON.stringify(dtype)}; Neurite layers compute in float32`);
  }
  // Keras 3 writes batch_shape where Keras 2 and TF.js write batch_input_shape.
  const shape = c.batch_input_shape ?? c.batch_shape;
  if (shape !== undefined && shape !== null && !(Array.isArray(shape) && shape.every((d) => d === null || typeof d === "number"))) {
    throw bad(where, `batch_input_shape ${JSON.stringify(shape)} is not a list of sizes`);
  }
  return {
    ...(typeof c.name === "string" && { name: c.name }),
    ...(typeof c.trainable === "boolean" && { trainable: c.trainable }),
    ...(Array.isArray(shape) && { batchInputShape: shape as (number | null)[] }),
  };
}
