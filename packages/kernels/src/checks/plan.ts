import type { PlanKernels } from "../abi.js";
import { CheckContext, type CheckTable } from "../checks/context.js";
import { decodePlan, PLAN_HEADER_WORDS, PLAN_MAGIC, PlanHeader, PlanLoss, PlanMetric, type PlanOpView } from "../plan.js";
import { activationChecks } from "./activations.js";
import { denseChecks } from "./dense.js";
import { layoutChecks } from "./layout.js";
import { optimizerChecks } from "./optimizers.js";
import { randomChecks } from "./random.js";
import { reduceChecks } from "./reduce.js";

/** What runPlan's per-call arrays and the index array need to know while checking ops. */
interface Call {
  first: number;
  count: number;
  header: Int32Array;
}

/** An 8-byte aligned array of n f64 values (the reference reads it through a Float64Array). */
function f64s(c: CheckContext, label: string, ptr: number, n: number): void {
  c.ints(label, ptr, 2 * n);
  if (n > 0 && ptr % 8 !== 0) c.fail(`${label} pointer ${ptr} is not 8-byte aligned`);
}

function lossOp(c: CheckContext, a: number[]): void {
  const [kind, m, n, pred, labels, weights, dpred, param] = a as [number, number, number, number, number, number, number, number];
  c.oneOf("loss kind", kind, Object.values(PlanLoss));
  c.size("m", m, 1);
  c.size("n", n);
  c.floats("pred", pred, m * n);
  // Sparse class ids are gathered during the run, so only their region is checked; an
  // out-of-range id yields NaN, never an out-of-bounds read.
  const sparse = kind === PlanLoss.sparseSoftmaxCrossEntropy || kind === PlanLoss.sparseCategoricalCrossEntropy;
  if (sparse) c.ints("labels", labels, m);
  else c.floats("labels", labels, m * n);
  c.optFloats("weights", weights, m);
  c.optFloats("dpred", dpred, m * n);
  c.finite("param", param);
  const clipped = kind === PlanLoss.categoricalCrossEntropy || kind === PlanLoss.sparseCategoricalCrossEntropy || kind === PlanLoss.binaryCrossEntropy;
  if (clipped && !(param >= 0 && param < 0.5)) c.fail(`eps must be in [0, 0.5), got ${param}`);
  if (kind === PlanLoss.huber && !(param > 0)) c.fail(`delta must be > 0, got ${param}`);
}

function metricOp(c: CheckContext, a: number[], call: Call): void {
  const [kind, m, n, pred, labels, slot] = a as [number, number, number, number, number, number];
  c.oneOf("metric kind", kind, Object.values(PlanMetric));
  c.size("m", m);
  c.size("n", n, 1);
  c.floats("pred", pred, m * n);
  if (kind === PlanMetric.sparseCategoricalAccuracy) c.ints("labels", labels, m);
  else c.floats("labels", labels, m * n);
  const slots = call.header[PlanHeader.metricCount]!;
  if (!Number.isInteger(slot) || slot < 0 || slot >= slots) c.fail(`metric slot ${slot} is not in [0, ${slots})`);
}

/** Every step of the call gathers rows idx[b·batch …] with b in [first, first + count): each must be a row of x. */
function gatherOp(c: CheckContext, a: number[], call: Call): void {
  const [x, rows, rowLen, idx, batch, m, y, isInt] = a as [number, number, number, number, number, number, number, number];
  c.oneOf("isInt", isInt, [0, 1]);
  c.size("rows", rows);
  c.size("batch", batch, 1);
  c.size("m", m);
  if (m > batch) c.fail(`m (${m}) exceeds the batch size ${batch}`);
  c[isInt ? "ints" : "floats"]("x", x, rows * rowLen);
  for (let b = call.first; b < call.first + call.count; b++) {
    const at = idx + b * batch * 4;
    (isInt ? layoutChecks.gatherRowsI32 : layoutChecks.gatherRows)(c, m, rowLen, x, at, y);
    const ids = new Int32Array(c.target.memory.buffer, at, m);
    for (let r = 0; r < m; r++) {
      if (ids[r]! < 0 || ids[r]! >= rows) c.fail(`index array entry ${b * batch + r} = ${ids[r]} is not a row of x (${rows} rows)`);
    }
  }
}

