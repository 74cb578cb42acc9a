import type { Initializer } from "@neurite/core";

/** The VarianceScaling settings behind each named family, as TF.js writes them ("normal" is TF.js's truncated normal). */
const FAMILIES: Record<string, { scale: number; mode: string; distribution: string }> = {
  GlorotUniform: { scale: 1, mode: "fan_avg", distribution: "uniform" },
  GlorotNormal: { scale: 1, mode: "fan_avg", distribution: "normal" },
  HeUniform: { scale: 2, mode: "fan_in", distribution: "uniform" },
  HeNormal: { scale: 2, mode: "fan_in", distribution: "normal" },
  LecunUniform: { scale: 1, mode: "fan_in", distribution: "uniform" },
  LecunNormal: { scale: 1, mode: "fan_in", distribution: "normal" },
};

const MODES: Record<string, string> = { fanIn: "fan_in", fanOut: "fan_out", fanAvg: "fan_avg" };
const DISTRIBUTIONS: Record<string, string> = { truncatedNormal: "normal", untruncatedNormal: "untruncated_normal", uniform: "uniform" };

/**
 * {class_name, config} as TF.js writes initializers: the Glorot/He/LeCun
 * families become VarianceScaling with snake_case mode, as in TF.js's files.
 */
export function serializeInitializer(init: Initializer): { class_name: string; config: Record<string, unknown> } {
  const config = init.getConfig();
  const family = FAMILIES[init.className];
  if (family) return { class_name: "VarianceScaling", config: { ...family, seed: config.seed ?? null } };
  if (init.className === "VarianceScaling") {
    const { mode, distribution } = config as { mode: string; distribution: string };
    return { class_name: "VarianceScaling", config: { ...config, mode: MODES[mode] ?? mode, distribution: DISTRIBUTIONS[distribution] ?? distribution } };
  }
  return { class_name: init.className, config };
}
