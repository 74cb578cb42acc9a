import { Binary } from "@neurite/kernels";
import { applyBinary, type Arg } from "./binary.js";

// Comparisons return float32 masks of 1 and 0 and are constants for autodiff.
export const greater = (a: Arg, b: Arg) => applyBinary("greater", Binary.greater, a, b);
export const greaterEqual = (a: Arg, b: Arg) => applyBinary("greaterEqual", Binary.greaterEqual, a, b);
export const less = (a: Arg, b: Arg) => applyBinary("less", Binary.less, a, b);
export const lessEqual = (a: Arg, b: Arg) => applyBinary("lessEqual", Binary.lessEqual, a, b);
export const equal = (a: Arg, b: Arg) => applyBinary("equal", Binary.equal, a, b);
export const notEqual = (a: Arg, b: Arg) => applyBinary("notEqual", Binary.notEqual, a, b);
