// Ops, losses, optimizers and the gradient tape.
import fc from "fast-check";
import * as nt from "../../src/index.js";
import { cases, prop, type Case } from "./harness.js";

const f = (...shape: number[]) => nt.ones(shape);
const i32 = (...shape: number[]) => nt.ones(shape, "int32");

/** Two shapes that cannot broadcast: some aligned axis has sizes a ≠ b, both > 1. */
const clashingShapes = fc
  .tuple(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }))
  .filter(([, a, b]) => a !== b)
  .map(([lead, a, b, tail]) => [[...lead, a, ...tail], [b, ...tail]] as [number[], number[]]);

const binaryOps = ["add", "sub", "mul", "div", "pow", "maximum", "minimum", "squaredDifference"] as const;

/** Runs fn with a throwaway variable (variables are not freed by tidy). */
function withVars<T>(shapes: number[][], fn: (vs: nt.Variable[]) => T): T {
  const vs = shapes.map((s) => nt.variable(nt.ones(s)));
  try {
    return fn(vs);
  } finally {
    for (const v of vs) v.dispose();
  }
}

export const opCases: Case[] = [
  ...cases([
    ["add: shapes that do not broadcast", "SHAPE_MISMATCH", /add: shapes \[2, 3\] and \[4\] cannot be broadcast/, () => nt.add(f(2, 3), f(4))],
    ["mul: int32 and float32", "DTYPE", /mul: expected float32 tensors, got int32 and float32/, () => nt.mul(i32(2), f(2))],
    ["div: string operand", "DTYPE", /tensor: element \(scalar\) is string/, () => nt.div(f(2), "2" as unknown as number)],
    ["sub: null operand", "BAD_ARGUMENT", /sub: expected a tensor, got null/, () => nt.sub(f(2), null as unknown as nt.Tensor)],
    ["matMul: inner sizes differ", "SHAPE_MISMATCH", /matMul: inner dimensions differ: \[2, 3\] × \[4, 2\] \(3 vs 4\)/, () => nt.matMul(f(2, 3), f(4, 2))],
    ["matMul: transposed inner sizes differ", "SHAPE_MISMATCH", /matMul: inner dimensions differ: \[2, 3\]ᵀ × \[3, 2\]/, () => nt.matMul(f(2, 3), f(3, 2), true)],
    ["matMul: a vector", "SHAPE_MISMATCH", /matMul: operands must both have rank ≥ 2 and equal rank, got \[3\] and \[3, 2\]/, () => nt.matMul(f(3), f(3, 2))],
    ["matMul: batch axes differ", "SHAPE_MISMATCH", /matMul: batch axes differ: \[2, 2, 3\] and \[3, 3, 2\]/, () => nt.matMul(f(2, 2, 3), f(3, 3, 2))],
    ["matMul: int32", "DTYPE", /matMul: expected float32 tensors, got int32 and float32/, () => nt.matMul(i32(2, 2), f(2, 2))],
    ["matMul: result of 2^34 floats", "OUT_OF_MEMORY", /matMul: a float32 tensor of shape \[131072, 131072\] needs/, () => nt.matMul(f(131072, 1), f(1, 131072))],
    ["reshape: wrong element count", "SHAPE_MISMATCH", /reshape: \[6\] \(6 elements\) cannot become \[4, 2\]/, () => nt.reshape(f(6), [4, 2])],
    ["reshape: two -1 axes", "SHAPE_MISMATCH", /reshape: .* cannot become \[-1, -1\]/, () => nt.reshape(f(6), [-1, -1])],
    ["reshape: -1 that does not divide", "SHAPE_MISMATCH", /reshape: cannot infer -1 in \[4, -1\] for 6 elements/, () => nt.reshape(f(6), [4, -1])],
    ["reshape: fractional size", "SHAPE_MISMATCH", /reshape: \[6\] \(6 elements\) cannot become \[1.5, 4\]/, () => nt.reshape(f(6), [1.5, 4])],
    ["transpose: repeated axis", "BAD_ARGUMENT", /transpose: perm \[0,0\] is not a permutation of the 2 axes of \[2, 3\]/, () => nt.transpose(f(2, 3), [0, 0])],
    ["transpose: axis out of range", "BAD_ARGUMENT", /transpose: axis 2 is out of range for a tensor of rank 2/, () => nt.transpose(f(2, 3), [0, 2])],
    ["slice: past the end", "BAD_ARGUMENT", /slice: begin \[2\] size \[5\] is out of bounds for shape \[3\]/, () => nt.slice(f(3), 2, 5)],
    ["slice: negative begin", "BAD_ARGUMENT", /slice: begin \[-1\] size \[1\] is out of bounds/, () => nt.slice(f(3), -1, 1)],
    ["slice: fractional begin", "BAD_ARGUMENT", /slice: begin \[0.5\] size \[1\] is out of bounds/, () => nt.slice(f(3), 0.5, 1)],
    ["slice: negative size other than -1", "BAD_ARGUMENT", /slice: begin \[0\] size \[-2\] is out of bounds/, () => nt.slice(f(3), 0, -2)],
    ["concat: no tensors", "BAD_ARGUMENT", /concat: needs at least one tensor/, () => nt.concat([])],
    ["concat: other axes differ", "SHAPE_MISMATCH", /concat: shapes \[2, 3\], \[2, 4\] differ outside axis 0/, () => nt.concat([f(2, 3), f(2, 4)], 0)],
    ["concat: axis out of range", "BAD_ARGUMENT", /concat: axis 3 is out of range for a tensor of rank 1/, () => nt.concat([f(2)], 3)],
    ["concat: mixed dtypes", "SHAPE_MISMATCH", /concat: .*dtypes differ/, () => nt.concat([f(2), i32(2)])],
    ["stack: different shapes", "SHAPE_MISMATCH", /concat: shapes \[1, 2\], \[1, 3\] differ/, () => nt.stack([f(2), f(3)])],
    ["stack: nothing", "BAD_ARGUMENT", /stack: needs at least one tensor/, () => nt.stack([])],
    ["gather: index past the end", "BAD_ARGUMENT", /gather: index 5 at position 0 is out of range \[0, 3\)/, () => nt.gather(f(3, 2), [5])],
    ["gather: negative index", "BAD_ARGUMENT", /gather: index -1 at position 1 is out of range/, () => nt.gather(f(3, 2), [0, -1])],
    ["gather: fractional index", "DTYPE", /tensor: int32 data must be integers, element 0 is 0.5/, () => nt.gather(f(3, 2), [0.5])],
    ["gather: float32 index tensor", "DTYPE", /gather: indices must be int32, got float32/, () => nt.gather(f(3, 2), nt.tensor([1]))],
    ["gather: rows of a scalar", "SHAPE_MISMATCH", /gather: cannot gather rows of a scalar/, () => nt.gather(nt.scalar(1), [0])],
    ["oneHot: depth 0", "BAD_ARGUMENT", /oneHot: depth must be a positive integer, got 0/, () => nt.oneHot([1], 0)],
    ["oneHot: fractional depth", "BAD_ARGUMENT", /oneHot: depth must be a positive integer, got 2.5/, () => nt.oneHot([1], 2.5)],
    ["oneHot: float32 indices", "DTYPE", /oneHot: indices must be int32, got float32/, () => nt.oneHot(nt.tensor([1]), 3)],
    ["where: int32 condition", "DTYPE", /where: expected float32 tensors, got int32/, () => nt.where(i32(2), f(2), f(2))],
    ["where: branches do not broadcast", "SHAPE_MISMATCH", /where: shapes \[3\] and \[2\] cannot be broadcast/, () => nt.where(f(3), f(2), f(2))],
    ["sum: axis out of range", "BAD_ARGUMENT", /sum: axis 3 is out of range for a tensor of rank 1/, () => nt.sum(f(2), 3)],
    ["mean: fractional axis", "BAD_ARGUMENT", /mean: axis 0.5 is out of range/, () => nt.mean(f(2), 0.5)],
    ["sum: int32", "DTYPE", /sum: expected a float32 tensor, got int32/, () => nt.sum(i32(2))],
    ["max: empty axis", "SHAPE_MISMATCH", /max: cannot reduce an empty axis \(shape \[0\]\)/, () => nt.max(f(0))],
    ["argmax: empty axis", "SHAPE_MISMATCH", /argmax: axis -1 of shape \[2,0\] is empty/, () => nt.argmax(f(2, 0))],
    ["argmin: axis out of range", "BAD_ARGUMENT", /argmin: axis 5 is out of range for a tensor of rank 2/, () => nt.argmin(f(2, 3), 5)],
    ["softmax: scalar", "SHAPE_MISMATCH", /softmax: needs a tensor of rank ≥ 1, got a scalar/, () => nt.softmax(nt.scalar(1))],
    ["softmax: not the last axis", "UNSUPPORTED", /softmax: only the last axis is supported \(got axis 0 for rank 2\)/, () => nt.softmax(f(2, 3), 0)],
    ["logSoftmax: int32", "DTYPE", /logSoftmax: expected a float32 tensor, got int32/, () => nt.logSoftmax(i32(2))],
    ["relu: int32", "DTYPE", /relu: expected a float32 tensor, got int32/, () => nt.relu(i32(2))],
    ["exp: int32", "DTYPE", /exp: expected a float32 tensor, got int32/, () => nt.exp(i32(2))],
    ["clipByValue: min above max", "BAD_ARGUMENT", /clipByValue: min \(2\) must be ≤ max \(1\)/, () => nt.clipByValue(f(2), 2, 1)],
    ["clipByValue: NaN bound", "BAD_ARGUMENT", /clipByValue: min \(NaN\) must be ≤ max \(1\)/, () => nt.clipByValue(f(2), NaN, 1)],
    ["dropout: rate 1", "BAD_ARGUMENT", /dropout: rate must be in \[0, 1\), got 1/, () => nt.dropout(f(2), 1)],
    ["dropout: NaN rate", "BAD_ARGUMENT", /dropout: rate must be in \[0, 1\), got NaN/, () => nt.dropout(f(2), NaN)],
    ["cast: unknown dtype", "DTYPE", /cast: unknown dtype "float64"/, () => nt.cast(f(2), "float64" as nt.DType)],
    ["squeeze: axis of size 2", "SHAPE_MISMATCH", /squeeze: axis 0 of \[2, 3\] is not 1/, () => nt.squeeze(f(2, 3), [0])],
    ["expandDims: axis out of range", "BAD_ARGUMENT", /expandDims: axis 5 is out of range for a tensor of rank 2/, () => nt.expandDims(f(2), 5)],
    ["broadcastTo: incompatible target", "SHAPE_MISMATCH", /broadcastTo: shapes \[3\] and \[2, 2\] cannot be broadcast/, () => nt.broadcastTo(f(3), [2, 2])],
    ["categoricalCrossentropy: widths differ", "SHAPE_MISMATCH", /categoricalCrossentropy: yTrue \[2, 3\] and yPred \[2, 4\] must have the same shape/,
      () => nt.losses.categoricalCrossentropy(f(2, 3), f(2, 4))],
    ["meanSquaredError: transposed shapes", "SHAPE_MISMATCH", /meanSquaredError: yTrue \[2, 3\] and yPred \[3, 2\] must have the same shape/,
      () => nt.losses.meanSquaredError(f(2, 3), f(3, 2))],
    ["binaryCrossentropy: rows differ", "SHAPE_MISMATCH", /binaryCrossentropy: yTrue \[2, 1\] and yPred \[3, 1\]/, () => nt.losses.binaryCrossentropy(f(2, 1), f(3, 1))],
    ["sparseCategoricalCrossentropy: class past the end", "BAD_ARGUMENT", /sparseCategoricalCrossentropy: label 5 at row 0 is out of range for 3 classes/,
      () => nt.losses.sparseCategoricalCrossentropy(nt.tensor([5], undefined, "int32"), f(1, 3))],
    ["sparseCategoricalCrossentropy: fractional class", "DTYPE", /sparseCategoricalCrossentropy: class indices must be integers/,
      () => nt.losses.sparseCategoricalCrossentropy(nt.tensor([0.5]), f(1, 3))],
    ["sparseCategoricalCrossentropy: one label per row", "SHAPE_MISMATCH", /sparseCategoricalCrossentropy: yTrue \[3\] must hold one class index per row of yPred \[2, 3\]/,
      () => nt.losses.sparseCategoricalCrossentropy(nt.tensor([0, 1, 2], undefined, "int32"), f(2, 3))],
    ["huber: delta 0", "BAD_ARGUMENT", /huber: delta must be > 0, got 0/, () => nt.losses.huber(f(2), f(2), { delta: 0 })],
    ["loss: sampleWeight count", "SHAPE_MISMATCH", /meanAbsoluteError: sampleWeight must be float32 with one value per sample \(2\)/,
      () => nt.losses.meanAbsoluteError(f(2, 1), f(2, 1), { sampleWeight: f(3) })],
    ["loss: empty predictions", "SHAPE_MISMATCH", /meanSquaredError: yPred \[0, 2\] is empty/, () => nt.losses.meanSquaredError(f(0, 2), f(0, 2))],
    ["sgd: negative learning rate", "BAD_ARGUMENT", /optimizer: learningRate must be a finite number ≥ 0, got -1/, () => nt.optimizers.sgd({ learningRate: -1 })],
    ["adam: Infinity learning rate", "BAD_ARGUMENT", /optimizer: learningRate must be a finite number ≥ 0, got Infinity/, () => nt.optimizers.adam({ learningRate: Infinity })],
    ["adam: beta1 = 1", "BAD_ARGUMENT", /beta1 must be in \[0, 1\), got 1/, () => nt.optimizers.adam({ beta1: 1 })],
    ["sgd: momentum -1", "BAD_ARGUMENT", /sgd: momentum must be in \[0, 1\), got -1/, () => nt.optimizers.sgd({ momentum: -1 })],
    ["optimizer: two clipping modes", "BAD_ARGUMENT", /set only one of clipNorm, globalClipNorm and clipValue/, () => nt.optimizers.sgd({ clipNorm: 1, clipValue: 1 })],
    ["optimizer: clipNorm 0", "BAD_ARGUMENT", /optimizer: clipNorm must be > 0, got 0/, () => nt.optimizers.sgd({ clipNorm: 0 })],
    ["unknown optimizer name", "BAD_ARGUMENT", /unknown optimizer "adamax"; known: sgd, adam/, () => nt.optimizers.getOptimizer("adamax")],
    ["exponentialDecay: decaySteps 0", "BAD_ARGUMENT", /decaySteps must be a positive number, got 0/,
      () => nt.optimizers.exponentialDecay({ initialLearningRate: 0.1, decaySteps: 0, decayRate: 0.5 })],
    ["piecewiseConstant: value count", "BAD_ARGUMENT", /piecewiseConstant: needs one more value than boundaries/,
      () => nt.optimizers.piecewiseConstant({ boundaries: [10, 20], values: [1, 2] })],
    ["applyGradients: one gradient for two variables", "BAD_ARGUMENT", /applyGradients: 1 gradients for 2 variables/,
      () => withVars([[2], [2]], (vs) => nt.optimizers.sgd().applyGradients([f(2)], vs))],
    ["applyGradients: gradient of the wrong shape", "SHAPE_MISMATCH", /applyGradients: gradient float32 \[3\] does not match variable ".*" float32 \[2\]/,
      () => withVars([[2]], (vs) => nt.optimizers.sgd().applyGradients([f(3)], vs))],
    ["applyGradients: a plain tensor as variable", "BAD_ARGUMENT", /applyGradients: item 0 is not a Variable/,
      () => nt.optimizers.sgd().applyGradients([f(2)], [f(2) as nt.Variable])],
    ["unknown initializer", "BAD_ARGUMENT", /unknown initializer "xavier"; known: zeros/, () => nt.initializers.getInitializer("xavier")],
    ["GradientTape: gradient twice", "BAD_ARGUMENT", /GradientTape.gradient: a non-persistent tape can compute gradients only once/,
      () => withVars([[2]], ([v]) => {
        const tape = new nt.GradientTape();
        const loss = tape.run(() => nt.sum(nt.mul(v!, 2)));
        tape.gradient(loss, [v!]);
        return tape.gradient(loss, [v!]);
      })],
    ["GradientTape: target that is not a tensor", "BAD_ARGUMENT", /GradientTape.gradient: target must be a tensor/,
      () => new nt.GradientTape().gradient(3 as unknown as nt.Tensor, [])],
    ["GradientTape: run twice", "BAD_ARGUMENT", /GradientTape.run: this tape was already used/, () => {
      const tape = new nt.GradientTape();
      const loss = tape.run(() => nt.sum(f(2)));
      tape.gradient(loss, []);
      return tape.run(() => 1);
    }],
  ]),
  ...binaryOps.map((op) =>
    prop(`${op}: random shapes that do not broadcast`, "SHAPE_MISMATCH", new RegExp(`${op}: shapes \\[.*\\] and \\[.*\\] cannot be broadcast`), clashingShapes,
      ([a, b]) => nt.tidy(() => void nt[op](nt.ones(a), nt.ones(b))), 30)),
  prop("matMul: random inner-size mismatches", "SHAPE_MISMATCH", /matMul: inner dimensions differ/,
    fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).filter(([, k1, k2]) => k1 !== k2),
    ([m, k1, k2, n]) => nt.tidy(() => void nt.matMul(nt.ones([m, k1]), nt.ones([k2, n])))),
  prop("reshape: random wrong targets", "SHAPE_MISMATCH", /reshape: .* cannot become/,
    fc.tuple(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }))
      .filter(([a, b]) => a.reduce((x, y) => x * y, 1) !== b.reduce((x, y) => x * y, 1)),
    ([a, b]) => nt.tidy(() => void nt.reshape(nt.ones(a), b))),
  prop("gather: random out-of-range indices", "BAD_ARGUMENT", /gather: index -?\d+ at position \d+ is out of range \[0, \d+\)/,
    fc.tuple(fc.integer({ min: 1, max: 8 }), fc.oneof(fc.integer({ min: -100, max: -1 }), fc.integer({ min: 8, max: 1000 }))),
    ([rows, bad]) => nt.tidy(() => void nt.gather(nt.ones([rows, 2]), [0, bad]))),
];
