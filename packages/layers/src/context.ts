/**
 * Whether layers run in training mode when a call does not say: fit() sets it
 * for the forward pass, so a Dropout deep inside a subclassed model's call()
 * behaves like Keras's without the user threading a flag through.
 */
const stack: boolean[] = [];

export function inTraining(): boolean {
  return stack[stack.length - 1] ?? false;
}

export function withTraining<T>(training: boolean, fn: () => T): T {
  stack.push(training);
  try {
    return fn();
  } finally {
    stack.pop();
  }
}
