import { NeuriteError } from "@neurite/core";
import { Layer } from "../layer.js";
import { Activation, Dropout, Flatten, InputLayer } from "../layers/basic.js";
import { BatchNormalization } from "../layers/batchnorm.js";
import { Dense } from "../layers/dense.js";
import { commonArgs, readInitializer, readRegularizer, refuseSet } from "./config-values.js";
import { camelKeys, fromFile } from "./names.js";

type Config = Record<string, unknown>;
/** Per-sample shape flowing into the layer, when the loader knows it (batch axis first). */
type Shape = (number | null)[] | undefined;

/**
 * A layer class loadModel can rebuild: `new cls(args)` with the config's keys
 * in camelCase, or the class's own static `fromConfig(config)` if it has one.
 */
export type LayerClass = (new (args: never) => Layer) & { fromConfig?: (config: Config) => Layer };

type Builder = (config: Config, where: string, inputShape: Shape) => Layer;

const CONSTRAINTS = ["kernel_constraint", "bias_constraint", "beta_constraint", "gamma_constraint"];

/** TF.js and Keras configs of the built-in layers, read key by key (other keys, like Keras's extras, are ignored). */
const builtins: Record<string, Builder> = {
  Dense: (c, w) => {
    refuseSet(c, CONSTRAINTS, w);
    return new Dense({
      ...commonArgs(c, w), units: c.units as number, activation: c.activation as string | null | undefined,
      useBias: (c.use_bias as boolean | undefined) ?? true,
      kernelInitializer: readInitializer(c.kernel_initializer, w), biasInitializer: readInitializer(c.bias_initializer, w),
      kernelRegularizer: readRegularizer(c.kernel_regularizer, w), biasRegularizer: readRegularizer(c.bias_regularizer, w),
      activityRegularizer: readRegularizer(c.activity_regularizer, w),
    });
  },
  Activation: (c, w) => new Activation({ ...commonArgs(c, w), activation: c.activation as string }),
  Dropout: (c, w) => {
    refuseSet(c, ["noise_shape"], w);
    return new Dropout({ ...commonArgs(c, w), rate: c.rate as number, seed: typeof c.seed === "number" ? c.seed : undefined });
  },
  Flatten: (c, w) => {
    if (c.data_format === "channels_first") throw new NeuriteError("UNSUPPORTED", `${w}: data_format "channels_first" is not supported`);
    return new Flatten(commonArgs(c, w));
  },
  InputLayer: (c, w) => {
    if (c.sparse === true || c.ragged === true) throw new NeuriteError("UNSUPPORTED", `${w}: sparse and ragged inputs are not supported`);
    return new InputLayer(commonArgs(c, w));
  },
  BatchNormalization: (c, w, inputShape) => {
    refuseSet(c, [...CONSTRAINTS, "beta_regularizer", "gamma_regularizer"], w);
    // Keras stores axis as a list of non-negative axes once built ([1] for 2-D input): map the last one to -1.
    let axis = Array.isArray(c.axis) && c.axis.length === 1 ? c.axis[0] : (c.axis ?? -1);
    if (typeof axis === "number" && axis >= 0 && inputShape && axis === inputShape.length - 1) axis = -1;
    return new BatchNormalization({
      ...commonArgs(c, w), axis: axis as number, momentum: c.momentum as number | undefined, epsilon: c.epsilon as number | undefined,
      center: c.center as boolean | undefined, scale: c.scale as boolean | undefined,
      betaInitializer: readInitializer(c.beta_initializer, w), gammaInitializer: readInitializer(c.gamma_initializer, w),
      movingMeanInitializer: readInitializer(c.moving_mean_initializer, w),
      movingVarianceInitializer: readInitializer(c.moving_variance_initializer, w),
    });
  },
};

const custom = new Map<string, LayerClass>();

/** Lets loadModel rebuild layers saved under `className` (give custom layers a `static className`: minifiers rename classes). */
export function registerLayer(className: string, cls: LayerClass): void {
  if (typeof className !== "string" || className === "") throw new NeuriteError("BAD_ARGUMENT", "registerLayer: className must be a non-empty string");
  if (typeof cls !== "function") throw new NeuriteError("BAD_ARGUMENT", `registerLayer(${className}): expected a Layer class`);
  custom.set(className, cls);
}

/** Rebuilds one {class_name, config} entry of a topology. */
export function layerFromConfig(className: string, config: Config, where: string, inputShape: Shape): Layer {
  const w = `${where}: layer ${JSON.stringify(config.name ?? "?")} (${className})`;
  const cls = custom.get(className);
  const layer = fromFile(w, () => {
    if (cls) return cls.fromConfig ? cls.fromConfig(config) : new cls(camelKeys(config) as never);
    const build = builtins[className];
    if (!build) {
      throw new NeuriteError("BAD_MODEL_FILE", `${where}: unknown layer class "${className}"; register it with registerLayer("${className}", cls)`);
    }
    return build(config, w, inputShape);
  });
  if (!(layer instanceof Layer)) throw new NeuriteError("BAD_MODEL_FILE", `${w}: the registered class did not make a Layer`);
  return layer;
}
