import type { LossKernels } from "../abi.js";
import type { RefViews } from "./views.js";

/** One row's loss and its gradient ∂ℓ/∂pred (before scale·w). */
interface RowLoss {
  loss: number;
  grad: number[];
}

const clip = (p: number, lo: number, hi: number): number => Math.min(Math.max(p, lo), hi);
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function softmaxRow(z: number[]): { p: number[]; lse: number } {
  const mx = z.reduce((a, b) => Math.max(a, b), -Infinity);
  const e = z.map((zj) => Math.exp(zj - mx));
  const sum = e.reduce((s, ej) => s + ej, 0);
  return { p: e.map((ej) => ej / sum), lse: mx + Math.log(sum) };
}

/** Labels of 0 contribute nothing, even against a −inf logit or a zero probability. */
function softmaxCE(z: number[], y: number[]): RowLoss {
  const { p, lse } = softmaxRow(z);
  const ysum = y.reduce((s, yj) => s + yj, 0);
  const loss = y.reduce((s, yj, j) => (yj !== 0 ? s + yj * (lse - z[j]!) : s), 0);
  // The exact derivative of the loss: p·Σy − y (= p − y when labels sum to 1).
  return { loss, grad: p.map((pj, j) => pj * ysum - y[j]!) };
}

function categoricalCE(p: number[], y: number[], eps: number): RowLoss {
  const lo = eps;
  const hi = 1 - eps;
  let loss = 0;
  const grad = p.map((pj, j) => {
    const yj = y[j]!;
    if (yj === 0) return 0;
    const pc = clip(pj, lo, hi);
    loss -= yj * Math.log(pc);
    return pj < lo || pj > hi ? 0 : -yj / pc;
  });
  return { loss, grad };
}

/** Mean over the row of element terms, each giving [loss, ∂loss/∂pred]. */
function meanRow(p: number[], t: number[], term: (p: number, t: number) => [number, number]): RowLoss {
  const n = p.length;
  let loss = 0;
  const grad = p.map((pj, j) => {
    const [l, g] = term(pj, t[j]!);
    loss += l;
    return g / n;
  });
  return { loss: loss / n, grad };
}

export function lossReference(v: RefViews): LossKernels {
  const row = (p: number, r: number, n: number): number[] => {
    const out = new Array<number>(n);
    for (let j = 0; j < n; j++) out[j] = v.F[v.f(p, r * n + j)]!;
    return out;
  };
  /** Sparse labels as one-hot rows; an id outside [0, n) gives a row of NaN. */
  const labelRow = (labels: number, sparse: number, r: number, n: number): number[] => {
    if (!sparse) return row(labels, r, n);
    const c = v.I[v.i(labels, r)]!;
    const y = new Array<number>(n).fill(0);
    if (c >= 0 && c < n) y[c] = 1;
    else y.fill(NaN);
    return y;
  };
  /** Σ w_i·ℓ_i over rows, writing scale·w_i·∂ℓ_i/∂pred when d ≠ 0. */
  const run = (m: number, n: number, weights: number, d: number, scale: number, rowLoss: (r: number) => RowLoss): number => {
    v.refresh();
    if (n <= 0) return 0;
    let total = 0;
    for (let r = 0; r < m; r++) {
      const w = weights ? v.F[v.f(weights, r)]! : 1;
      const { loss, grad } = rowLoss(r);
      total += w * loss;
      if (d) for (let j = 0; j < n; j++) v.F[v.f(d, r * n + j)] = scale * w * grad[j]!;
    }
    return total;
  };

  return {
    softmaxCrossEntropy: (m, n, logits, labels, sparse, weights, dlogits, scale) =>
      run(m, n, weights, dlogits, scale, (r) => softmaxCE(row(logits, r, n), labelRow(labels, sparse, r, n))),

    sigmoidCrossEntropy: (m, n, logits, labels, weights, dlogits, scale) =>
      run(m, n, weights, dlogits, scale, (r) =>
        meanRow(row(logits, r, n), row(labels, r, n), (z, y) => [
          Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z))),
          sigmoid(z) - y,
        ])),

    categoricalCrossEntropy: (m, n, probs, labels, sparse, weights, dprobs, scale, eps) =>
      run(m, n, weights, dprobs, scale, (r) => categoricalCE(row(probs, r, n), labelRow(labels, sparse, r, n), eps)),

    binaryCrossEntropy: (m, n, probs, labels, weights, dprobs, scale, eps) =>
      run(m, n, weights, dprobs, scale, (r) =>
        meanRow(row(probs, r, n), row(labels, r, n), (p, y) => {
          const pc = clip(p, eps, 1 - eps);
          const loss = -((y !== 0 ? y * Math.log(pc) : 0) + (y !== 1 ? (1 - y) * Math.log(1 - pc) : 0));
          return [loss, p < eps || p > 1 - eps ? 0 : (pc - y) / (pc * (1 - pc))];
        })),

    meanSquaredError: (m, n, pred, target, weights, dpred, scale) =>
      run(m, n, weights, dpred, scale, (r) =>
        meanRow(row(pred, r, n), row(target, r, n), (p, t) => [(p - t) ** 2, 2 * (p - t)])),

    meanAbsoluteError: (m, n, pred, target, weights, dpred, scale) =>
      run(m, n, weights, dpred, scale, (r) =>
        meanRow(row(pred, r, n), row(target, r, n), (p, t) => [Math.abs(p - t), Math.sign(p - t)])),

    huber: (m, n, pred, target, weights, dpred, scale, delta) =>
      run(m, n, weights, dpred, scale, (r) =>
        meanRow(row(pred, r, n), row(target, r, n), (p, t) => {
          const e = p - t;
          const loss = Math.abs(e) <= delta ? 0.5 * e * e : delta * (Math.abs(e) - 0.5 * delta);
          return [loss, Math.min(Math.max(e, -delta), delta)];
        })),
  };
}
