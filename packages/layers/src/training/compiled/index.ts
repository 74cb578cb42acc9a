// The compiled training step (DESIGN.md §2). fit() traces a Sequential chain
// of Dense/Activation/Dropout/Flatten/InputLayer, its built-in loss, metrics
// and optimizer into a plan (kernels ABI.md, "plan.ts") over buffers
// allocated once per fit; runPlan replays it inside wasm, a whole chunk of
// batches per crossing. Weights and optimizer slots stay in the Variables'
// own memory, so eager and compiled steps share state.
//
// Numbers: ops are the eager step's kernels with the eager step's arguments,
// so unfused the weights match it bit for bit. By default a final softmax +
// (sparse) categorical cross-entropy becomes softmaxCrossEntropy on the
// logits, and sigmoid + binary cross-entropy becomes sigmoidCrossEntropy, as
// Keras does: equal to the eager path up to float rounding (and better
// behaved where the eager path clips probabilities at 1e-7).
//
// Eager instead (Trainer.lastRunnerReason says which): subclassed models,
// other layers (BatchNormalization, …), the exponential activation, activity
// regularizers, custom losses, clipNorm/globalClipNorm, other optimizers
// (DP-SGD), metrics without a plan counter, labels the loss would reject,
// data on another backend.
export { compileRunner, type CompileOptions } from "./runner.js";
export { Unsupported } from "./analyze.js";
