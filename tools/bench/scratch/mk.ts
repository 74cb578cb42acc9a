export function k4x8u1(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb, 0), b1 = v128.load(pb, 16);
        const a0 = v128.load32_splat(pa, 0); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load32_splat(pa, 4); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load32_splat(pa, 8); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load32_splat(pa, 12); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      pa += 16; pb += 32;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
  }
}
export function p4x8u1(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb, 0), b1 = v128.load(pb, 16);
        const a0 = v128.load(pa, 0); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load(pa, 16); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load(pa, 32); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load(pa, 48); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      pa += 64; pb += 32;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
  }
}
export function k4x8u2(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb, 0), b1 = v128.load(pb, 16);
        const a0 = v128.load32_splat(pa, 0); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load32_splat(pa, 4); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load32_splat(pa, 8); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load32_splat(pa, 12); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      { const b0 = v128.load(pb, 32), b1 = v128.load(pb, 48);
        const a0 = v128.load32_splat(pa, 16); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load32_splat(pa, 20); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load32_splat(pa, 24); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load32_splat(pa, 28); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      pa += 32; pb += 64;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
  }
}
export function p4x8u2(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb, 0), b1 = v128.load(pb, 16);
        const a0 = v128.load(pa, 0); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load(pa, 16); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load(pa, 32); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load(pa, 48); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      { const b0 = v128.load(pb, 32), b1 = v128.load(pb, 48);
        const a0 = v128.load(pa, 64); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load(pa, 80); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load(pa, 96); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load(pa, 112); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
      }
      pa += 128; pb += 64;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
  }
}
export function k5x8u1(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let c40 = f32x4.splat(0), c41 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb, 0), b1 = v128.load(pb, 16);
        const a0 = v128.load32_splat(pa, 0); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load32_splat(pa, 4); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load32_splat(pa, 8); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load32_splat(pa, 12); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
        const a4 = v128.load32_splat(pa, 16); c40 = f32x4.add(c40, f32x4.mul(a4, b0)); c41 = f32x4.add(c41, f32x4.mul(a4, b1));
      }
      pa += 20; pb += 32;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
    v128.store(c, f32x4.add(v128.load(c, 128), c40), 128); v128.store(c, f32x4.add(v128.load(c, 144), c41), 144);
  }
}
export function p5x8u1(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let c40 = f32x4.splat(0), c41 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb, 0), b1 = v128.load(pb, 16);
        const a0 = v128.load(pa, 0); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load(pa, 16); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load(pa, 32); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load(pa, 48); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
        const a4 = v128.load(pa, 64); c40 = f32x4.add(c40, f32x4.mul(a4, b0)); c41 = f32x4.add(c41, f32x4.mul(a4, b1));
      }
      pa += 80; pb += 32;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
    v128.store(c, f32x4.add(v128.load(c, 128), c40), 128); v128.store(c, f32x4.add(v128.load(c, 144), c41), 144);
  }
}
export function k5x8u2(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let c40 = f32x4.splat(0), c41 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb, 0), b1 = v128.load(pb, 16);
        const a0 = v128.load32_splat(pa, 0); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load32_splat(pa, 4); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load32_splat(pa, 8); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load32_splat(pa, 12); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
        const a4 = v128.load32_splat(pa, 16); c40 = f32x4.add(c40, f32x4.mul(a4, b0)); c41 = f32x4.add(c41, f32x4.mul(a4, b1));
      }
      { const b0 = v128.load(pb, 32), b1 = v128.load(pb, 48);
        const a0 = v128.load32_splat(pa, 20); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load32_splat(pa, 24); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load32_splat(pa, 28); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load32_splat(pa, 32); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
        const a4 = v128.load32_splat(pa, 36); c40 = f32x4.add(c40, f32x4.mul(a4, b0)); c41 = f32x4.add(c41, f32x4.mul(a4, b1));
      }
      pa += 40; pb += 64;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
    v128.store(c, f32x4.add(v128.load(c, 128), c40), 128); v128.store(c, f32x4.add(v128.load(c, 144), c41), 144);
  }
}
export function p5x8u2(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
    let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
    let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
    let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
    let c40 = f32x4.splat(0), c41 = f32x4.splat(0);
    let pa = pa0, pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      { const b0 = v128.load(pb, 0), b1 = v128.load(pb, 16);
        const a0 = v128.load(pa, 0); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load(pa, 16); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load(pa, 32); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load(pa, 48); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
        const a4 = v128.load(pa, 64); c40 = f32x4.add(c40, f32x4.mul(a4, b0)); c41 = f32x4.add(c41, f32x4.mul(a4, b1));
      }
      { const b0 = v128.load(pb, 32), b1 = v128.load(pb, 48);
        const a0 = v128.load(pa, 80); c00 = f32x4.add(c00, f32x4.mul(a0, b0)); c01 = f32x4.add(c01, f32x4.mul(a0, b1));
        const a1 = v128.load(pa, 96); c10 = f32x4.add(c10, f32x4.mul(a1, b0)); c11 = f32x4.add(c11, f32x4.mul(a1, b1));
        const a2 = v128.load(pa, 112); c20 = f32x4.add(c20, f32x4.mul(a2, b0)); c21 = f32x4.add(c21, f32x4.mul(a2, b1));
        const a3 = v128.load(pa, 128); c30 = f32x4.add(c30, f32x4.mul(a3, b0)); c31 = f32x4.add(c31, f32x4.mul(a3, b1));
        const a4 = v128.load(pa, 144); c40 = f32x4.add(c40, f32x4.mul(a4, b0)); c41 = f32x4.add(c41, f32x4.mul(a4, b1));
      }
      pa += 160; pb += 64;
    }
    v128.store(c, f32x4.add(v128.load(c, 0), c00), 0); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(c, f32x4.add(v128.load(c, 32), c10), 32); v128.store(c, f32x4.add(v128.load(c, 48), c11), 48);
    v128.store(c, f32x4.add(v128.load(c, 64), c20), 64); v128.store(c, f32x4.add(v128.load(c, 80), c21), 80);
    v128.store(c, f32x4.add(v128.load(c, 96), c30), 96); v128.store(c, f32x4.add(v128.load(c, 112), c31), 112);
    v128.store(c, f32x4.add(v128.load(c, 128), c40), 128); v128.store(c, f32x4.add(v128.load(c, 144), c41), 144);
  }
}
