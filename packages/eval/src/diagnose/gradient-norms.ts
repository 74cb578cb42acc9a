import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { Model, type LossFn } from "@neurite/layers";
import { asTensor, type DataInput } from "../common/tensors.js";
import { leafLayers } from "../common/trace.js";

/** Options of gradientNorms. */
export interface GradientNormsOptions {
  /** Default: the loss the model was compiled with. */
  loss?: LossFn;
  /** Forward pass in training mode (dropout on), default false. */
  training?: boolean;
  /** A layer whose norm is below this fraction of the largest layer norm has vanishing gradients (default 1e-3). */
  vanishingRatio?: number;
  /** A norm above this (or not finite) is exploding (default 1e3). */
  explodingNorm?: number;
}

/** One layer's gradient norm and its flags. */
export interface LayerGradientNorm {
  layer: string;
  /** L2 norm over all the layer's trainable weights. */
  norm: number;
  weights: { name: string; norm: number }[];
}

/** gradientNorms's result: per-layer norms and the vanishing and exploding layers. */
export interface GradientNormsReport {
  loss: number;
  layers: LayerGradientNorm[];
  /** L2 norm over every trainable weight (what clipnorm-style clipping sees). */
  globalNorm: number;
  warning: "vanishing" | "exploding" | null;
  message: string;
}

function l2(g: nt.Tensor): number {
  let s = 0;
  for (const v of g.data()) s += v * v;
  return Math.sqrt(s);
}

/**
 * Per-layer L2 norms of the loss gradient on (x, y), in layer order, with a
 * warning when a layer's gradient is vanishing (tiny next to the largest layer's)
 * or exploding (huge or not finite).
 */
export function gradientNorms(model: Model, x: DataInput, y: DataInput, options: GradientNormsOptions = {}): GradientNormsReport {
  if (!(model instanceof Model)) throw new NeuriteError("BAD_ARGUMENT", "gradientNorms: expects a Model");
  const lossFn = options.loss ?? model.trainer?.loss.fn;
  if (!lossFn) throw new NeuriteError("BAD_ARGUMENT", "gradientNorms: compile the model or pass options.loss");
  const xs = asTensor("gradientNorms", "x", x);
  const ys = asTensor("gradientNorms", "y", y);
  try {
    const { loss, norms } = nt.tidy(() => {
      const tape = new nt.GradientTape();
      const lossT = tape.run(() => lossFn(ys.t, model.apply(xs.t, { training: options.training ?? false })));
      const vars = model.trainableWeights;
      const grads = tape.gradient(lossT, vars);
      return { loss: lossT.item(), norms: new Map(vars.map((v, i) => [v, l2(grads[i]!)])) };
    });
    const layers = leafLayers(model).flatMap((l) => {
      const weights = l.trainableWeights.filter((v) => norms.has(v)).map((v) => ({ name: v.name, norm: norms.get(v)! }));
      if (weights.length === 0) return [];
      return [{ layer: l.name, norm: Math.hypot(...weights.map((w) => w.norm)), weights }];
    });
    const globalNorm = Math.hypot(...[...norms.values()]);
    const largest = Math.max(...layers.map((l) => l.norm));
    const exploding = layers.filter((l) => !Number.isFinite(l.norm) || l.norm > (options.explodingNorm ?? 1e3));
    const vanishing = layers.filter((l) => l.norm < (options.vanishingRatio ?? 1e-3) * largest || largest === 0);
    const names = (ls: LayerGradientNorm[]) => ls.map((l) => l.layer).join(", ");
    if (exploding.length) {
      return { loss, layers, globalNorm, warning: "exploding", message: `Exploding gradients in ${names(exploding)}: lower the learning rate, clip gradients or normalise inputs.` };
    }
    if (vanishing.length) {
      return { loss, layers, globalNorm, warning: "vanishing", message: `Vanishing gradients in ${names(vanishing)}: try ReLU-family activations, He initialisation, BatchNormalization or fewer layers.` };
    }
    return { loss, layers, globalNorm, warning: null, message: "Gradient norms look healthy." };
  } finally {
    if (xs.owned) xs.t.dispose();
    if (ys.owned) ys.t.dispose();
  }
}
