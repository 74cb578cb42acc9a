// Tensor creation, variables, memory management and global settings.
import fc from "fast-check";
import * as nt from "../../src/index.js";
import { cases, prop, type Case } from "./harness.js";

/** Runs fn on a fresh variable and frees it (variables live outside tidy scopes). */
function withVariable(name: string, fn: (v: nt.Variable) => unknown): unknown {
  const v = nt.variable(nt.ones([2]), { name });
  try {
    return fn(v);
  } finally {
    v.dispose();
  }
}

const disposed = () => {
  const t = nt.ones([2, 2]);
  t.dispose();
  return t;
};

export const tensorCases: Case[] = [
  ...cases([
    ["ragged nested array", "SHAPE_MISMATCH", /tensor: ragged array: element \[1\]/, () => nt.tensor([[1, 2], [3]])],
    ["ragged at depth 3", "SHAPE_MISMATCH", /tensor: ragged array: element \[0\]\[1\]/, () => nt.tensor([[[1], [2, 3]]])],
    ["array mixing numbers and rows", "DTYPE", /tensor: element \[1\] is object, expected a number/, () => nt.tensor([1, [2]] as unknown as number[])],
    ["string element", "DTYPE", /tensor: element \[1\] is string/, () => nt.tensor([1, "2"] as unknown as number[])],
    ["null", "DTYPE", /tensor: element \(scalar\) is object/, () => nt.tensor(null as unknown as number)],
    ["undefined", "DTYPE", /tensor: element \(scalar\) is undefined/, () => nt.tensor(undefined as unknown as number)],
    ["plain object", "DTYPE", /tensor: element \(scalar\) is object/, () => nt.tensor({ a: 1 } as unknown as number)],
    ["nested undefined", "DTYPE", /tensor: element \[0\]\[1\] is undefined/, () => nt.tensor([[1, undefined]] as unknown as number[][])],
    ["bigint element", "DTYPE", /tensor: element \[0\] is bigint/, () => nt.tensor([1n] as unknown as number[])],
    ["unknown dtype", "DTYPE", /tensor: dtype must be "float32" or "int32", got "bool"/, () => nt.tensor([1], undefined, "bool" as nt.DType)],
    ["fractional int32 data", "DTYPE", /tensor: int32 data must be integers, element 1 is 2.5/, () => nt.tensor([1, 2.5], undefined, "int32")],
    ["NaN as int32", "DTYPE", /tensor: int32 data must be integers, element 0 is NaN/, () => nt.tensor([NaN], undefined, "int32")],
    ["shape too small for the data", "SHAPE_MISMATCH", /tensor: 4 values cannot have shape \[3\]/, () => nt.tensor([1, 2, 3, 4], [3])],
    ["negative dimension", "SHAPE_MISMATCH", /tensor: 2 values cannot have shape \[-2\]/, () => nt.tensor([1, 2], [-2])],
    ["fractional dimension", "SHAPE_MISMATCH", /tensor: 2 values cannot have shape \[1.5\]/, () => nt.tensor([1, 2], [1.5])],
    ["typed array with the wrong shape", "SHAPE_MISMATCH", /tensor: 6 values cannot have shape \[4, 2\]/, () => nt.tensor(new Float32Array(6), [4, 2])],
    ["NaN dimension in zeros", "BAD_ARGUMENT", /fill: shape \[NaN\] must contain non-negative integers/, () => nt.zeros([NaN])],
    ["Infinity dimension in ones", "BAD_ARGUMENT", /fill: shape \[2, Infinity\] must contain non-negative integers/, () => nt.ones([2, Infinity])],
    ["negative dimension in fill", "BAD_ARGUMENT", /fill: shape \[-1\] must contain non-negative integers/, () => nt.fill([-1], 3)],
    ["huge shape: 10^12 floats", "OUT_OF_MEMORY", /fill: a float32 tensor of shape \[1000000, 1000000\] needs 4000000000000 bytes/, () => nt.zeros([1e6, 1e6])],
    ["2^31 floats (8 GiB)", "OUT_OF_MEMORY", /fill: a float32 tensor of shape \[2147483648\] needs 8589934592 bytes/, () => nt.ones([2 ** 31])],
    ["huge random tensor", "OUT_OF_MEMORY", /randomNormal: a float32 tensor of shape \[65536, 65536\]/, () => nt.randomNormal([65536, 65536])],
    ["randomNormal with NaN mean", "BAD_ARGUMENT", /randomNormal: mean must be a finite number, got NaN/, () => nt.randomNormal([2], NaN)],
    ["randomNormal with negative stddev", "BAD_ARGUMENT", /randomNormal: stddev must be ≥ 0, got -1/, () => nt.randomNormal([2], 0, -1)],
    ["truncatedNormal with Infinity stddev", "BAD_ARGUMENT", /truncatedNormal: stddev must be a finite number, got Infinity/, () => nt.truncatedNormal([2], 0, Infinity)],
    ["randomUniform with Infinity bound", "BAD_ARGUMENT", /randomUniform: maxval must be a finite number, got Infinity/, () => nt.randomUniform([2], 0, Infinity)],
    ["randomUniform with fractional seed", "BAD_ARGUMENT", /randomUniform: seed must be an integer, got 0.5/, () => nt.randomUniform([2], 0, 1, 0.5)],
    ["scalar from a string", "DTYPE", /tensor: element \[0\] is string/, () => nt.scalar("1" as unknown as number)],
    ["reading a disposed tensor", "DISPOSED", /tensor #\d+ of shape \[2,2\] was disposed/, () => disposed().data()],
    ["array() of a disposed tensor", "DISPOSED", /was disposed/, () => disposed().array()],
    ["an op on a disposed tensor", "DISPOSED", /add: an input tensor \(#\d+, shape \[2, 2\]\) was disposed/, () => nt.add(disposed(), 1)],
    ["variable from a disposed tensor", "DISPOSED", /variable: the initial tensor .* was disposed/, () => nt.variable(disposed())],
    ["variable from a ragged array", "SHAPE_MISMATCH", /tensor: ragged array: element \[1\]/, () => nt.variable([[1], [2, 3]])],
    ["assigning a wrong shape to a variable", "SHAPE_MISMATCH", /assign to variable "v_shape": got float32 \[3\], expected float32 \[2\]/,
      () => withVariable("v_shape", (v) => v.assign(nt.ones([3])))],
    ["assigning int32 to a float32 variable", "SHAPE_MISMATCH", /assign to variable "v_dtype": got int32 \[2\]/,
      () => withVariable("v_dtype", (v) => v.assign(nt.ones([2], "int32")))],
    ["assigning a number to a variable", "BAD_ARGUMENT", /assign to variable "v_num": expected a Tensor, got number/,
      () => withVariable("v_num", (v) => v.assign(3 as unknown as nt.Tensor))],
    ["item() of a vector", "SHAPE_MISMATCH", /item\(\): tensor has shape \[3\], expected one element/, () => nt.ones([3]).item()],
    ["setSeed(NaN)", "BAD_ARGUMENT", /setSeed: seed must be an integer, got NaN/, () => nt.setSeed(NaN)],
    ["setSeed(1.5)", "BAD_ARGUMENT", /setSeed: seed must be an integer, got 1.5/, () => nt.setSeed(1.5)],
    ["unknown backend", "BAD_ARGUMENT", /setBackend: unknown backend "webgpu"/, () => nt.setBackend("webgpu" as nt.BackendName)],
    ["async function in tidy", "BAD_ARGUMENT", /tidy: the function must be synchronous/, () => nt.tidy(async () => 1)],
  ]),
  prop("random negative or fractional dimensions", "BAD_ARGUMENT", /zeros|fill: shape \[.*\] must contain non-negative integers/,
    fc.tuple(fc.array(fc.nat(4), { maxLength: 3 }), fc.oneof(fc.integer({ min: -1000, max: -1 }), fc.double({ min: 0.01, max: 100, noInteger: true }), fc.constant(NaN))),
    ([good, bad]) => nt.zeros([...good, bad])),
  prop("random value/shape disagreements", "SHAPE_MISMATCH", /tensor: \d+ values cannot have shape/,
    fc.tuple(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3 })),
    ([shape, extra]) => nt.tensor(new Float32Array(shape.reduce((a, b) => a * b, 1) + extra), shape)),
];
