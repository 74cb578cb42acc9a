// A small but complete logdir: every event kind RUNLOG.md defines, in the shapes RunLogger writes.
import { scalar, WALL0, writeRun } from "./fixtures.js";

/** Deterministic noise in [-1, 1). */
function noise(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

const RUNS = [
  { name: "baseline", lr: 0.01, units: 64, optimizer: "adam", decay: 1 },
  { name: "lr=0.1", lr: 0.1, units: 64, optimizer: "sgd", decay: 0.6 },
  { name: "wide-dropout", lr: 0.003, units: 256, optimizer: "adam", decay: 1.4 },
];

export const STEPS = 400;
export const EVAL_EVERY = 40;

/** Writes the demo runs; returns the logged values of val/loss per run (what a CSV export must give back). */
export function writeDemo(logdir: string): Map<string, { step: number; wall: number; value: number }[]> {
  const logged = new Map<string, { step: number; wall: number; value: number }[]>();
  RUNS.forEach((r, k) => {
    const rand = noise(k + 1);
    const lines: object[] = [];
    const wall = (step: number) => WALL0 + k * 5000 + step * 1.25;
    lines.push({ step: 0, wall: wall(0), kind: "model", tag: "model", className: "Sequential", config: modelConfig(r.units), summary: summary(r.units) });
    lines.push({ step: 0, wall: wall(0), kind: "text", tag: "notes", text: `${r.name}: ${r.optimizer}, learning rate ${r.lr}, ${r.units} hidden units.` });
    const val: { step: number; wall: number; value: number }[] = [];
    for (let step = 0; step < STEPS; step++) {
      const base = 2.3 * Math.exp((-r.decay * step) / 120) + 0.15;
      lines.push(scalar("train/loss", step, base * (1 + 0.25 * rand()), wall(step)));
      if (step % EVAL_EVERY === 0 || step === STEPS - 1) {
        const v = base * 1.1 + 0.05 + 0.03 * rand();
        val.push({ step, wall: wall(step), value: v });
        lines.push(scalar("val/loss", step, v, wall(step)));
        lines.push(scalar("val/accuracy", step, Math.min(0.99, 1 - v / 2.6), wall(step)));
        lines.push({ step, wall: wall(step), kind: "histogram", tag: "weights/dense/kernel", bins: bins(rand, 0.05 + step / 1500, 24) });
        lines.push({ step, wall: wall(step), kind: "histogram", tag: "gradients/dense/kernel", bins: bins(rand, 0.5 / (1 + step / 40), 24) });
        lines.push(scalar("grad_norm/dense", step, 3 / (1 + step / 60) + 0.1 * rand(), wall(step)));
      }
    }
    logged.set(r.name, val);
    const auc = 0.86 + 0.04 * k;
    for (const c of [0, 1]) {
      const { x, y } = rocPoints(auc - 0.02 * c);
      lines.push({ step: STEPS - 1, wall: wall(STEPS), kind: "curve", tag: `roc/class_${c}`, x, y, auc: auc - 0.02 * c });
      const pr = prPoints(auc - 0.05 - 0.02 * c);
      lines.push({ step: STEPS - 1, wall: wall(STEPS), kind: "curve", tag: `pr/class_${c}`, x: pr.x, y: pr.y, ap: auc - 0.05 - 0.02 * c });
    }
    lines.push({ step: STEPS - 1, wall: wall(STEPS), kind: "confusion", tag: "confusion", labels: ["cat", "dog", "bird"], matrix: [[80 + 5 * k, 12 - 2 * k, 8], [9, 84, 7 - k], [5, 10 - k, 85 + k]] });
    lines.push({ step: 0, wall: wall(STEPS), kind: "hparams", tag: "run", params: { learningRate: r.lr, units: r.units, optimizer: r.optimizer }, metrics: { val_loss: val[val.length - 1]!.value, val_accuracy: Math.min(0.99, 1 - val[val.length - 1]!.value / 2.6) } });
    if (r.name === "lr=0.1") {
      lines.push({ step: 120, wall: wall(120), kind: "diagnostic", tag: "dead_units", level: "warning", message: "dense: 38% of ReLU units never activate on the validation set (learning rate too high?)", tags: ["train/loss"], values: { dense: 0.38, dense_1: 0.02 } });
    }
    writeRun(logdir, r.name, lines);
  });
  return logged;
}

/** A search as @neurite/eval's writeToRunLog writes it (packages/eval/RUNLOG.md): trials, a learning and a validation curve. */
export function writeSearch(logdir: string): void {
  const lines: object[] = [];
  const grid = [0.001, 0.003, 0.01, 0.03, 0.1].flatMap((lr) => [16, 64].map((units) => ({ lr, units })));
  const acc = grid.map(({ lr, units }) => 0.95 - 0.04 * Math.abs(Math.log10(lr) + 2) ** 2 + (units === 64 ? 0.01 : 0));
  const ranks = acc.map((a) => 1 + acc.filter((b) => b > a).length);
  grid.forEach((p, i) => {
    lines.push({ step: i, wall: WALL0 + i, kind: "hparams", tag: "trial", trial: i, params: { learningRate: p.lr, units: p.units }, metrics: { accuracy: acc[i], accuracy_std: 0.01, fit_time: 0.4 }, rank: ranks[i] });
  });
  const sizes = [50, 100, 200, 400, 800];
  const learn = (series: string, y: number[]) => ({ step: 0, wall: WALL0, kind: "curve", tag: "learningCurve/accuracy", series, x: sizes, y, yStd: y.map((v) => 0.03 * (1 - v) + 0.005), xLabel: "trainSize", yLabel: "accuracy" });
  lines.push(learn("train", [0.99, 0.98, 0.97, 0.965, 0.96]), learn("test", [0.7, 0.8, 0.87, 0.91, 0.93]));
  const opt = (series: string, y: number[]) => ({ step: 0, wall: WALL0, kind: "curve", tag: "validationCurve/optimizer/accuracy", series, x: ["sgd", "momentum", "adam"], y, yStd: [0.02, 0.015, 0.01], xLabel: "optimizer", yLabel: "accuracy" });
  lines.push(opt("train", [0.9, 0.94, 0.97]), opt("test", [0.86, 0.9, 0.93]));
  writeRun(logdir, "search", lines);
}

function bins(rand: () => number, spread: number, n: number): { lo: number; hi: number; count: number }[] {
  const lo = -3 * spread;
  const w = (6 * spread) / n;
  return Array.from({ length: n }, (_, i) => {
    const mid = lo + (i + 0.5) * w;
    return { lo: lo + i * w, hi: lo + (i + 1) * w, count: Math.round(400 * Math.exp(-(mid * mid) / (2 * spread * spread)) * (1 + 0.1 * rand())) };
  });
}

/** A smooth ROC curve whose area is about `auc` (binormal shape). */
function rocPoints(auc: number): { x: number[]; y: number[] } {
  const p = auc / (1 - auc);
  const x = Array.from({ length: 41 }, (_, i) => i / 40);
  return { x, y: x.map((f) => 1 - Math.pow(1 - f, p)) };
}

function prPoints(ap: number): { x: number[]; y: number[] } {
  const x = Array.from({ length: 41 }, (_, i) => i / 40);
  return { x, y: x.map((r) => Math.min(1, ap + (1 - ap) * (1 - r) ** 2 - 0.25 * r ** 4)) };
}

function modelConfig(units: number): object {
  return {
    name: "sequential",
    layers: [
      { class_name: "Dense", config: { name: "dense", batch_input_shape: [null, 64], units, activation: "relu" } },
      { class_name: "Dropout", config: { name: "dropout", rate: 0.2 } },
      { class_name: "Dense", config: { name: "dense_1", units: 3, activation: "softmax" } },
    ],
  };
}

function summary(units: number): string {
  const p1 = 64 * units + units;
  const p2 = units * 3 + 3;
  return [
    'Model: "sequential"',
    "─".repeat(46),
    "Layer (type)        Output Shape     Param #  ",
    "═".repeat(46),
    `dense (Dense)       (None, ${units})${" ".repeat(12 - String(units).length)}${String(p1).padStart(7)}  `,
    `dropout (Dropout)   (None, ${units})${" ".repeat(12 - String(units).length)}${"0".padStart(7)}  `,
    `dense_1 (Dense)     (None, 3)           ${String(p2).padStart(7)}  `,
    "─".repeat(46),
    `Total params: ${p1 + p2}`,
    `Trainable params: ${p1 + p2}`,
    "Non-trainable params: 0",
  ].join("\n");
}
