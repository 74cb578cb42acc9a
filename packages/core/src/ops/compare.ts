import { Binary } from "@neurite/kernels";
import { applyBinary, type Arg } from "./binary.js";

// Comparisons return float32 masks of 1 and 0 and are constants for autodiff.
/** 1 where a > b, else 0 (broadcasting). */
export const greater = (a: Arg, b: Arg) => applyBinary("greater", Binary.greater, a, b);
/** 1 where a ≥ b, else 0 (broadcasting). */
export const greaterEqual = (a: Arg, b: Arg) => applyBinary("greaterEqual", Binary.greaterEqual, a, b);
/** 1 where a < b, else 0 (broadcasting). */
export const less = (a: Arg, b: Arg) => applyBinary("less", Binary.less, a, b);
/** 1 where a ≤ b, else 0 (broadcasting). */
export const lessEqual = (a: Arg, b: Arg) => applyBinary("lessEqual", Binary.lessEqual, a, b);
/** 1 where a = b, else 0 (broadcasting). */
export const equal = (a: Arg, b: Arg) => applyBinary("equal", Binary.equal, a, b);
/** 1 where a ≠ b, else 0 (broadcasting). */
export const notEqual = (a: Arg, b: Arg) => applyBinary("notEqual", Binary.notEqual, a, b);
