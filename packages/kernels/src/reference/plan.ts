import type { Kernels, PlanKernels } from "../abi.js";
import { decodePlan, PlanHeader, PlanLoss, PlanMetric, type PlanOpView } from "../plan.js";
import type { RefViews } from "./views.js";

// The plan interpreter of assembly/plan.ts over the reference kernels, so the
// compiled step runs (and is checked) on the js backend too.

type Base = Omit<Kernels, keyof PlanKernels>;

/** Index of the row maximum, first on ties, NaN ignored unless first (the host metrics' rule). */
function argmaxRow(F: ArrayLike<number>, at: number, n: number): number {
  let best = 0;
  for (let j = 1; j < n; j++) if (F[at + j]! > F[at + best]!) best = j;
  return best;
}

export function planReference(v: RefViews, k: Base): PlanKernels {
  function loss(kind: number, m: number, n: number, pred: number, labels: number, weights: number, dpred: number, param: number): number {
    const s = 1 / m;
    switch (kind) {
      case PlanLoss.softmaxCrossEntropy: return k.softmaxCrossEntropy(m, n, pred, labels, 0, weights, dpred, s);
      case PlanLoss.sparseSoftmaxCrossEntropy: return k.softmaxCrossEntropy(m, n, pred, labels, 1, weights, dpred, s);
      case PlanLoss.sigmoidCrossEntropy: return k.sigmoidCrossEntropy(m, n, pred, labels, weights, dpred, s);
      case PlanLoss.categoricalCrossEntropy: return k.categoricalCrossEntropy(m, n, pred, labels, 0, weights, dpred, s, param);
      case PlanLoss.sparseCategoricalCrossEntropy: return k.categoricalCrossEntropy(m, n, pred, labels, 1, weights, dpred, s, param);
      case PlanLoss.binaryCrossEntropy: return k.binaryCrossEntropy(m, n, pred, labels, weights, dpred, s, param);
      case PlanLoss.meanSquaredError: return k.meanSquaredError(m, n, pred, labels, weights, dpred, s);
      case PlanLoss.meanAbsoluteError: return k.meanAbsoluteError(m, n, pred, labels, weights, dpred, s);
      default: return k.huber(m, n, pred, labels, weights, dpred, s, param);
    }
  }

  /** [numerator, denominator] of one metric over a batch. */
  function metric(kind: number, m: number, n: number, pred: number, labels: number): [number, number] {
    const { F, I } = v.refresh();
    const P = v.f(pred);
    if (kind === PlanMetric.categoricalAccuracy || kind === PlanMetric.sparseCategoricalAccuracy) {
      let hits = 0;
      for (let r = 0; r < m; r++) {
        const truth = kind === PlanMetric.sparseCategoricalAccuracy ? I[v.i(labels, r)]! : argmaxRow(F, v.f(labels, r * n), n);
        if (truth === argmaxRow(F, P + r * n, n)) hits++;
      }
      return [hits, m];
    }
    let num = 0;
    let den = 0;
    for (let i = 0; i < m * n; i++) {
      const yp = F[P + i]!;
      const yt = F[v.f(labels, i)]!;
      if (kind === PlanMetric.binaryAccuracy) {
        num += (yp > 0.5) === (yt > 0.5) ? 1 : 0;
        den++;
      } else if (kind === PlanMetric.precision) {
        if (yp > 0.5) [num, den] = [num + (yt > 0.5 ? 1 : 0), den + 1];
      } else if (kind === PlanMetric.recall) {
        if (yt > 0.5) [num, den] = [num + (yp > 0.5 ? 1 : 0), den + 1];
      } else {
        num += kind === PlanMetric.mse ? (yp - yt) ** 2 : Math.abs(yp - yt);
        den++;
      }
    }
    return [num, den];
  }

  function penalty(n: number, x: number, l1: number, l2: number): number {
    const F = v.refresh().F;
    let a = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const w = F[v.f(x, i)]!;
      a += Math.abs(w);
      s += w * w;
    }
    return Math.fround(l1) * a + Math.fround(l2) * s;
  }

  /** One op of step `s` (batch `b`); returns what it adds to the step's loss. */
  function exec(op: PlanOpView, b: number, s: number, t: number, lr: number, header: Int32Array): number {
    const a = op.args;
    switch (op.name) {
      case "gather": {
        const [x, , rowLen, idx, batch, m, y, isInt] = a as [number, number, number, number, number, number, number, number];
        (isInt ? k.gatherRowsI32 : k.gatherRows)(m, rowLen, x, idx + b * batch * 4, y);
        return 0;
      }
      case "sgemm": k.sgemm(...(a as Parameters<Base["sgemm"]>)); return 0;
      case "biasAdd": k.biasAdd(...(a as Parameters<Base["biasAdd"]>)); return 0;
      case "biasGrad": k.reduce(0, 1, a[0]!, a[1]!, a[2]!, a[3]!); return 0;
      case "activation": k.activation(...(a as Parameters<Base["activation"]>)); return 0;
      case "activationBackward": k.activationBackward(...(a as Parameters<Base["activationBackward"]>)); return 0;
      case "softmax": k.softmax(...(a as Parameters<Base["softmax"]>)); return 0;
      case "softmaxBackward": k.softmaxBackward(...(a as Parameters<Base["softmaxBackward"]>)); return 0;
      case "logSoftmax": k.logSoftmax(...(a as Parameters<Base["logSoftmax"]>)); return 0;
      case "logSoftmaxBackward": k.logSoftmaxBackward(...(a as Parameters<Base["logSoftmaxBackward"]>)); return 0;
      case "dropout": {
        const key = v.refresh().I[v.i(header[PlanHeader.keys]!, s * header[PlanHeader.keysPerStep]! + a[5]!)]! >>> 0;
        k.dropout(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, key, 0);
        return 0;
      }
      case "dropoutBackward": k.dropoutBackward(...(a as Parameters<Base["dropoutBackward"]>)); return 0;
      case "loss": return Math.fround(loss(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!, a[7]!) / a[1]!);
      case "metric": {
        const [num, den] = metric(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!);
        const acc = new Float64Array(v.memory.buffer, header[PlanHeader.metrics]! + a[5]! * 16, 2);
        acc[0] += num;
        acc[1] += den;
        return 0;
      }
      case "sgd": k.sgd(a[0]!, a[1]!, a[2]!, lr, 1, a[3]!, a[4]!, a[5]!); return 0;
      case "sgdMomentum": k.sgdMomentum(a[0]!, a[1]!, a[2]!, a[3]!, lr, a[4]!, a[5]!, 1, a[6]!, a[7]!, a[8]!); return 0;
      case "adam": {
        const [n, p, g, m, vs, beta1, beta2, eps, wd, l1, l2, clip] = a as [number, number, number, number, number, number, number, number, number, number, number, number];
        k.adam(n, p, g, m, vs, lr, beta1, beta2, eps, Math.pow(beta1, t + 1), Math.pow(beta2, t + 1), wd, 1, l1, l2, clip);
        return 0;
      }
      case "rmsprop": k.rmsprop(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, lr, a[6]!, a[7]!, a[8]!, a[9]!, 1, a[10]!, a[11]!, a[12]!); return 0;
      case "adagrad": k.adagrad(a[0]!, a[1]!, a[2]!, a[3]!, lr, a[4]!, 1, a[5]!, a[6]!, a[7]!); return 0;
      case "penalty": return penalty(a[0]!, a[1]!, a[2]!, a[3]!);
      case "setLr": return 0; // runPlan switches the rate before calling exec
    }
  }

  return {
    runPlan(plan, first, count) {
      const { header, ops } = decodePlan(v.memory, plan);
      new Float64Array(v.memory.buffer, header[PlanHeader.metrics]!, 2 * header[PlanHeader.metricCount]!).fill(0);
      let t = header[PlanHeader.steps]!;
      for (let s = 0; s < count; s++) {
        let lr = v.refresh().F[v.f(header[PlanHeader.lrs]!, s)]!;
        let tg = t;
        let total = 0;
        for (const op of ops) {
          if (op.name === "setLr") {
            lr = v.refresh().F[v.f(header[PlanHeader.lrs]!, s * op.args[1]! + op.args[0]!)]!;
            tg = t - op.args[2]!;
          } else total += exec(op, first + s, s, tg, lr, header);
        }
        new Float64Array(v.memory.buffer, header[PlanHeader.losses]! + s * 8, 1)[0] = total;
        t++;
      }
      new Int32Array(v.memory.buffer, plan, PlanHeader.steps + 1)[PlanHeader.steps] = t;
      return t;
    },
  };
}
