// Constants of vmath.ts: each scalar value once, and the 16-byte v128 statics
// (…_V) its v128 forms load instead of materialising splats (vmath.ts says why).
// memory.data<f32>, not <v128>, so the scalar flavour (no SIMD) compiles too.

export const LOG2E: f32 = 1.44269504088896341;
// ln 2 split so that k·LN2_HI is exact for |k| ≤ 2^15 (Cephes).
export const LN2_HI: f32 = 0.693359375;
export const LN2_LO: f32 = -2.12194440e-4;
// e^x overflows above ~88.72 and is below the smallest subnormal under ~-103.97;
// clamping just outside keeps k within the two-factor 2^k range (scaleByPow2).
export const EXP_HI: f32 = 89.0;
export const EXP_LO: f32 = -104.0;
export const SQRTHF: f32 = 0.707106781186547524;
export const MIN_NORMAL: f32 = 1.17549435e-38;
export const SUBNORMAL_SCALE: f32 = 8388608.0; // 2^23
export const TWO_OVER_SQRTPI: f32 = 1.1283791670955126;
export const SIGN: i32 = 0x80000000;
export const EXP_BIAS: i32 = 127;
export const MANT_MASK: i32 = 0x007fffff;
export const HALF_BITS: i32 = 0x3f000000; // exponent field of 0.5
export const EXP_P0: f32 = 1.9875691500e-4, EXP_P1: f32 = 1.3981999507e-3, EXP_P2: f32 = 8.3334519073e-3;
export const EXP_P3: f32 = 4.1665795894e-2, EXP_P4: f32 = 1.6666665459e-1, EXP_P5: f32 = 5.0000001201e-1;
export const LOG_P0: f32 = 7.0376836292e-2, LOG_P1: f32 = -1.1514610310e-1, LOG_P2: f32 = 1.1676998740e-1;
export const LOG_P3: f32 = -1.2420140846e-1, LOG_P4: f32 = 1.4249322787e-1, LOG_P5: f32 = -1.6668057665e-1;
export const LOG_P6: f32 = 2.0000714765e-1, LOG_P7: f32 = -2.4999993993e-1, LOG_P8: f32 = 3.3333331174e-1;
export const EM1_P0: f32 = <f32>(1.0 / 40320.0), EM1_P1: f32 = <f32>(1.0 / 5040.0), EM1_P2: f32 = <f32>(1.0 / 720.0);
export const EM1_P3: f32 = <f32>(1.0 / 120.0), EM1_P4: f32 = <f32>(1.0 / 24.0), EM1_P5: f32 = <f32>(1.0 / 6.0);
export const TANH_P0: f32 = -5.70498872745e-3, TANH_P1: f32 = 2.06390887954e-2, TANH_P2: f32 = -5.37397155531e-2;
export const TANH_P3: f32 = 1.33314422036e-1, TANH_P4: f32 = -3.33332819422e-1;
export const TANH_SMALL: f32 = 0.625;
export const ERFC_P0: f32 = 0.17087277, ERFC_P1: f32 = -0.82215223, ERFC_P2: f32 = 1.48851587, ERFC_P3: f32 = -1.13520398;
export const ERFC_P4: f32 = 0.27886807, ERFC_P5: f32 = -0.18628806, ERFC_P6: f32 = 0.09678418, ERFC_P7: f32 = 0.37409196;
export const ERFC_P8: f32 = 1.00002368, ERFC_P9: f32 = -1.26551223;
export const ERF_P0: f32 = <f32>(-1.0 / 1320.0), ERF_P1: f32 = <f32>(1.0 / 216.0), ERF_P2: f32 = <f32>(-1.0 / 42.0);
export const ERF_P3: f32 = <f32>(1.0 / 10.0), ERF_P4: f32 = <f32>(-1.0 / 3.0);

/** A v128 constant from its 16-byte static. */
@inline export function vk(c: usize): v128 {
  return v128.load(c);
}

