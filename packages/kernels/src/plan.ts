/**
 * The plan format of `runPlan` (ABI.md, "plan.ts"): header words, opcodes,
 * operand widths and a writer. assembly/plan.ts holds the same numbers.
 */

/** First header word of every plan ("NPL1"). */
export const PLAN_MAGIC = 0x314c504e;

/** Header word indices. */
export const PlanHeader = {
  magic: 0, bodyWords: 1, steps: 2, lrs: 3, keys: 4, keysPerStep: 5, losses: 6, metrics: 7, metricCount: 8,
} as const;
export const PLAN_HEADER_WORDS = 9;

export const PlanOp = {
  gather: 1, sgemm: 2, biasAdd: 3, biasGrad: 4, activation: 5, activationBackward: 6, softmax: 7, softmaxBackward: 8,
  logSoftmax: 9, logSoftmaxBackward: 10, dropout: 11, dropoutBackward: 12, loss: 13, metric: 14, sgd: 15,
  sgdMomentum: 16, adam: 17, rmsprop: 18, adagrad: 19, penalty: 20, setLr: 21,
} as const;
export type PlanOpName = keyof typeof PlanOp;

/**
 * Operands of each opcode, one letter each: i integer, p pointer (byte
 * offset), f f32 (stored as its bits), d f64 (two words, low first).
 */
export const PLAN_FORMAT: Readonly<Record<PlanOpName, string>> = {
  gather: "piipiipi", sgemm: "iiiiifpipifpi", biasAdd: "iippp", biasGrad: "iipp", activation: "iifpp",
  activationBackward: "iifpppp", softmax: "iipp", softmaxBackward: "iippp", logSoftmax: "iipp", logSoftmaxBackward: "iippp",
  dropout: "ipppfi", dropoutBackward: "ippp", loss: "iiippppf", metric: "iiippi", sgd: "ippfff", sgdMomentum: "ipppfifff",
  adam: "ippppddfffff", rmsprop: "ipppppfffifff", adagrad: "ipppffff", penalty: "ipff", setLr: "iii",
};

const NAMES = Object.keys(PlanOp) as PlanOpName[];

/** The name of an opcode, or undefined for an unknown one. */
export function planOpName(code: number): PlanOpName | undefined {
  return NAMES.find((n) => PlanOp[n] === code);
}

/** Operand words of an op (an f64 takes two). */
export function planWidth(name: PlanOpName): number {
  const f = PLAN_FORMAT[name];
  return f.length + f.split("d").length - 1;
}

export const PlanLoss = {
  softmaxCrossEntropy: 0, sparseSoftmaxCrossEntropy: 1, sigmoidCrossEntropy: 2, categoricalCrossEntropy: 3,
  sparseCategoricalCrossEntropy: 4, binaryCrossEntropy: 5, meanSquaredError: 6, meanAbsoluteError: 7, huber: 8,
} as const;

export const PlanMetric = {
  binaryAccuracy: 0, categoricalAccuracy: 1, sparseCategoricalAccuracy: 2, precision: 3, recall: 4, mse: 5, mae: 6,
} as const;
export type PlanMetricName = keyof typeof PlanMetric;

const bits = new DataView(new ArrayBuffer(8));

/** Builds a plan body op by op; `words(header)` gives the whole program. */
export class PlanWriter {
  private readonly body: number[] = [];

  /** Appends one op, encoding each operand as PLAN_FORMAT says. */
  op(name: PlanOpName, ...operands: number[]): this {
    const format = PLAN_FORMAT[name];
    if (operands.length !== format.length) {
      throw new RangeError(`plan op ${name} takes ${format.length} operands (${format}), got ${operands.length}`);
    }
    this.body.push(PlanOp[name]);
    operands.forEach((v, i) => {
      const kind = format[i];
      if (kind === "f") {
        bits.setFloat32(0, v, true);
        this.body.push(bits.getInt32(0, true));
      } else if (kind === "d") {
        bits.setFloat64(0, v, true);
        this.body.push(bits.getInt32(0, true), bits.getInt32(4, true));
      } else {
        if (!Number.isInteger(v)) throw new RangeError(`plan op ${name}: operand ${i} must be an integer, got ${v}`);
        this.body.push(v | 0);
      }
    });
    return this;
  }

  get length(): number {
    return this.body.length;
  }

  /** The program: header then body. Pointers are byte offsets; see PlanHeader. */
  words(h: { steps: number; lrs: number; keys: number; keysPerStep: number; losses: number; metrics: number; metricCount: number }): Int32Array {
    const out = new Int32Array(PLAN_HEADER_WORDS + this.body.length);
    out[PlanHeader.magic] = PLAN_MAGIC;
    out[PlanHeader.bodyWords] = this.body.length;
    out[PlanHeader.steps] = h.steps;
    out[PlanHeader.lrs] = h.lrs;
    out[PlanHeader.keys] = h.keys;
    out[PlanHeader.keysPerStep] = h.keysPerStep;
    out[PlanHeader.losses] = h.losses;
    out[PlanHeader.metrics] = h.metrics;
    out[PlanHeader.metricCount] = h.metricCount;
    out.set(this.body, PLAN_HEADER_WORDS);
    return out;
  }
}

/** One decoded op: its name, the word where it starts, and its operands as numbers. */
export interface PlanOpView {
  name: PlanOpName;
  at: number;
  args: number[];
}

/**
 * Decodes the body of the plan at byte offset `plan`; throws a RangeError on
 * an unknown opcode or an op running past the body.
 */
export function decodePlan(memory: WebAssembly.Memory, plan: number): { header: Int32Array; ops: PlanOpView[] } {
  const all = new Int32Array(memory.buffer);
  const view = new DataView(memory.buffer);
  const base = plan >> 2;
  const header = all.slice(base, base + PLAN_HEADER_WORDS);
  const end = PLAN_HEADER_WORDS + header[PlanHeader.bodyWords]!;
  if (base + end > all.length) throw new RangeError(`the plan body runs past the end of memory`);
  const ops: PlanOpView[] = [];
  for (let pc = PLAN_HEADER_WORDS; pc < end; ) {
    const name = planOpName(all[base + pc]!);
    if (!name) throw new RangeError(`unknown opcode ${all[base + pc]} at word ${pc}`);
    if (pc + 1 + planWidth(name) > end) throw new RangeError(`op ${name} at word ${pc} runs past the end of the body`);
    const args: number[] = [];
    let at = pc + 1;
    for (const kind of PLAN_FORMAT[name]) {
      const byte = plan + at * 4;
      if (kind === "f") args.push(view.getFloat32(byte, true));
      else if (kind === "d") args.push(view.getFloat64(byte, true));
      else args.push(all[base + at]!);
      at += kind === "d" ? 2 : 1;
    }
    ops.push({ name, at: pc, args });
    pc = at;
  }
  return { header, ops };
}