/** Validates one op as the kernel it calls would be validated, with the values runPlan passes. */
function checkOp(c: CheckContext, op: PlanOpView, call: Call): void {
  const a = op.args;
  const lr = 0;
  switch (op.name) {
    case "gather": return gatherOp(c, a, call);
    case "sgemm": {
      const [ta, tb, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc] = a as [number, number, number, number, number, number, number, number, number, number, number, number, number];
      return denseChecks.sgemm(c, ta, tb, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
    }
    case "biasAdd": return denseChecks.biasAdd(c, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!);
    case "biasGrad": return reduceChecks.reduce(c, 0, 1, a[0]!, a[1]!, a[2]!, a[3]!);
    case "activation": return activationChecks.activation(c, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!);
    case "activationBackward": return activationChecks.activationBackward(c, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!);
    case "softmax": return activationChecks.softmax(c, a[0]!, a[1]!, a[2]!, a[3]!);
    case "softmaxBackward": return activationChecks.softmaxBackward(c, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!);
    case "logSoftmax": return activationChecks.logSoftmax(c, a[0]!, a[1]!, a[2]!, a[3]!);
    case "logSoftmaxBackward": return activationChecks.logSoftmaxBackward(c, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!);
    case "dropout": {
      const perStep = call.header[PlanHeader.keysPerStep]!;
      if (!Number.isInteger(a[5]) || a[5]! < 0 || a[5]! >= perStep) c.fail(`dropout key slot ${a[5]} is not in [0, ${perStep})`);
      return randomChecks.dropout(c, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, 0, 0);
    }
    case "dropoutBackward": return randomChecks.dropoutBackward(c, a[0]!, a[1]!, a[2]!, a[3]!);
    case "loss": return lossOp(c, a);
    case "metric": return metricOp(c, a, call);
    case "sgd": return optimizerChecks.sgd(c, a[0]!, a[1]!, a[2]!, lr, 1, a[3]!, a[4]!, a[5]!);
    case "sgdMomentum": return optimizerChecks.sgdMomentum(c, a[0]!, a[1]!, a[2]!, a[3]!, lr, a[4]!, a[5]!, 1, a[6]!, a[7]!, a[8]!);
    case "adam": {
      const [beta1, beta2] = [a[5]!, a[6]!];
      if (!(beta1 >= 0 && Math.fround(beta1) < 1) || !(beta2 >= 0 && beta2 < 1)) c.fail(`adam betas must be in [0, 1), got ${beta1}, ${beta2}`);
      return optimizerChecks.adam(c, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, lr, beta1, beta2, a[7]!, 0, 0, a[8]!, 1, a[9]!, a[10]!, a[11]!);
    }
    case "rmsprop": return optimizerChecks.rmsprop(c, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, lr, a[6]!, a[7]!, a[8]!, a[9]!, 1, a[10]!, a[11]!, a[12]!);
    case "adagrad": return optimizerChecks.adagrad(c, a[0]!, a[1]!, a[2]!, a[3]!, lr, a[4]!, 1, a[5]!, a[6]!, a[7]!);
    case "setLr": {
      const [g, groups, lag] = [a[0]!, a[1]!, a[2]!];
      if (!(groups >= 1) || !(g >= 0 && g < groups)) c.fail(`setLr group ${g} is not in [0, ${groups})`);
      const t = call.header[PlanHeader.steps]!;
      if (!(lag >= 0 && lag <= t)) c.fail(`setLr lag ${lag} is not in [0, ${t}] (the plan's step counter)`);
      return c.floats("lrs", call.header[PlanHeader.lrs]!, call.count * groups);
    }
    case "penalty":
      c.size("n", a[0]!);
      c.floats("w", a[1]!, a[0]!);
      c.finite("l1", a[2]!);
      return c.finite("l2", a[3]!);
  }
}

export const planChecks: CheckTable<PlanKernels> = {
  runPlan(c, plan, first, count) {
    c.ints("plan", plan, PLAN_HEADER_WORDS);
    c.size("first", first);
    c.size("count", count);
    const header = new Int32Array(c.target.memory.buffer, plan, PLAN_HEADER_WORDS);
    if (header[PlanHeader.magic] !== PLAN_MAGIC) c.fail(`no plan at ${plan} (bad magic word ${header[PlanHeader.magic]})`);
    c.size("plan body length", header[PlanHeader.bodyWords]!);
    c.ints("plan", plan, PLAN_HEADER_WORDS + header[PlanHeader.bodyWords]!);
    c.size("plan step counter", header[PlanHeader.steps]!);
    if (header[PlanHeader.steps]! + count > 0x7fffffff) c.fail(`the step counter would overflow`);
    c.floats("lrs", header[PlanHeader.lrs]!, count);
    c.size("keysPerStep", header[PlanHeader.keysPerStep]!);
    c.ints("keys", header[PlanHeader.keys]!, count * header[PlanHeader.keysPerStep]!);
    f64s(c, "losses", header[PlanHeader.losses]!, count);
    c.size("metric count", header[PlanHeader.metricCount]!);
    f64s(c, "metrics", header[PlanHeader.metrics]!, 2 * header[PlanHeader.metricCount]!);
    let ops: PlanOpView[] = [];
    try {
      ops = decodePlan(c.target.memory, plan).ops;
    } catch (e) {
      c.fail((e as Error).message);
    }
    const call = { first, count, header };
    for (const op of ops) checkOp(new CheckContext(c.target, `${c.kernel} (op ${op.name} at word ${op.at})`), op, call);
  },
};
