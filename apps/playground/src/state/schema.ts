/**
 * The app's whole state: one typed table. Every control reads and writes a
 * field here, the URL hash is this table serialised (codec.ts), and the
 * worker rebuilds data and network from it, so a link reproduces a run.
 */

export const PROBLEMS = ["classification", "regression"] as const;
export type Problem = (typeof PROBLEMS)[number];

export const CLASSIFICATION_SETS = ["circle", "xor", "gauss", "spiral", "blobs", "spiralK"] as const;
export const REGRESSION_SETS = ["plane", "multiGauss"] as const;
/** "csv" is the user's uploaded file (kept in localStorage under `csv`, the content hash). */
export const DATASETS = [...CLASSIFICATION_SETS, ...REGRESSION_SETS, "csv"] as const;
export type DatasetName = (typeof DATASETS)[number];
/** The sets with a class-count control. */
export const MULTICLASS_SETS: readonly DatasetName[] = ["blobs", "spiralK"];

export const FEATURES = ["x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"] as const;
export type FeatureName = (typeof FEATURES)[number];

export const ACTIVATIONS = ["relu", "tanh", "sigmoid", "linear"] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const REGULARIZATIONS = ["none", "l1", "l2"] as const;
export type RegularizationName = (typeof REGULARIZATIONS)[number];

export const OPTIMIZERS = ["sgd", "momentum", "adam", "rmsprop"] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** TensorFlow Playground's learning-rate and regularization-rate menus. */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

/** Epochs trained per drawn frame; 0 trains as fast as the worker can (the display samples it). */
export const SPEEDS = [1, 10, 100, 0] as const;

/** Past TensorFlow Playground's 6 layers × 8 neurons. */
export const MAX_LAYERS = 10;
export const MAX_UNITS = 32;
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 6;
export const MAX_BATCH = 100;
export const MAX_SEED = 2 ** 31 - 1;

export interface AppState {
  problem: Problem;
  dataset: DatasetName;
  /** Class count of the multi-class sets (blobs, spiralK). */
  classes: number;
  /** Percent, 0 to 50 (the generators take noise / 100). */
  noise: number;
  /** Percent of the points used for training, 10 to 90. */
  trainRatio: number;
  batchSize: number;
  learningRate: number;
  activation: ActivationName;
  regularization: RegularizationName;
  regularizationRate: number;
  optimizer: OptimizerName;
  /** Epochs per frame (SPEEDS); the Playground trains one. */
  speed: number;
  /** Enabled input features, in FEATURES order. */
  features: FeatureName[];
  /** Neurons per hidden layer. */
  hidden: number[];
  /** Seeds the data and the initial weights. */
  seed: number;
  showTestData: boolean;
  discretize: boolean;
  /** Content hash of the uploaded CSV; "" when none. */
  csv: string;
}

/** TensorFlow Playground's defaults, plus ours for the added fields. */
export const DEFAULTS: Readonly<AppState> = Object.freeze<AppState>({
  problem: "classification",
  dataset: "circle",
  classes: 3,
  noise: 0,
  trainRatio: 50,
  batchSize: 10,
  learningRate: 0.03,
  activation: "tanh",
  regularization: "none",
  regularizationRate: 0,
  optimizer: "sgd",
  speed: 1,
  features: ["x1", "x2"],
  hidden: [4, 2],
  seed: 1,
  showTestData: false,
  discretize: false,
  csv: "",
});

/** A fresh, mutable copy of the defaults. */
export function defaultState(): AppState {
  return { ...DEFAULTS, features: [...DEFAULTS.features], hidden: [...DEFAULTS.hidden] };
}

/** The datasets offered for a problem type. */
export function datasetsFor(problem: Problem): readonly DatasetName[] {
  return problem === "classification" ? CLASSIFICATION_SETS : REGRESSION_SETS;
}

const clampInt = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

/**
 * Makes a state consistent: the dataset belongs to the problem type (an
 * uploaded CSV goes with either), numbers sit in their ranges, features keep
 * FEATURES order with at least one enabled.
 */
export function normalize(s: AppState): AppState {
  const dataset = s.dataset === "csv" || datasetsFor(s.problem).includes(s.dataset) ? s.dataset : datasetsFor(s.problem)[0]!;
  const features = FEATURES.filter((f) => s.features.includes(f));
  return {
    ...s,
    dataset,
    classes: clampInt(s.classes, MIN_CLASSES, MAX_CLASSES),
    noise: clampInt(s.noise, 0, 50),
    trainRatio: clampInt(s.trainRatio, 10, 90),
    batchSize: clampInt(s.batchSize, 1, MAX_BATCH),
    speed: Math.max(0, Math.round(s.speed)),
    features: features.length > 0 ? features : ["x1"],
    hidden: s.hidden.slice(0, MAX_LAYERS).map((u) => clampInt(u, 1, MAX_UNITS)),
    seed: clampInt(s.seed, 0, MAX_SEED),
  };
}
