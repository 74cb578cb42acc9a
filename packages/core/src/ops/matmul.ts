import { NeuriteError } from "@neurite/kernels";
import { toTensor, type TensorInput } from "../create.js";
import { engine } from "../engine.js";
import { fmt, shapesEqual, sizeOf } from "../shape.js";
import type { Tensor } from "../tensor.js";
import { record } from "./op.js";

type Arg = Tensor | TensorInput;

/**
 * Matrix product of the last two axes, optionally transposing either operand;
 * leading (batch) axes must match. Runs the sgemm kernel once per batch item.
 */
export function matMul(aIn: Arg, bIn: Arg, transposeA = false, transposeB = false): Tensor {
  const a = toTensor(aIn, "matMul");
  const b = toTensor(bIn, "matMul");
  if (a.dtype !== "float32" || b.dtype !== "float32") {
    throw new NeuriteError("DTYPE", `matMul: expected float32 tensors, got ${a.dtype} and ${b.dtype}`);
  }
  if (a.rank < 2 || b.rank < 2 || a.rank !== b.rank) {
    throw new NeuriteError("SHAPE_MISMATCH", `matMul: operands must both have rank ≥ 2 and equal rank, got ${fmt(a.shape)} and ${fmt(b.shape)}`);
  }
  const batch = a.shape.slice(0, -2);
  if (!shapesEqual(batch, b.shape.slice(0, -2))) {
    throw new NeuriteError("SHAPE_MISMATCH", `matMul: batch axes differ: ${fmt(a.shape)} and ${fmt(b.shape)}`);
  }
  const [ar, ac] = a.shape.slice(-2) as [number, number];
  const [br, bc] = b.shape.slice(-2) as [number, number];
  const m = transposeA ? ac : ar;
  const k = transposeA ? ar : ac;
  const kb = transposeB ? bc : br;
  const n = transposeB ? br : bc;
  if (k !== kb) {
    throw new NeuriteError(
      "SHAPE_MISMATCH",
      `matMul: inner dimensions differ: ${fmt(a.shape)}${transposeA ? "ᵀ" : ""} × ${fmt(b.shape)}${transposeB ? "ᵀ" : ""} (${k} vs ${kb})`,
    );
  }
  const y = engine.empty([...batch, m, n], "float32", "matMul");
  const kern = y.backend.k;
  const fb = y.backend.floatBytes;
  const count = sizeOf(batch);
  for (let i = 0; i < count; i++) {
    kern.sgemm(
      transposeA ? 1 : 0, transposeB ? 1 : 0, m, n, k, 1,
      a.ptr + i * m * k * fb, Math.max(ac, 1), b.ptr + i * k * n * fb, Math.max(bc, 1), 0, y.ptr + i * m * n * fb, Math.max(n, 1),
    );
  }
  record("matMul", [a, b], y, [a, b], (dy, needs) => {
    // C = op(A)·op(B); each case writes dA and dB as one matMul with the right transposes.
    let da: Tensor | null = null;
    let db: Tensor | null = null;
    if (!transposeA && !transposeB) {
      if (needs[0]) da = matMul(dy, b, false, true);
      if (needs[1]) db = matMul(a, dy, true, false);
    } else if (!transposeA && transposeB) {
      if (needs[0]) da = matMul(dy, b, false, false);
      if (needs[1]) db = matMul(dy, a, true, false);
    } else if (transposeA && !transposeB) {
      if (needs[0]) da = matMul(b, dy, false, true);
      if (needs[1]) db = matMul(a, dy, false, false);
    } else {
      if (needs[0]) da = matMul(b, dy, true, true);
      if (needs[1]) db = matMul(dy, a, true, true);
    }
    return [da, db];
  });
  if (a !== aIn) a.dispose();
  if (b !== bIn) b.dispose();
  return y;
}
