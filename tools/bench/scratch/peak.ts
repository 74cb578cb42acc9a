// N independent chains acc = acc*m + c
export function peak12(iters: i32, m: f32, c: f32): f32 {
  const vm = f32x4.splat(m); const vc = f32x4.splat(c);
  let a0 = f32x4.splat(1), a1 = f32x4.splat(1.1), a2 = f32x4.splat(1.2), a3 = f32x4.splat(1.3);
  let a4 = f32x4.splat(1.4), a5 = f32x4.splat(1.5), a6 = f32x4.splat(1.6), a7 = f32x4.splat(1.7);
  let a8 = f32x4.splat(1.8), a9 = f32x4.splat(1.9), a10 = f32x4.splat(2.0), a11 = f32x4.splat(2.1);
  for (let i = 0; i < iters; i++) {
    a0 = f32x4.add(f32x4.mul(a0, vm), vc); a1 = f32x4.add(f32x4.mul(a1, vm), vc);
    a2 = f32x4.add(f32x4.mul(a2, vm), vc); a3 = f32x4.add(f32x4.mul(a3, vm), vc);
    a4 = f32x4.add(f32x4.mul(a4, vm), vc); a5 = f32x4.add(f32x4.mul(a5, vm), vc);
    a6 = f32x4.add(f32x4.mul(a6, vm), vc); a7 = f32x4.add(f32x4.mul(a7, vm), vc);
    a8 = f32x4.add(f32x4.mul(a8, vm), vc); a9 = f32x4.add(f32x4.mul(a9, vm), vc);
    a10 = f32x4.add(f32x4.mul(a10, vm), vc); a11 = f32x4.add(f32x4.mul(a11, vm), vc);
  }
  let s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  s = f32x4.add(s, f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11)));
  return f32x4.extract_lane(s, 0);
}
export function peak8(iters: i32, m: f32, c: f32): f32 {
  const vm = f32x4.splat(m); const vc = f32x4.splat(c);
  let a0 = f32x4.splat(1), a1 = f32x4.splat(1.1), a2 = f32x4.splat(1.2), a3 = f32x4.splat(1.3);
  let a4 = f32x4.splat(1.4), a5 = f32x4.splat(1.5), a6 = f32x4.splat(1.6), a7 = f32x4.splat(1.7);
  for (let i = 0; i < iters; i++) {
    a0 = f32x4.add(f32x4.mul(a0, vm), vc); a1 = f32x4.add(f32x4.mul(a1, vm), vc);
    a2 = f32x4.add(f32x4.mul(a2, vm), vc); a3 = f32x4.add(f32x4.mul(a3, vm), vc);
    a4 = f32x4.add(f32x4.mul(a4, vm), vc); a5 = f32x4.add(f32x4.mul(a5, vm), vc);
    a6 = f32x4.add(f32x4.mul(a6, vm), vc); a7 = f32x4.add(f32x4.mul(a7, vm), vc);
  }
  let s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  return f32x4.extract_lane(s, 0);
}
// separate mul chains and add chains: 6 + 6
export function peakSep(iters: i32, m: f32, c: f32): f32 {
  const vm = f32x4.splat(m); const vc = f32x4.splat(c);
  let a0 = f32x4.splat(1), a1 = f32x4.splat(1.1), a2 = f32x4.splat(1.2), a3 = f32x4.splat(1.3);
  let a4 = f32x4.splat(1.4), a5 = f32x4.splat(1.5), s0 = f32x4.splat(1.6), s1 = f32x4.splat(1.7);
  let s2 = f32x4.splat(1.8), s3 = f32x4.splat(1.9), s4 = f32x4.splat(2.0), s5 = f32x4.splat(2.1);
  for (let i = 0; i < iters; i++) {
    a0 = f32x4.mul(a0, vm); s0 = f32x4.add(s0, vc); a1 = f32x4.mul(a1, vm); s1 = f32x4.add(s1, vc);
    a2 = f32x4.mul(a2, vm); s2 = f32x4.add(s2, vc); a3 = f32x4.mul(a3, vm); s3 = f32x4.add(s3, vc);
    a4 = f32x4.mul(a4, vm); s4 = f32x4.add(s4, vc); a5 = f32x4.mul(a5, vm); s5 = f32x4.add(s5, vc);
  }
  let s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(s0, s1)));
  s = f32x4.add(s, f32x4.add(f32x4.add(s2, s3), f32x4.add(s4, s5)));
  return f32x4.extract_lane(s, 0);
}
