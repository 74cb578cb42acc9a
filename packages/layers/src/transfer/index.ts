// Transfer learning: model surgery, freezing, per-group learning rates,
// autoencoder pretraining and supervised fine-tuning with staged unfreezing.
export { truncate, replaceHead, setTrainable, type SurgeryOptions } from "./surgery.js";
export { MultiOptimizer, multiOptimizer, type OptimizerGroup } from "./multi-optimizer.js";
export { GaussianNoise } from "./noise.js";
export { autoencoder, type Autoencoder, type AutoencoderArgs, type PretrainArgs } from "./autoencoder.js";
export { GradualUnfreezing, gradualUnfreezing, type UnfreezeStage } from "./unfreeze.js";
export { fineTune, type FineTuneArgs, type FineTuneSetup } from "./fine-tune.js";
