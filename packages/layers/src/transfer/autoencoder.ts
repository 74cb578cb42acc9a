import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Dropout } from "../layers/basic.js";
import { Dense } from "../layers/dense.js";
import type { Layer } from "../layer.js";
import { Sequential } from "../sequential.js";
import type { CallbackLike } from "../training/callbacks.js";
import type { History } from "../training/history.js";
import { GaussianNoise } from "./noise.js";

/** Arguments of autoencoder(). */
export interface AutoencoderArgs {
  inputDim: number;
  /** Encoder widths, outermost first; the last is the code size ([128, 64]). */
  layers: number[];
  /** Activation of the encoder and of the decoder's hidden layers (default "relu"). */
  activation?: string;
  /** Activation of the reconstruction (default "sigmoid", for inputs in [0, 1]; "linear" for unbounded data). */
  outputActivation?: string;
  /**
   * Corrupt the input while training, not the target: "gaussian" adds noise
   * of standard deviation `rate`; "mask" drops a fraction `rate` of the
   * inputs (inverted dropout: kept inputs are scaled by 1/(1−rate), as Keras's
   * Dropout does, so the expected input is unchanged).
   */
  denoising?: { noise: "gaussian" | "mask"; rate: number; seed?: number };
  /** Let pretrain() train one layer at a time on the codes of the layers below (Bengio et al., 2007). */
  greedyLayerWise?: boolean;
}

/** Options of Autoencoder.pretrain(). */
export interface PretrainArgs {
  epochs?: number;
  batchSize?: number;
  /** An optimizer name, or a factory: every stage gets a fresh optimizer (default "adam"). */
  optimizer?: string | (() => nt.Optimizer);
  /** Reconstruction loss of the input (default binaryCrossentropy with a sigmoid output, else meanSquaredError); inner greedy stages use meanSquaredError. */
  loss?: string;
  /** With greedyLayerWise, epochs of end-to-end training after the stages (default 0). */
  endToEndEpochs?: number;
  callbacks?: CallbackLike[];
  verbose?: number;
}

/** An encoder (reusable in a classifier), its mirror decoder, and the model chaining them with the optional corruption in front. */
export interface Autoencoder {
  encoder: Sequential;
  decoder: Sequential;
  /** [corruption?] → encoder → decoder; its layers are the encoder's and decoder's (shared). */
  model: Sequential;
  /** Trains on x (no labels): end to end, or layer by layer with greedyLayerWise; returns each stage's history. */
  pretrain(x: nt.Tensor, args?: PretrainArgs): Promise<History[]>;
}

function stack(layers: Layer[], inputDim: number): Sequential {
  const s = new Sequential({ layers });
  s.batchInputShape = [null, inputDim];
  return s;
}

function corruption(d: NonNullable<AutoencoderArgs["denoising"]>): Layer {
  const common = { seed: d.seed };
  if (d.noise === "gaussian") return new GaussianNoise({ ...common, stddev: d.rate });
  if (d.noise === "mask") return new Dropout({ ...common, rate: d.rate });
  throw new NeuriteError("BAD_ARGUMENT", `autoencoder: denoising.noise must be "gaussian" or "mask", got ${JSON.stringify(d.noise)}`);
}

function checkArgs(a: AutoencoderArgs): void {
  if (!Number.isInteger(a.inputDim) || a.inputDim <= 0) throw new NeuriteError("BAD_ARGUMENT", `autoencoder: inputDim must be a positive integer, got ${a.inputDim}`);
  if (!Array.isArray(a.layers) || a.layers.length === 0 || a.layers.some((u) => !Number.isInteger(u) || u <= 0)) {
    throw new NeuriteError("BAD_ARGUMENT", `autoencoder: layers must be a non-empty list of positive integers, got ${JSON.stringify(a.layers)}`);
  }
}

/** A dense (optionally denoising, optionally greedy layer-wise) autoencoder. */
export function autoencoder(args: AutoencoderArgs): Autoencoder {
  checkArgs(args);
  const act = args.activation ?? "relu";
  const outAct = args.outputActivation ?? "sigmoid";
  const widths = [args.inputDim, ...args.layers];
  const depth = args.layers.length;
  // Only a model's first layer declares its input width (TF.js writes batch_input_shape for each layer that does).
  const enc = args.layers.map((units, i) => new Dense({ units, activation: act, ...(i === 0 && { inputShape: [args.inputDim] }) }));
  // dec[i] reconstructs the input of enc[i]; the decoder runs them innermost first.
  const dec = widths.slice(0, depth).map((units, i) => new Dense({ units, activation: i === 0 ? outAct : act }));
  const encoder = new Sequential({ layers: enc });
  const decoder = stack([...dec].reverse(), widths[depth]!);
  const front = args.denoising ? [corruption(args.denoising)] : [];
  const model = stack([...front, ...enc, ...[...dec].reverse()], args.inputDim);
  for (const m of [model, encoder, decoder]) m.ensureBuilt();
  const inputLoss = outAct === "sigmoid" ? "binaryCrossentropy" : "meanSquaredError";

  async function fitStage(stage: Sequential, x: nt.Tensor, loss: string, epochs: number, p: PretrainArgs): Promise<History> {
    const opt = p.optimizer ?? "adam";
    stage.compile({ optimizer: typeof opt === "function" ? opt() : opt, loss });
    return stage.fit(x, x, { epochs, batchSize: p.batchSize ?? 32, callbacks: p.callbacks, verbose: p.verbose ?? 0 });
  }

  async function pretrain(x: nt.Tensor, p: PretrainArgs = {}): Promise<History[]> {
    const epochs = p.epochs ?? 1;
    if (!args.greedyLayerWise) return [await fitStage(model, x, p.loss ?? inputLoss, epochs, p)];
    const histories: History[] = [];
    for (let i = 0; i < depth; i++) {
      const codes = i === 0 ? x : new Sequential({ layers: enc.slice(0, i) }).predict(x);
      try {
        const noise = args.denoising ? [corruption(args.denoising)] : [];
        const stage = stack([...noise, enc[i]!, dec[i]!], widths[i]!);
        histories.push(await fitStage(stage, codes, i === 0 ? (p.loss ?? inputLoss) : "meanSquaredError", epochs, p));
        stage.trainer?.dispose();
      } finally {
        if (codes !== x) codes.dispose();
      }
    }
    if ((p.endToEndEpochs ?? 0) > 0) histories.push(await fitStage(model, x, p.loss ?? inputLoss, p.endToEndEpochs!, p));
    return histories;
  }

  return { encoder, decoder, model, pretrain };
}
