import { NeuriteError } from "@neurite/kernels";
import { engine } from "./engine.js";
import { fmt, shapesEqual } from "./shape.js";
import { Tensor } from "./tensor.js";
import { toTensor, type TensorInput } from "./create.js";

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
    if (!(value instanceof Tensor)) throw new NeuriteError("BAD_ARGUMENT", `assign to variable "${this.name}": expected a Tensor, got ${typeof value}`);
    if (!shapesEqual(value.shape, this.shape) || value.dtype !== this.dtype) {
      throw new NeuriteError(
        "SHAPE_MISMATCH",
        `assign to variable "${this.name}": got ${value.dtype} ${fmt(value.shape)}, expected ${this.dtype} ${fmt(this.shape)}`,
      );
    }
    engine.copyData(value, this);
  }
}

/** A trainable (by default) variable initialised with a copy of `init` (a tensor, or values `tensor()` accepts). */
export function variable(init: Tensor | TensorInput, options: { trainable?: boolean; name?: string } = {}): Variable {
  if (init instanceof Tensor) {
    if (init.isDisposed) throw new NeuriteError("DISPOSED", `variable: the initial tensor (#${init.id}, shape ${fmt(init.shape)}) was disposed`);
    return new Variable(init, options);
  }
  const t = toTensor(init, "variable");
  try {
    return new Variable(t, options);
  } finally {
    t.dispose();
  }
}
