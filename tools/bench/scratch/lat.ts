export function lat(iters: i32, c: f32): f32 {
  let x = f32x4.splat(c); const vc = f32x4.splat(c);
  for (let i = 0; i < iters; i++) {
    x = f32x4.add(x, vc); x = f32x4.add(x, vc); x = f32x4.add(x, vc); x = f32x4.add(x, vc);
    x = f32x4.add(x, vc); x = f32x4.add(x, vc); x = f32x4.add(x, vc); x = f32x4.add(x, vc);
  }
  return f32x4.extract_lane(x, 0);
}
export function ilat(iters: i32, c: i32): i32 {
  let x = c;
  for (let i = 0; i < iters; i++) {
    x = x * c; x = x * c; x = x * c; x = x * c; x = x * c; x = x * c; x = x * c; x = x * c;
  }
  return x;
}
