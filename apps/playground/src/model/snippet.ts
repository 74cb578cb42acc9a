/** The TypeScript that rebuilds an exported playground network and loads its weights. */
import { FEATURE_INFO } from "./features.js";
import type { NetworkSpec } from "./spec.js";

const num = (v: number) => String(Number(v.toPrecision(6)));

/** The optimizer as code: "momentum" is SGD with momentum 0.9. */
export function optimizerCode(spec: NetworkSpec): string {
  const lr = `learningRate: ${num(spec.optimizer.learningRate)}`;
  switch (spec.optimizer.name) {
    case "sgd": return `nt.optimizers.sgd({ ${lr} })`;
    case "momentum": return `nt.optimizers.sgd({ ${lr}, momentum: 0.9 })`;
    case "adam": return `nt.optimizers.adam({ ${lr} })`;
    case "rmsprop": return `nt.optimizers.rmsprop({ ${lr} })`;
  }
}

function denseCode(units: number, activation: string, spec: NetworkSpec, first: boolean): string {
  const parts = [`units: ${units}`, `activation: "${activation}"`];
  if (first) parts.push(`inputShape: [${spec.features.length}]`);
  if (spec.regularization.kind !== "none") parts.push(`kernelRegularizer: nt.regularizers.${spec.regularization.kind}(${num(spec.regularization.rate)})`);
  return `  nt.layers.dense({ ${parts.join(", ")} }),`;
}

function outputComment(spec: NetworkSpec, target: { center: number; scale: number }): string {
  if (spec.output.activation === "sigmoid") return "// p[0] is the probability of class 1.";
  if (spec.output.activation === "softmax") return `// p holds the ${spec.output.units} class probabilities.`;
  if (target.scale === 1 && target.center === 0) return "// p[0] is the predicted value.";
  return `// p[0] is on the playground's scale; in the file's units: p[0] / ${num(target.scale)} + ${num(target.center)}.`;
}

/**
 * A snippet that loads model.json (TF.js layers format) and, to show the
 * architecture in code, rebuilds the same network and copies the weights in.
 */
export function modelSnippet(spec: NetworkSpec, target: { center: number; scale: number } = { center: 0, scale: 1 }): string {
  const t = spec.transform;
  const rescale = t.scale !== 1 || t.center[0] !== 0 || t.center[1] !== 0
    ? [
      "  // The playground rescaled the uploaded points; do the same here.",
      `  x1 = (x1 - ${num(t.center[0])}) * ${num(t.scale)};`,
      `  x2 = (x2 - ${num(t.center[1])}) * ${num(t.scale)};`,
    ]
    : [];
  const layers = [
    ...spec.hidden.map((u, i) => denseCode(u, spec.activation, spec, i === 0)),
    denseCode(spec.output.units, spec.output.activation, spec, spec.hidden.length === 0),
  ];
  return [
    'import * as nt from "neurite";',
    "",
    "await nt.ready();",
    "// The files the playground downloaded (model.json next to model.weights.bin); in a browser, an http(s):// URL.",
    'const model = await nt.loadModel("file://./model.json");',
    "",
    "/** The network's inputs for a point (x1, x2): the playground's features. */",
    "function features(x1: number, x2: number): number[] {",
    ...rescale,
    `  return [${spec.features.map((f) => FEATURE_INFO[f].code).join(", ")}];`,
    "}",
    "",
    "const p = model.predict(nt.tensor([features(1, -2)])).data();",
    outputComment(spec, target),
    "",
    "// The same network in code; the loaded weights drop straight in.",
    "const rebuilt = nt.sequential([",
    ...layers,
    "]);",
    `rebuilt.build([null, ${spec.features.length}]);`,
    "rebuilt.setWeights(model.getWeights());",
    `rebuilt.compile({ optimizer: ${optimizerCode(spec)}, loss: "${spec.loss}" });`,
    "",
  ].join("\n");
}
