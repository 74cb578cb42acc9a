/**
 * Whether layers run in training mode when a call does not say: fit() sets it
 * for the forward pass, so a Dropout deep inside a subclassed model's call()
 * behaves like Keras's without the user threading a flag through.
 */
const stack: boolean[] = [];

/** Whether layers run in training mode when a call does not say (true inside fit()'s forward pass). */
export function inTraining(): boolean {
  return stack[stack.length - 1] ?? false;
}

/** Runs fn with layers in training (or inference) mode unless a call says otherwise. */
export function withTraining<T>(training: boolean, fn: () => T): T {
  return withPushed(stack, training, fn);
}

/** @internal Runs fn with `value` on top of `stack` (a dynamic scope), popped however fn ends. */
export function withPushed<V, T>(stack: V[], value: V, fn: () => T): T {
  stack.push(value);
  try {
    return fn();
  } finally {
    stack.pop();
  }
}
