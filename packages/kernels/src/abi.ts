/**
 * The kernel ABI as TypeScript types: the exports of both wasm flavours and of
 * the reference backend. ABI.md documents the semantics of every entry.
 * Pointers are byte offsets into the module's memory; sizes are element counts.
 */
type Ptr = number;

export interface UtilKernels {
  heapBase(): number;
  fill(n: number, value: number, y: Ptr): void;
  fillI32(n: number, value: number, y: Ptr): void;
  copy(n: number, x: Ptr, y: Ptr): void;
  scal(n: number, alpha: number, x: Ptr): void;
  axpy(n: number, alpha: number, x: Ptr, y: Ptr): void;
  sum(n: number, x: Ptr): number;
  sumSquares(n: number, x: Ptr): number;
  dot(n: number, x: Ptr, y: Ptr): number;
  argmaxRows(m: number, n: number, x: Ptr, out: Ptr): void;
  castI32ToF32(n: number, x: Ptr, y: Ptr): void;
  castF32ToI32(n: number, x: Ptr, y: Ptr): void;
  countNonFinite(n: number, x: Ptr): number;
}

export interface DenseKernels {
  sgemm(
    transA: number, transB: number, m: number, n: number, k: number,
    alpha: number, a: Ptr, lda: number, b: Ptr, ldb: number,
    beta: number, c: Ptr, ldc: number,
  ): void;
  biasAdd(m: number, n: number, x: Ptr, bias: Ptr, y: Ptr): void;
  biasGrad(m: number, n: number, dy: Ptr, db: Ptr, accumulate: number): void;
}

export const Activation = {
  linear: 0, relu: 1, leakyRelu: 2, elu: 3, sigmoid: 4, tanh: 5, gelu: 6,
  softplus: 7, softsign: 8, selu: 9, swish: 10, relu6: 11, hardSigmoid: 12,
  geluTanh: 13, exponential: 14,
} as const;
export type ActivationName = keyof typeof Activation;

export interface ActivationKernels {
  activation(kind: number, n: number, alpha: number, x: Ptr, y: Ptr): void;
  activationBackward(kind: number, n: number, alpha: number, x: Ptr, y: Ptr, dy: Ptr, dx: Ptr): void;
  softmax(m: number, n: number, x: Ptr, y: Ptr): void;
  softmaxBackward(m: number, n: number, y: Ptr, dy: Ptr, dx: Ptr): void;
  logSoftmax(m: number, n: number, x: Ptr, y: Ptr): void;
  logSoftmaxBackward(m: number, n: number, y: Ptr, dy: Ptr, dx: Ptr): void;
}

export interface LossKernels {
  softmaxCrossEntropy(m: number, n: number, logits: Ptr, labels: Ptr, sparse: number, weights: Ptr, dlogits: Ptr, scale: number): number;
  sigmoidCrossEntropy(m: number, n: number, logits: Ptr, labels: Ptr, weights: Ptr, dlogits: Ptr, scale: number): number;
  categoricalCrossEntropy(m: number, n: number, probs: Ptr, labels: Ptr, sparse: number, weights: Ptr, dprobs: Ptr, scale: number, eps: number): number;
  binaryCrossEntropy(m: number, n: number, probs: Ptr, labels: Ptr, weights: Ptr, dprobs: Ptr, scale: number, eps: number): number;
  meanSquaredError(m: number, n: number, pred: Ptr, target: Ptr, weights: Ptr, dpred: Ptr, scale: number): number;
  meanAbsoluteError(m: number, n: number, pred: Ptr, target: Ptr, weights: Ptr, dpred: Ptr, scale: number): number;
  huber(m: number, n: number, pred: Ptr, target: Ptr, weights: Ptr, dpred: Ptr, scale: number, delta: number): number;
}

export interface OptimizerKernels {
  regGradSumSquares(n: number, p: Ptr, g: Ptr, l1: number, l2: number): number;
  sgd(n: number, p: Ptr, g: Ptr, lr: number, gradScale: number, l1: number, l2: number, clipValue: number): void;
  sgdMomentum(n: number, p: Ptr, g: Ptr, v: Ptr, lr: number, momentum: number, nesterov: number, gradScale: number, l1: number, l2: number, clipValue: number): void;
  adam(
    n: number, p: Ptr, g: Ptr, m: Ptr, v: Ptr, lr: number, beta1: number, beta2: number, eps: number,
    beta1Power: number, beta2Power: number, weightDecay: number, gradScale: number, l1: number, l2: number, clipValue: number,
  ): void;
  rmsprop(
    n: number, p: Ptr, g: Ptr, ms: Ptr, mom: Ptr, mg: Ptr, lr: number, rho: number, momentum: number, eps: number,
    centered: number, gradScale: number, l1: number, l2: number, clipValue: number,
  ): void;
  adagrad(n: number, p: Ptr, g: Ptr, acc: Ptr, lr: number, eps: number, gradScale: number, l1: number, l2: number, clipValue: number): void;
}

