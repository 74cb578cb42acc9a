import type { RandomKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";

/** Seeds and counters are u32; an i32 (as randomBits returns) names the same bits. */
function word(c: CheckContext, label: string, v: number): void {
  if (!Number.isInteger(v) || v < -0x80000000 || v > 0xffffffff) {
    c.fail(`${label} must be a 32-bit integer, got ${v}`);
  }
}

/** The arguments every generator kernel shares, plus its two float parameters. */
function generator(c: CheckContext, n: number, y: number, seed: number, offset: number, params: Record<string, number>): void {
  c.size("n", n);
  c.floats("y", y, n);
  word(c, "seed", seed);
  word(c, "offset", offset);
  for (const [label, v] of Object.entries(params)) c.finite(label, v);
}

export const randomChecks: CheckTable<RandomKernels> = {
  randomBits(c, seed, counter) {
    word(c, "seed", seed);
    word(c, "counter", counter);
  },
  randomUniform: (c, n, y, seed, offset, lo, hi) => generator(c, n, y, seed, offset, { lo, hi }),
  randomNormal: (c, n, y, seed, offset, mean, std) => generator(c, n, y, seed, offset, { mean, std }),
  truncatedNormal: (c, n, y, seed, offset, mean, std) => generator(c, n, y, seed, offset, { mean, std }),
  dropout(c, n, x, y, mask, rate, seed, offset) {
    c.size("n", n);
    c.floats("x", x, n);
    c.floats("y", y, n);
    c.floats("mask", mask, n);
    // As an f32 (what the kernel sees), rate must stay below 1 or 1/(1 − rate) is infinite.
    if (!(rate >= 0 && Math.fround(rate) < 1)) c.fail(`rate must be in [0, 1), got ${rate}`);
    word(c, "seed", seed);
    word(c, "offset", offset);
  },
  dropoutBackward(c, n, dy, mask, dx) {
    c.size("n", n);
    c.floats("dy", dy, n);
    c.floats("mask", mask, n);
    c.floats("dx", dx, n);
  },
};
