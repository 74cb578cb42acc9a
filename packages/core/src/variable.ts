import { NeuriteError } from "@neurite/kernels";
import { engine } from "./engine.js";
import { fmt, shapesEqual } from "./shape.js";
import { Tensor } from "./tensor.js";

let nextVar = 0;

/** A mutable tensor: weights and optimizer state. Never disposed by tidy. */
export class Variable extends Tensor {
  trainable: boolean;
  name: string;

  /** @internal Use `variable()`. */
  constructor(init: Tensor, options: { trainable?: boolean; name?: string } = {}) {
    super(init.shape, init.dtype, engine.allocRef(init.shape, init.dtype, "variable"));
    engine.track(this, false);
    engine.copyData(init, this);
    this.trainable = options.trainable ?? true;
    this.name = options.name ?? `variable_${nextVar++}`;
  }

  /** Copies `value` into this variable (same shape and dtype). */
  assign(value: Tensor): void {
    if (!shapesEqual(value.shape, this.shape) || value.dtype !== this.dtype) {
      throw new NeuriteError(
        "SHAPE_MISMATCH",
        `assign to variable "${this.name}": got ${value.dtype} ${fmt(value.shape)}, expected ${this.dtype} ${fmt(this.shape)}`,
      );
    }
    engine.copyData(value, this);
  }
}

/** A trainable (by default) variable initialised with a copy of `init`. */
export function variable(init: Tensor, options: { trainable?: boolean; name?: string } = {}): Variable {
  return new Variable(init, options);
}
