import type { UtilKernels } from "../abi.js";
import type { RefViews } from "./views.js";

/** wasm's i32.trunc_sat_f32_s: toward zero, saturating, NaN → 0. */
function truncSat(x: number): number {
  if (Number.isNaN(x)) return 0;
  if (x <= -2147483648) return -2147483648;
  if (x >= 2147483647) return 2147483647;
  return Math.trunc(x);
}

export function utilReference(v: RefViews): UtilKernels {
  // Scalar arguments are f32 in the ABI; round them as the wasm boundary does.
  const f32 = Math.fround;
  return {
    // The reference has no static data; keep the first KiB free anyway so 0 is never a block.
    heapBase: () => 1024,
    fill(n, value, y) {
      v.refresh().F.fill(f32(value), v.f(y), v.f(y, n));
    },
    fillI32(n, value, y) {
      v.refresh().I.fill(value, v.i(y), v.i(y, n));
    },
    copy(n, x, y) {
      // copyWithin has memmove semantics.
      v.refresh().F.copyWithin(v.f(y), v.f(x), v.f(x, n));
    },
    scal(n, alpha, x) {
      const F = v.refresh().F;
      for (let i = 0; i < n; i++) F[v.f(x, i)] = F[v.f(x, i)]! * f32(alpha);
    },
    axpy(n, alpha, x, y) {
      const F = v.refresh().F;
      for (let i = 0; i < n; i++) F[v.f(y, i)] = F[v.f(y, i)]! + f32(alpha) * F[v.f(x, i)]!;
    },
    sum(n, x) {
      const F = v.refresh().F;
      let s = 0;
      for (let i = 0; i < n; i++) s += F[v.f(x, i)]!;
      return s;
    },
    sumSquares(n, x) {
      const F = v.refresh().F;
      let s = 0;
      for (let i = 0; i < n; i++) s += F[v.f(x, i)]! ** 2;
      return s;
    },
    dot(n, x, y) {
      const F = v.refresh().F;
      let s = 0;
      for (let i = 0; i < n; i++) s += F[v.f(x, i)]! * F[v.f(y, i)]!;
      return s;
    },
    argmaxRows(m, n, x, out) {
      const { F, I } = v.refresh();
      for (let r = 0; r < m; r++) {
        let best = 0;
        for (let j = 0; j < n; j++) {
          const val = F[v.f(x, r * n + j)]!;
          if (Number.isNaN(val)) {
            best = j;
            break;
          }
          if (val > F[v.f(x, r * n + best)]!) best = j;
        }
        I[v.i(out, r)] = best;
      }
    },
    castI32ToF32(n, x, y) {
      const { F, I } = v.refresh();
      for (let i = 0; i < n; i++) F[v.f(y, i)] = I[v.i(x, i)]!;
    },
    castF32ToI32(n, x, y) {
      const { F, I } = v.refresh();
      for (let i = 0; i < n; i++) I[v.i(y, i)] = truncSat(F[v.f(x, i)]!);
    },
    countNonFinite(n, x) {
      const F = v.refresh().F;
      let count = 0;
      for (let i = 0; i < n; i++) if (!Number.isFinite(F[v.f(x, i)]!)) count++;
      return count;
    },
  };
}
