export function k4x8(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb), b1 = v128.load(pb, 16);
        const a0 = v128.load32_splat(pa, 0);
        c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load32_splat(pa, 4);
        c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load32_splat(pa, 8);
        c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load32_splat(pa, 12);
        c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      pa += 16; pb += 32;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
  }
}
export function p4x8(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb), b1 = v128.load(pb, 16);
        const a0 = v128.load(pa, 0);
        c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load(pa, 16);
        c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load(pa, 32);
        c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load(pa, 48);
        c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      pa += 64; pb += 32;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
  }
}
export function i4x8(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    const a0 = v128.load32_splat(pa0, 0);
    const a1 = v128.load32_splat(pa0, 4);
    const a2 = v128.load32_splat(pa0, 8);
    const a3 = v128.load32_splat(pa0, 12);
    while (pb < end) {
      { const b0 = v128.load(pb), b1 = v128.load(pb, 16);
        c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      pa += 16; pb += 32;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
  }
}

export function c12u2(iters: i32, p: usize): f32 {
  const vm = v128.load(p); const vc = v128.load(p, 16);
  let a0 = f32x4.splat(1.00);
  let a1 = f32x4.splat(1.05);
  let a2 = f32x4.splat(1.10);
  let a3 = f32x4.splat(1.15);
  let a4 = f32x4.splat(1.20);
  let a5 = f32x4.splat(1.25);
  let a6 = f32x4.splat(1.30);
  let a7 = f32x4.splat(1.35);
  let a8 = f32x4.splat(1.40);
  let a9 = f32x4.splat(1.45);
  let a10 = f32x4.splat(1.50);
  let a11 = f32x4.splat(1.55);
  for (let i = 0; i < iters; i += 2) {
    a0 = f32x4.add(f32x4.mul(a0, vm), vc);
    a1 = f32x4.add(f32x4.mul(a1, vm), vc);
    a2 = f32x4.add(f32x4.mul(a2, vm), vc);
    a3 = f32x4.add(f32x4.mul(a3, vm), vc);
    a4 = f32x4.add(f32x4.mul(a4, vm), vc);
    a5 = f32x4.add(f32x4.mul(a5, vm), vc);
    a6 = f32x4.add(f32x4.mul(a6, vm), vc);
    a7 = f32x4.add(f32x4.mul(a7, vm), vc);
    a8 = f32x4.add(f32x4.mul(a8, vm), vc);
    a9 = f32x4.add(f32x4.mul(a9, vm), vc);
    a10 = f32x4.add(f32x4.mul(a10, vm), vc);
    a11 = f32x4.add(f32x4.mul(a11, vm), vc);
    a0 = f32x4.add(f32x4.mul(a0, vm), vc);
    a1 = f32x4.add(f32x4.mul(a1, vm), vc);
    a2 = f32x4.add(f32x4.mul(a2, vm), vc);
    a3 = f32x4.add(f32x4.mul(a3, vm), vc);
    a4 = f32x4.add(f32x4.mul(a4, vm), vc);
    a5 = f32x4.add(f32x4.mul(a5, vm), vc);
    a6 = f32x4.add(f32x4.mul(a6, vm), vc);
    a7 = f32x4.add(f32x4.mul(a7, vm), vc);
    a8 = f32x4.add(f32x4.mul(a8, vm), vc);
    a9 = f32x4.add(f32x4.mul(a9, vm), vc);
    a10 = f32x4.add(f32x4.mul(a10, vm), vc);
    a11 = f32x4.add(f32x4.mul(a11, vm), vc);
  }
  return f32x4.extract_lane(f32x4.add(f32x4.add(f32x4.add(f32x4.add(f32x4.add(f32x4.add(f32x4.add(f32x4.add(f32x4.add(f32x4.add(f32x4.add(a0, a1), a2), a3), a4), a5), a6), a7), a8), a9), a10), a11), 0);
}
