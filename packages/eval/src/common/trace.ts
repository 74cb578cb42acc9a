import * as nt from "@neurite/core";
import { Model, Sequential, type Layer } from "@neurite/layers";

type Visit = (layer: Layer, input: nt.Tensor) => void;

/** Every non-model layer inside a model, depth first. */
export function leafLayers(model: Model): Layer[] {
  return model.layers.flatMap((l) => (l instanceof Model ? leafLayers(l) : [l]));
}

/**
 * Runs the model on x in inference mode and calls visit(layer, input) after every
 * layer it applies (so the layer is built). A Sequential is walked layer by layer; a subclassed model's
 * call() is opaque, so its layers' apply() is wrapped for the duration of the call.
 * Tensors made here are not tidied: call it inside nt.tidy.
 */
export function traceLayers(model: Model, x: nt.Tensor, visit: Visit): nt.Tensor {
  if (model instanceof Sequential) {
    let h = x;
    for (const l of model.layers) {
      if (l instanceof Model) h = traceLayers(l, h, visit);
      else {
        const input = h;
        h = l.apply(input, { training: false });
        visit(l, input);
      }
    }
    return h;
  }
  const wrapped = leafLayers(model).map((l) => {
    const own = Object.getOwnPropertyDescriptor(l, "apply");
    const apply = l.apply;
    l.apply = (input: nt.Tensor, args) => {
      const out = apply.call(l, input, args);
      visit(l, input);
      return out;
    };
    return { l, own };
  });
  try {
    return model.apply(x, { training: false });
  } finally {
    for (const { l, own } of wrapped) {
      if (own) Object.defineProperty(l, "apply", own);
      else delete (l as { apply?: unknown }).apply;
    }
  }
}
