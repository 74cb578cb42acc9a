// 12 chains acc = acc*m + c, 4x unrolled
@inline function step(a: v128, vm: v128, vc: v128): v128 { return f32x4.add(f32x4.mul(a, vm), vc); }
export function peakU(iters: i32, m: f32, c: f32): f32 {
  const vm = f32x4.splat(m); const vc = f32x4.splat(c);
  let a0 = f32x4.splat(1), a1 = f32x4.splat(1.1), a2 = f32x4.splat(1.2), a3 = f32x4.splat(1.3);
  let a4 = f32x4.splat(1.4), a5 = f32x4.splat(1.5), a6 = f32x4.splat(1.6), a7 = f32x4.splat(1.7);
  let a8 = f32x4.splat(1.8), a9 = f32x4.splat(1.9), a10 = f32x4.splat(2.0), a11 = f32x4.splat(2.1);
  for (let i = 0; i < iters; i += 4) {
    for (let u = 0; u < 4; u++) {
    a0 = step(a0, vm, vc); a1 = step(a1, vm, vc); a2 = step(a2, vm, vc); a3 = step(a3, vm, vc);
    a4 = step(a4, vm, vc); a5 = step(a5, vm, vc); a6 = step(a6, vm, vc); a7 = step(a7, vm, vc);
    a8 = step(a8, vm, vc); a9 = step(a9, vm, vc); a10 = step(a10, vm, vc); a11 = step(a11, vm, vc);
    }
  }
  let s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  s = f32x4.add(s, f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11)));
  return f32x4.extract_lane(s, 0);
}
export function peakU10(iters: i32, m: f32, c: f32): f32 {
  const vm = f32x4.splat(m); const vc = f32x4.splat(c);
  let a0 = f32x4.splat(1), a1 = f32x4.splat(1.1), a2 = f32x4.splat(1.2), a3 = f32x4.splat(1.3);
  let a4 = f32x4.splat(1.4), a5 = f32x4.splat(1.5), a6 = f32x4.splat(1.6), a7 = f32x4.splat(1.7);
  let a8 = f32x4.splat(1.8), a9 = f32x4.splat(1.9);
  for (let i = 0; i < iters; i += 4) {
    for (let u = 0; u < 4; u++) {
    a0 = step(a0, vm, vc); a1 = step(a1, vm, vc); a2 = step(a2, vm, vc); a3 = step(a3, vm, vc);
    a4 = step(a4, vm, vc); a5 = step(a5, vm, vc); a6 = step(a6, vm, vc); a7 = step(a7, vm, vc);
    a8 = step(a8, vm, vc); a9 = step(a9, vm, vc);
    }
  }
  let s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  s = f32x4.add(s, f32x4.add(a8, a9));
  return f32x4.extract_lane(s, 0);
}
