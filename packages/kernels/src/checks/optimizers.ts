import type { OptimizerKernels } from "../abi.js";
import type { CheckContext, CheckTable } from "../checks/context.js";

function finite(c: CheckContext, params: Record<string, number>): void {
  for (const [label, v] of Object.entries(params)) c.finite(label, v);
}

/** n, p, g and the regularisation/clipping scalars every update shares. */
function common(c: CheckContext, n: number, p: number, g: number, gradScale: number, l1: number, l2: number, clipValue: number): void {
  c.size("n", n);
  c.floats("p", p, n);
  c.floats("g", g, n);
  finite(c, { gradScale, l1, l2, clipValue });
}

export const optimizerChecks: CheckTable<OptimizerKernels> = {
  regGradSumSquares(c, n, p, g, l1, l2) {
    common(c, n, p, g, 1, l1, l2, 0);
  },
  sgd(c, n, p, g, lr, gradScale, l1, l2, clipValue) {
    common(c, n, p, g, gradScale, l1, l2, clipValue);
    c.finite("lr", lr);
  },
  sgdMomentum(c, n, p, g, v, lr, momentum, nesterov, gradScale, l1, l2, clipValue) {
    common(c, n, p, g, gradScale, l1, l2, clipValue);
    c.floats("v", v, n);
    finite(c, { lr, momentum });
    c.oneOf("nesterov", nesterov, [0, 1]);
  },
  adam(c, n, p, g, m, v, lr, beta1, beta2, eps, beta1Power, beta2Power, weightDecay, gradScale, l1, l2, clipValue) {
    common(c, n, p, g, gradScale, l1, l2, clipValue);
    c.floats("m", m, n);
    c.floats("v", v, n);
    finite(c, { lr, beta1, beta2, eps, weightDecay, beta1Power, beta2Power });
    // 1 − β1ᵗ divides (so β1ᵗ, as the f32 the kernel sees, must stay below 1) and √(1 − β2ᵗ) needs β2ᵗ ≤ 1.
    if (beta1Power < 0 || Math.fround(beta1Power) >= 1) c.fail(`beta1Power must be in [0, 1), got ${beta1Power}`);
    if (beta2Power < 0 || beta2Power > 1) c.fail(`beta2Power must be in [0, 1], got ${beta2Power}`);
  },
  rmsprop(c, n, p, g, ms, mom, mg, lr, rho, momentum, eps, centered, gradScale, l1, l2, clipValue) {
    common(c, n, p, g, gradScale, l1, l2, clipValue);
    c.floats("ms", ms, n);
    finite(c, { lr, rho, momentum, eps });
    c.oneOf("centered", centered, [0, 1]);
    // Slots that the update does not use may be 0; used ones must be real arrays.
    if (momentum > 0) c.floats("mom", mom, n);
    else c.optFloats("mom", mom, n);
    if (centered) c.floats("mg", mg, n);
    else c.optFloats("mg", mg, n);
  },
  adagrad(c, n, p, g, acc, lr, eps, gradScale, l1, l2, clipValue) {
    common(c, n, p, g, gradScale, l1, l2, clipValue);
    c.floats("acc", acc, n);
    finite(c, { lr, eps });
  },
};
