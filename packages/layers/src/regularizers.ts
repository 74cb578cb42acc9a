import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";

/** An L1/L2 weight penalty: added to the loss, and fused into the optimizer update where possible. */
export class Regularizer {
  readonly className = "L1L2";
  constructor(readonly l1: number, readonly l2: number) {
    for (const [k, v] of [["l1", l1], ["l2", l2]] as const) {
      if (!(v >= 0) || !Number.isFinite(v)) throw new NeuriteError("BAD_ARGUMENT", `regularizer: ${k} must be a finite number ≥ 0, got ${v}`);
    }
  }

  /** The penalty l1·Σ|w| + l2·Σw² as a scalar tensor. */
  apply(w: nt.Tensor): nt.Tensor {
    return nt.tidy(() => {
      let p: nt.Tensor = nt.scalar(0);
      if (this.l1 > 0) p = nt.add(p, nt.mul(nt.sum(nt.abs(w)), this.l1));
      if (this.l2 > 0) p = nt.add(p, nt.mul(nt.sum(nt.square(w)), this.l2));
      return p;
    });
  }

  /** The Keras config: {l1, l2}. */
  getConfig(): { l1: number; l2: number } {
    return { l1: this.l1, l2: this.l2 };
  }
}

type Amount = number | { l1?: number; l2?: number };

function amount(a: Amount | undefined, key: "l1" | "l2"): number {
  if (a === undefined) return 0.01;
  return typeof a === "number" ? a : (a[key] ?? 0.01);
}

/** Keras's L1 (default 0.01): `l1(0.001)` or TF.js's `l1({l1: 0.001})`. */
export const l1 = (a?: Amount) => new Regularizer(amount(a, "l1"), 0);
/** Keras's L2 (default 0.01): `l2(0.001)` or TF.js's `l2({l2: 0.001})`. */
export const l2 = (a?: Amount) => new Regularizer(0, amount(a, "l2"));
/** L1 and L2 together (each 0.01 by default). */
export const l1l2 = (a: { l1?: number; l2?: number } = {}) => new Regularizer(a.l1 ?? 0.01, a.l2 ?? 0.01);

/** A regularizer or its name, as layer arguments accept it. */
export type RegularizerId = Regularizer | "l1" | "l2" | "l1l2" | null | undefined;

/** The Regularizer for an id (undefined for none). */
export function getRegularizer(id: RegularizerId): Regularizer | undefined {
  if (id === null || id === undefined) return undefined;
  if (id instanceof Regularizer) return id;
  if (id === "l1") return l1();
  if (id === "l2") return l2();
  if (id === "l1l2") return l1l2();
  throw new NeuriteError("BAD_ARGUMENT", `unknown regularizer "${String(id)}"; use l1, l2, l1l2 or an instance`);
}