export interface RandomKernels {
  randomBits(seed: number, counter: number): number;
  randomUniform(n: number, y: Ptr, seed: number, offset: number, lo: number, hi: number): void;
  randomNormal(n: number, y: Ptr, seed: number, offset: number, mean: number, std: number): void;
  truncatedNormal(n: number, y: Ptr, seed: number, offset: number, mean: number, std: number): void;
  dropout(n: number, x: Ptr, y: Ptr, mask: Ptr, rate: number, seed: number, offset: number): void;
  dropoutBackward(n: number, dy: Ptr, mask: Ptr, dx: Ptr): void;
}

export const Unary = {
  neg: 0, abs: 1, square: 2, sqrt: 3, exp: 4, log: 5, reciprocal: 6, sign: 7, powScalar: 8,
  clip: 9, addScalar: 10, mulScalar: 11, log1p: 12, expm1: 13, sin: 14, cos: 15, floor: 16,
  round: 17, rsqrt: 18, step: 19,
} as const;
export const Binary = {
  add: 0, sub: 1, mul: 2, div: 3, pow: 4, maximum: 5, minimum: 6, squaredDifference: 7,
  greater: 8, greaterEqual: 9, less: 10, lessEqual: 11, equal: 12, notEqual: 13,
} as const;

export interface ElementwiseKernels {
  unary(op: number, n: number, alpha: number, beta: number, x: Ptr, y: Ptr): void;
  unaryBackward(op: number, n: number, alpha: number, beta: number, x: Ptr, y: Ptr, dy: Ptr, dx: Ptr): void;
  binary(op: number, n: number, a: Ptr, b: Ptr, y: Ptr): void;
  binaryBroadcast(op: number, rank: number, shape: Ptr, aStrides: Ptr, bStrides: Ptr, a: Ptr, b: Ptr, y: Ptr): void;
  select(n: number, cond: Ptr, a: Ptr, b: Ptr, y: Ptr): void;
}

export const Reduce = { sum: 0, mean: 1, max: 2, min: 3, prod: 4 } as const;
export const ArgReduce = { argmax: 0, argmin: 1 } as const;

export interface ReduceKernels {
  reduce(op: number, outer: number, len: number, inner: number, x: Ptr, y: Ptr): void;
  argReduce(op: number, outer: number, len: number, inner: number, x: Ptr, y: Ptr): void;
  sumToShape(rank: number, shape: Ptr, yStrides: Ptr, x: Ptr, y: Ptr): void;
}

export interface LayoutKernels {
  stridedCopy(rank: number, shape: Ptr, xStrides: Ptr, x: Ptr, y: Ptr): void;
  stridedCopyI32(rank: number, shape: Ptr, xStrides: Ptr, x: Ptr, y: Ptr): void;
  copy2d(rows: number, cols: number, x: Ptr, ldx: number, y: Ptr, ldy: number): void;
  copy2dI32(rows: number, cols: number, x: Ptr, ldx: number, y: Ptr, ldy: number): void;
  gatherRows(nIdx: number, rowLen: number, x: Ptr, idx: Ptr, y: Ptr): void;
  gatherRowsI32(nIdx: number, rowLen: number, x: Ptr, idx: Ptr, y: Ptr): void;
  scatterAddRows(nIdx: number, rowLen: number, dy: Ptr, idx: Ptr, dx: Ptr): void;
  oneHot(n: number, depth: number, idx: Ptr, on: number, off: number, y: Ptr): void;
}

export interface PlanKernels {
  /** Replays the plan at `plan` for batches [first, first + count); returns its new step counter (plan.ts). */
  runPlan(plan: Ptr, first: number, count: number): number;
}

/** Every kernel: what a wasm instance exports and what the reference implements. */
export type Kernels = UtilKernels & DenseKernels & ActivationKernels & LossKernels &
  OptimizerKernels & RandomKernels & ElementwiseKernels & ReduceKernels & LayoutKernels & PlanKernels;

export type KernelName = keyof Kernels;
