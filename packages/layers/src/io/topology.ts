import { NeuriteError } from "@neurite/core";
import { Sequential } from "../sequential.js";
import { isObject } from "./names.js";
import { layerFromConfig } from "./registry.js";

type Shape = (number | null)[] | undefined;
type Entry = { class_name: string; config: Record<string, unknown> };

const bad = (msg: string) => new NeuriteError("BAD_MODEL_FILE", msg);

function entry(v: unknown, where: string): Entry {
  if (!isObject(v) || typeof v.class_name !== "string" || !isObject(v.config)) throw bad(`${where}: layer entry ${JSON.stringify(v)} is not {class_name, config}`);
  return v as Entry;
}

/** Builds a Sequential from its config: {name, layers} (Keras < 2.3 wrote the bare list of layers). */
function sequentialFromConfig(config: unknown, where: string): Sequential {
  const layers = Array.isArray(config) ? config : isObject(config) ? config.layers : undefined;
  if (!Array.isArray(layers)) throw bad(`${where}: a Sequential's config needs "layers"`);
  const name = isObject(config) && typeof config.name === "string" ? config.name : undefined;
  const model = new Sequential(name === undefined ? {} : { name });
  // Keras 2.x records the shape a model was built for when no layer declares one.
  const built = isObject(config) && Array.isArray(config.build_input_shape) ? (config.build_input_shape as (number | null)[]) : undefined;
  let shape: Shape = built;
  for (const v of layers) {
    const e = entry(v, where);
    if (e.class_name === "Sequential") throw new NeuriteError("UNSUPPORTED", `${where}: a Sequential nested in a Sequential is not supported`);
    const layer = layerFromConfig(e.class_name, e.config, where, shape);
    model.append(layer, false);
    const s = layer.batchInputShape ?? shape;
    shape = s && layer.computeOutputShape(s);
  }
  if (!model.batchInputShape && built) model.batchInputShape = built;
  return model;
}

/** The names of the layers feeding a functional layer, from TF.js/Keras 2 or Keras 3 inbound_nodes. */
function inboundNames(layer: Record<string, unknown>, where: string): string[] {
  const nodes = layer.inbound_nodes ?? [];
  if (!Array.isArray(nodes)) throw bad(`${where}: inbound_nodes of ${String(layer.name)} must be a list`);
  if (nodes.length > 1) throw new NeuriteError("UNSUPPORTED", `${where}: layer ${String(layer.name)} is called ${nodes.length} times (shared layers)`);
  if (nodes.length === 0) return [];
  const node = nodes[0];
  const tensors = Array.isArray(node) ? node : isObject(node) && Array.isArray(node.args) ? node.args.flat() : [];
  return tensors.map((t: unknown) => {
    const history = isObject(t) && isObject(t.config) ? t.config.keras_history : t;
    if (!Array.isArray(history) || typeof history[0] !== "string") throw bad(`${where}: cannot read an inbound node of ${String(layer.name)}`);
    return history[0];
  });
}

/**
 * A functional model ("Model"/"Functional") that is a plain chain, one input
 * to one output, becomes a Sequential; anything with branches is refused.
 */
function chainFromFunctional(config: unknown, where: string): Sequential {
  if (!isObject(config) || !Array.isArray(config.layers)) throw bad(`${where}: a functional model's config needs "layers"`);
  const ends = (k: string) => (Array.isArray(config[k]) ? (config[k] as unknown[]) : []);
  const [inputs, outputs] = [ends("input_layers"), ends("output_layers")];
  if (inputs.length !== 1 || outputs.length !== 1) throw new NeuriteError("UNSUPPORTED", `${where}: functional models with ${inputs.length} inputs and ${outputs.length} outputs are not supported (only single chains)`);
  const head = (v: unknown) => (Array.isArray(v) && typeof v[0] === "string" ? v[0] : String(v));
  const byName = new Map(config.layers.map((l) => [isObject(l) ? String(l.name ?? (isObject(l.config) ? l.config.name : "")) : "", l]));
  const chain: Record<string, unknown>[] = [];
  for (let name: string | undefined = head(outputs[0]); name !== undefined; ) {
    const layer = byName.get(name);
    if (!isObject(layer)) throw bad(`${where}: functional model refers to a missing layer "${name}"`);
    if (chain.length === config.layers.length) throw bad(`${where}: the functional model's inbound_nodes form a cycle`);
    chain.unshift(layer);
    const from = inboundNames(layer, where);
    if (from.length > 1) throw new NeuriteError("UNSUPPORTED", `${where}: layer "${name}" merges ${from.length} inputs; only single chains load as Sequential`);
    name = from[0];
  }
  if (chain.length !== config.layers.length || String(chain[0]!.name) !== head(inputs[0])) {
    throw new NeuriteError("UNSUPPORTED", `${where}: the functional model is not a single chain from its input to its output`);
  }
  const name = typeof config.name === "string" ? config.name : undefined;
  return sequentialFromConfig({ name, layers: chain.map((l) => ({ class_name: l.class_name, config: l.config })) }, where);
}

/** The model described by a modelTopology (a Keras-converted one nests it under model_config). */
export function modelFromTopology(topology: Record<string, unknown>, where: string): Sequential {
  const t = isObject(topology.model_config) ? topology.model_config : topology;
  switch (t.class_name) {
    case "Sequential":
      return sequentialFromConfig(t.config, where);
    case "Model":
    case "Functional":
      return chainFromFunctional(t.config, where);
    default:
      throw bad(`${where}: modelTopology class_name ${JSON.stringify(t.class_name)} is not a Sequential or functional Model`);
  }
}
