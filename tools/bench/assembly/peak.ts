// The f32x4 throughput ceiling that sgemm is compared with: CHAINS independent
// chains acc = acc·m + c (one f32x4.mul then one f32x4.add per step), the
// micro-kernel's instruction mix without its loads.
//
// Flops: each f32x4.mul and f32x4.add counts 4 (one per lane), the same
// convention as 2·m·n·k for a GEMM, so one loop iteration is
// CHAINS · UNROLL · 8 flops.
//
// Why 12 chains: a step is a multiply then a dependent add (3 + 3 cycles of
// latency on Zen 3), and the core issues 2 multiplies and 2 adds per cycle,
// so 6 cycles × 2 = 12 chains must be in flight to be throughput-bound.
// Fewer (8) measure ~35% lower; more than 12 accumulators spill (V8 has 15
// allocatable xmm registers and needs m and c in two of them).
// m and c come from memory: V8 re-broadcasts an f32x4.splat inside the loop.

const CHAINS = 12;
const UNROLL = 2;
const CONSTS = memory.data<f32>([0.999, 0.999, 0.999, 0.999, 0.001, 0.001, 0.001, 0.001], 16);

export function flopsPerIteration(): i32 {
  return CHAINS * UNROLL * 8;
}

@inline function step(acc: v128, m: v128, c: v128): v128 {
  return f32x4.add(f32x4.mul(acc, m), c);
}

/** Runs `iterations` loop iterations; returns a lane of the sum so nothing is dead code. */
export function peak(iterations: i32): f32 {
  const m = v128.load(CONSTS), c = v128.load(CONSTS, 16);
  let a0 = f32x4.splat(1.0), a1 = f32x4.splat(1.1), a2 = f32x4.splat(1.2), a3 = f32x4.splat(1.3);
  let a4 = f32x4.splat(1.4), a5 = f32x4.splat(1.5), a6 = f32x4.splat(1.6), a7 = f32x4.splat(1.7);
  let a8 = f32x4.splat(1.8), a9 = f32x4.splat(1.9), a10 = f32x4.splat(2.0), a11 = f32x4.splat(2.1);
  for (let i = 0; i < iterations; i++) {
    a0 = step(a0, m, c); a1 = step(a1, m, c); a2 = step(a2, m, c); a3 = step(a3, m, c);
    a4 = step(a4, m, c); a5 = step(a5, m, c); a6 = step(a6, m, c); a7 = step(a7, m, c);
    a8 = step(a8, m, c); a9 = step(a9, m, c); a10 = step(a10, m, c); a11 = step(a11, m, c);
    a0 = step(a0, m, c); a1 = step(a1, m, c); a2 = step(a2, m, c); a3 = step(a3, m, c);
    a4 = step(a4, m, c); a5 = step(a5, m, c); a6 = step(a6, m, c); a7 = step(a7, m, c);
    a8 = step(a8, m, c); a9 = step(a9, m, c); a10 = step(a10, m, c); a11 = step(a11, m, c);
  }
  const s = f32x4.add(
    f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7))),
    f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11)),
  );
  return f32x4.extract_lane(s, 0);
}
