// Layer constructors, building and calling layers, models' weights and structure.
import * as nt from "../../src/index.js";
import { cases, type Case } from "./harness.js";

const L = nt.layers;
const net = (inputShape = [3]) => nt.sequential([L.dense({ units: 2, inputShape, name: "head" })]);

class NoCall extends nt.Model {}

export const layerCases: Case[] = cases([
  ["dense(): no arguments", "BAD_ARGUMENT", /dense: expects an arguments object \{units/, () => L.dense(undefined as unknown as nt.DenseArgs)],
  ["dense: units 0", "BAD_ARGUMENT", /dense: units must be a positive integer, got 0/, () => L.dense({ units: 0 })],
  ["dense: units -3", "BAD_ARGUMENT", /dense: units must be a positive integer, got -3/, () => L.dense({ units: -3 })],
  ["dense: units 2.5", "BAD_ARGUMENT", /dense: units must be a positive integer, got 2.5/, () => L.dense({ units: 2.5 })],
  ["dense: units NaN", "BAD_ARGUMENT", /dense: units must be a positive integer, got NaN/, () => L.dense({ units: NaN })],
  ["dense: units as a string", "BAD_ARGUMENT", /dense: units must be a positive integer, got 4/, () => L.dense({ units: "4" as unknown as number })],
  ["dense: unknown activation", "BAD_ARGUMENT", /unknown activation "rectified"; known: linear, relu/, () => L.dense({ units: 2, activation: "rectified" })],
  ["dense: activation that is not a name", "BAD_ARGUMENT", /activation must be a name such as "relu", got number/, () => L.dense({ units: 2, activation: 3 as unknown as string })],
  ["dense: unknown initializer", "BAD_ARGUMENT", /unknown initializer "xavier"/, () => L.dense({ units: 2, kernelInitializer: "xavier" })],
  ["dense: negative inputShape", "BAD_ARGUMENT", /inputShape must hold positive integers, got \[-1\]/, () => L.dense({ units: 2, inputShape: [-1] })],
  ["dense: fractional inputShape", "BAD_ARGUMENT", /inputShape must hold positive integers, got \[1.5\]/, () => L.dense({ units: 2, inputShape: [1.5] })],
  ["dense: zero-width inputShape", "BAD_ARGUMENT", /inputShape must hold positive integers, got \[0\]/, () => L.dense({ units: 2, inputShape: [0] })],
  ["dense: inputShape that is a number", "BAD_ARGUMENT", /Dense: inputShape must be an array of sizes, got 3/, () => L.dense({ units: 2, inputShape: 3 as unknown as number[] })],
  ["dense: empty name", "BAD_ARGUMENT", /Dense: name must be a non-empty string/, () => L.dense({ units: 2, name: "" })],
  ["dense: negative L2", "BAD_ARGUMENT", /regularizer: l2 must be a finite number ≥ 0, got -1/, () => L.dense({ units: 2, kernelRegularizer: nt.regularizers.l2(-1) })],
  ["dropout: rate 1", "BAD_ARGUMENT", /dropout: rate must be in \[0, 1\), got 1/, () => L.dropout({ rate: 1 })],
  ["dropout: rate -0.1", "BAD_ARGUMENT", /dropout: rate must be in \[0, 1\), got -0.1/, () => L.dropout({ rate: -0.1 })],
  ["dropout: fractional seed", "BAD_ARGUMENT", /dropout: seed must be an integer, got 0.5/, () => L.dropout({ rate: 0.5, seed: 0.5 })],
  ["dropout(): no arguments", "BAD_ARGUMENT", /dropout: expects an arguments object \{rate/, () => L.dropout(undefined as unknown as { rate: number })],
  ["activation: unknown name", "BAD_ARGUMENT", /unknown activation "swoosh"/, () => L.activation({ activation: "swoosh" })],
  ["inputLayer: no shape", "BAD_ARGUMENT", /inputLayer: needs a shape/, () => L.inputLayer({})],
  ["inputLayer(): no arguments", "BAD_ARGUMENT", /inputLayer: expects an arguments object \{shape\}/, () => L.inputLayer(undefined as unknown as { shape: number[] })],
  ["batchNormalization: momentum 2", "BAD_ARGUMENT", /batchNormalization: momentum must be in \[0, 1\], got 2/, () => L.batchNormalization({ momentum: 2 })],
  ["batchNormalization: epsilon -1", "BAD_ARGUMENT", /batchNormalization: epsilon must be a finite number > 0, got -1/, () => L.batchNormalization({ epsilon: -1 })],
  ["batchNormalization: axis 0", "UNSUPPORTED", /batchNormalization: only axis -1 \(features last\) is supported, got 0/, () => L.batchNormalization({ axis: 0 })],
  ["dense apply: width changes after build", "SHAPE_MISMATCH", /dense_w: expected inputs with last axis 3, got shape \[2,4\]/, () => {
    const d = L.dense({ units: 2, name: "dense_w" });
    nt.dispose(d.apply(nt.ones([2, 3])));
    return d.apply(nt.ones([2, 4]));
  }],
  ["dense apply: a scalar", "SHAPE_MISMATCH", /dense_s: the last input axis must be known and positive, got \[\]/, () => L.dense({ units: 2, name: "dense_s" }).apply(nt.scalar(1))],
  ["dense apply: int32 input", "DTYPE", /matMul: expected float32 tensors, got int32/, () => L.dense({ units: 2 }).apply(nt.ones([2, 3], "int32"))],
  ["layer apply: an array instead of a tensor", "BAD_ARGUMENT", /dense_a: apply\(\) expects a Tensor/, () => L.dense({ units: 2, name: "dense_a" }).apply([[1, 2]] as unknown as nt.Tensor)],
  ["layer apply: input against the declared shape", "SHAPE_MISMATCH", /dense_d: expected input of shape \[batch, 3\], got \[2, 5\]/,
    () => L.dense({ units: 2, inputShape: [3], name: "dense_d" }).apply(nt.ones([2, 5]))],
  ["batchNormalization apply: scalar", "SHAPE_MISMATCH", /the last input axis must be known/, () => L.batchNormalization().apply(nt.scalar(1))],
  ["sequential: add something that is not a layer", "BAD_ARGUMENT", /\.add: expected a Layer, got \[object Object\]/, () => nt.sequential([{} as nt.Layer])],
  ["sequential: pop from an empty model", "BAD_ARGUMENT", /\.pop: the model has no layers/, () => nt.sequential().pop()],
  ["sequential: predict without layers", "BAD_ARGUMENT", /the model has no layers/, () => nt.sequential({ layers: [], inputShape: [2] }).predict(nt.ones([1, 2]))],
  ["sequential: summary with an unknown input shape", "BAD_ARGUMENT", /the input shape is unknown; give the first layer an inputShape/, () => nt.sequential([L.dense({ units: 2 })]).summary(() => undefined)],
  ["sequential: input width", "SHAPE_MISMATCH", /expected input of shape \[batch, 3\], got \[2, 4\]/, () => net().predict(nt.ones([2, 4]))],
  ["sequential: input rank", "SHAPE_MISMATCH", /expected input of shape \[batch, 3\], got \[3\]/, () => net().predict(nt.ones([3]))],
  ["setWeights: too few tensors", "BAD_ARGUMENT", /setWeights: expected 2 tensors, got 1/, () => net().setWeights([nt.ones([3, 2])])],
  ["setWeights: wrong kernel shape", "SHAPE_MISMATCH", /assign to variable "head\/kernel": got float32 \[3, 3\], expected float32 \[3, 2\]/,
    () => net().setWeights([nt.ones([3, 3]), nt.ones([2])])],
  ["setWeights: not an array", "BAD_ARGUMENT", /setWeights: expected an array of tensors/, () => net().setWeights(nt.ones([3, 2]) as unknown as nt.Tensor[])],
  ["setWeights on an unbuilt layer", "BAD_ARGUMENT", /expected 0 tensors, got 2 \(the layer is not built yet/, () => L.dense({ units: 2 }).setWeights([nt.ones([3, 2]), nt.ones([2])])],
  ["getLayer: unknown name", "NOT_FOUND", /no layer "tail"/, () => net().getLayer("tail")],
  ["getLayer: index past the end", "NOT_FOUND", /no layer 5/, () => net().getLayer(5)],
  ["subclassed model without call()", "UNSUPPORTED", /a subclassed Model must define call\(x\)/, () => new NoCall().apply(nt.ones([1, 2]))],
  ["registerLayer: empty class name", "BAD_ARGUMENT", /registerLayer: className must be a non-empty string/, () => nt.registerLayer("", nt.Dense)],
]);