export const ONE_V = memory.data<f32>([1.0, 1.0, 1.0, 1.0], 16);
export const HALF_V = memory.data<f32>([0.5, 0.5, 0.5, 0.5], 16);
export const TWO_V = memory.data<f32>([2.0, 2.0, 2.0, 2.0], 16);
export const MINUS_TWO_V = memory.data<f32>([-2.0, -2.0, -2.0, -2.0], 16);
export const INF_V = memory.data<f32>([Infinity, Infinity, Infinity, Infinity], 16);
export const NEG_INF_V = memory.data<f32>([-Infinity, -Infinity, -Infinity, -Infinity], 16);
export const NAN_V = memory.data<f32>([NaN, NaN, NaN, NaN], 16);
export const SIGN_V = memory.data<i32>([SIGN, SIGN, SIGN, SIGN], 16);
export const LOG2E_V = memory.data<f32>([LOG2E, LOG2E, LOG2E, LOG2E], 16);
export const LN2_HI_V = memory.data<f32>([LN2_HI, LN2_HI, LN2_HI, LN2_HI], 16);
export const LN2_LO_V = memory.data<f32>([LN2_LO, LN2_LO, LN2_LO, LN2_LO], 16);
export const EXP_HI_V = memory.data<f32>([EXP_HI, EXP_HI, EXP_HI, EXP_HI], 16);
export const EXP_LO_V = memory.data<f32>([EXP_LO, EXP_LO, EXP_LO, EXP_LO], 16);
export const EXP_BIAS_V = memory.data<i32>([EXP_BIAS, EXP_BIAS, EXP_BIAS, EXP_BIAS], 16);
export const EXP_P_V = memory.data<f32>([
  EXP_P0, EXP_P0, EXP_P0, EXP_P0,
  EXP_P1, EXP_P1, EXP_P1, EXP_P1,
  EXP_P2, EXP_P2, EXP_P2, EXP_P2,
  EXP_P3, EXP_P3, EXP_P3, EXP_P3,
  EXP_P4, EXP_P4, EXP_P4, EXP_P4,
  EXP_P5, EXP_P5, EXP_P5, EXP_P5,
], 16);
export const SQRTHF_V = memory.data<f32>([SQRTHF, SQRTHF, SQRTHF, SQRTHF], 16);
export const MIN_NORMAL_V = memory.data<f32>([MIN_NORMAL, MIN_NORMAL, MIN_NORMAL, MIN_NORMAL], 16);
export const SUBNORMAL_SCALE_V = memory.data<f32>([SUBNORMAL_SCALE, SUBNORMAL_SCALE, SUBNORMAL_SCALE, SUBNORMAL_SCALE], 16);
export const SUBNORMAL_EXP_V = memory.data<f32>([23.0, 23.0, 23.0, 23.0], 16);
export const EXP_OFFSET_V = memory.data<i32>([126, 126, 126, 126], 16);
export const MANT_MASK_V = memory.data<i32>([MANT_MASK, MANT_MASK, MANT_MASK, MANT_MASK], 16);
export const HALF_BITS_V = memory.data<i32>([HALF_BITS, HALF_BITS, HALF_BITS, HALF_BITS], 16);
export const LOG_P_V = memory.data<f32>([
  LOG_P0, LOG_P0, LOG_P0, LOG_P0,
  LOG_P1, LOG_P1, LOG_P1, LOG_P1,
  LOG_P2, LOG_P2, LOG_P2, LOG_P2,
  LOG_P3, LOG_P3, LOG_P3, LOG_P3,
  LOG_P4, LOG_P4, LOG_P4, LOG_P4,
  LOG_P5, LOG_P5, LOG_P5, LOG_P5,
  LOG_P6, LOG_P6, LOG_P6, LOG_P6,
  LOG_P7, LOG_P7, LOG_P7, LOG_P7,
  LOG_P8, LOG_P8, LOG_P8, LOG_P8,
], 16);
export const EM1_P_V = memory.data<f32>([
  EM1_P0, EM1_P0, EM1_P0, EM1_P0,
  EM1_P1, EM1_P1, EM1_P1, EM1_P1,
  EM1_P2, EM1_P2, EM1_P2, EM1_P2,
  EM1_P3, EM1_P3, EM1_P3, EM1_P3,
  EM1_P4, EM1_P4, EM1_P4, EM1_P4,
  EM1_P5, EM1_P5, EM1_P5, EM1_P5,
], 16);
export const TANH_P_V = memory.data<f32>([
  TANH_P0, TANH_P0, TANH_P0, TANH_P0,
  TANH_P1, TANH_P1, TANH_P1, TANH_P1,
  TANH_P2, TANH_P2, TANH_P2, TANH_P2,
  TANH_P3, TANH_P3, TANH_P3, TANH_P3,
  TANH_P4, TANH_P4, TANH_P4, TANH_P4,
], 16);
export const TANH_SMALL_V = memory.data<f32>([TANH_SMALL, TANH_SMALL, TANH_SMALL, TANH_SMALL], 16);
export const ERFC_P_V = memory.data<f32>([
  ERFC_P0, ERFC_P0, ERFC_P0, ERFC_P0,
  ERFC_P1, ERFC_P1, ERFC_P1, ERFC_P1,
  ERFC_P2, ERFC_P2, ERFC_P2, ERFC_P2,
  ERFC_P3, ERFC_P3, ERFC_P3, ERFC_P3,
  ERFC_P4, ERFC_P4, ERFC_P4, ERFC_P4,
  ERFC_P5, ERFC_P5, ERFC_P5, ERFC_P5,
  ERFC_P6, ERFC_P6, ERFC_P6, ERFC_P6,
  ERFC_P7, ERFC_P7, ERFC_P7, ERFC_P7,
  ERFC_P8, ERFC_P8, ERFC_P8, ERFC_P8,
  ERFC_P9, ERFC_P9, ERFC_P9, ERFC_P9,
], 16);
export const ERF_P_V = memory.data<f32>([
  ERF_P0, ERF_P0, ERF_P0, ERF_P0,
  ERF_P1, ERF_P1, ERF_P1, ERF_P1,
  ERF_P2, ERF_P2, ERF_P2, ERF_P2,
  ERF_P3, ERF_P3, ERF_P3, ERF_P3,
  ERF_P4, ERF_P4, ERF_P4, ERF_P4,
], 16);
export const TWO_OVER_SQRTPI_V = memory.data<f32>([TWO_OVER_SQRTPI, TWO_OVER_SQRTPI, TWO_OVER_SQRTPI, TWO_OVER_SQRTPI], 16);

/** Coefficient i of a polynomial table (…_P_V: one 16-byte row per coefficient, as the scalar form uses them). */
@inline export function pk(table: usize, i: i32): v128 {
  return v128.load(table + (<usize>i << 4));
}
