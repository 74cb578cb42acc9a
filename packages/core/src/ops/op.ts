import { engine } from "../engine.js";
import type { Tensor } from "../tensor.js";

/**
 * Records an op for autodiff when a tape is watching its inputs. `backward`
 * gets the output gradient and which inputs need one; it sits in each op's
 * file next to the forward.
 */
export function record(
  name: string,
  inputs: readonly Tensor[],
  output: Tensor,
  saved: readonly Tensor[],
  backward: (dy: Tensor, needs: readonly boolean[]) => (Tensor | null)[],
): void {
  if (!engine.recording) return;
  engine.record({ name, inputs, outputs: [output], saved, backward: (dys, needs) => backward(dys[0]!, needs) });
}
