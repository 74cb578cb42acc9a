export function l2(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c0 = f32x4.splat(0);
    let c1 = f32x4.splat(0);
    let c2 = f32x4.splat(0);
    let c3 = f32x4.splat(0);
    let c4 = f32x4.splat(0);
    let c5 = f32x4.splat(0);
    let c6 = f32x4.splat(0);
    let c7 = f32x4.splat(0);
    let pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      const b0 = v128.load(pb, 0);
      const b1 = v128.load(pb, 16);
      c0 = f32x4.add(c0, b0);
      c1 = f32x4.add(c1, b1);
      c2 = f32x4.add(c2, b0);
      c3 = f32x4.add(c3, b1);
      c4 = f32x4.add(c4, b0);
      c5 = f32x4.add(c5, b1);
      c6 = f32x4.add(c6, b0);
      c7 = f32x4.add(c7, b1);
      pb += 32;
    }
    v128.store(c, c0, 0);
    v128.store(c, c1, 16);
    v128.store(c, c2, 32);
    v128.store(c, c3, 48);
    v128.store(c, c4, 64);
    v128.store(c, c5, 80);
    v128.store(c, c6, 96);
    v128.store(c, c7, 112);
  }
}
export function l4(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c0 = f32x4.splat(0);
    let c1 = f32x4.splat(0);
    let c2 = f32x4.splat(0);
    let c3 = f32x4.splat(0);
    let c4 = f32x4.splat(0);
    let c5 = f32x4.splat(0);
    let c6 = f32x4.splat(0);
    let c7 = f32x4.splat(0);
    let pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      const b0 = v128.load(pb, 0);
      const b1 = v128.load(pb, 16);
      const b2 = v128.load(pb, 32);
      const b3 = v128.load(pb, 48);
      c0 = f32x4.add(c0, b0);
      c1 = f32x4.add(c1, b1);
      c2 = f32x4.add(c2, b2);
      c3 = f32x4.add(c3, b3);
      c4 = f32x4.add(c4, b0);
      c5 = f32x4.add(c5, b1);
      c6 = f32x4.add(c6, b2);
      c7 = f32x4.add(c7, b3);
      pb += 32;
    }
    v128.store(c, c0, 0);
    v128.store(c, c1, 16);
    v128.store(c, c2, 32);
    v128.store(c, c3, 48);
    v128.store(c, c4, 64);
    v128.store(c, c5, 80);
    v128.store(c, c6, 96);
    v128.store(c, c7, 112);
  }
}
export function l6(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c0 = f32x4.splat(0);
    let c1 = f32x4.splat(0);
    let c2 = f32x4.splat(0);
    let c3 = f32x4.splat(0);
    let c4 = f32x4.splat(0);
    let c5 = f32x4.splat(0);
    let c6 = f32x4.splat(0);
    let c7 = f32x4.splat(0);
    let pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      const b0 = v128.load(pb, 0);
      const b1 = v128.load(pb, 16);
      const b2 = v128.load(pb, 32);
      const b3 = v128.load(pb, 48);
      const b4 = v128.load(pb, 64);
      const b5 = v128.load(pb, 80);
      c0 = f32x4.add(c0, b0);
      c1 = f32x4.add(c1, b1);
      c2 = f32x4.add(c2, b2);
      c3 = f32x4.add(c3, b3);
      c4 = f32x4.add(c4, b4);
      c5 = f32x4.add(c5, b5);
      c6 = f32x4.add(c6, b0);
      c7 = f32x4.add(c7, b1);
      pb += 32;
    }
    v128.store(c, c0, 0);
    v128.store(c, c1, 16);
    v128.store(c, c2, 32);
    v128.store(c, c3, 48);
    v128.store(c, c4, 64);
    v128.store(c, c5, 80);
    v128.store(c, c6, 96);
    v128.store(c, c7, 112);
  }
}
export function l8(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c0 = f32x4.splat(0);
    let c1 = f32x4.splat(0);
    let c2 = f32x4.splat(0);
    let c3 = f32x4.splat(0);
    let c4 = f32x4.splat(0);
    let c5 = f32x4.splat(0);
    let c6 = f32x4.splat(0);
    let c7 = f32x4.splat(0);
    let pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      const b0 = v128.load(pb, 0);
      const b1 = v128.load(pb, 16);
      const b2 = v128.load(pb, 32);
      const b3 = v128.load(pb, 48);
      const b4 = v128.load(pb, 64);
      const b5 = v128.load(pb, 80);
      const b6 = v128.load(pb, 96);
      const b7 = v128.load(pb, 112);
      c0 = f32x4.add(c0, b0);
      c1 = f32x4.add(c1, b1);
      c2 = f32x4.add(c2, b2);
      c3 = f32x4.add(c3, b3);
      c4 = f32x4.add(c4, b4);
      c5 = f32x4.add(c5, b5);
      c6 = f32x4.add(c6, b6);
      c7 = f32x4.add(c7, b7);
      pb += 32;
    }
    v128.store(c, c0, 0);
    v128.store(c, c1, 16);
    v128.store(c, c2, 32);
    v128.store(c, c3, 48);
    v128.store(c, c4, 64);
    v128.store(c, c5, 80);
    v128.store(c, c6, 96);
    v128.store(c, c7, 112);
  }
}
export function s6(reps: i32, kb: i32, pa0: usize, pb0: usize, c: usize): void {
  for (let r = 0; r < reps; r++) {
    let c0 = f32x4.splat(0);
    let c1 = f32x4.splat(0);
    let c2 = f32x4.splat(0);
    let c3 = f32x4.splat(0);
    let c4 = f32x4.splat(0);
    let c5 = f32x4.splat(0);
    let c6 = f32x4.splat(0);
    let c7 = f32x4.splat(0);
    let pb = pb0; const end = pb0 + ((<usize>kb) << 5);
    while (pb < end) {
      const b0 = v128.load32_splat(pb, 0);
      const b1 = v128.load32_splat(pb, 16);
      const b2 = v128.load32_splat(pb, 32);
      const b3 = v128.load32_splat(pb, 48);
      const b4 = v128.load32_splat(pb, 64);
      const b5 = v128.load32_splat(pb, 80);
      c0 = f32x4.add(c0, b0);
      c1 = f32x4.add(c1, b1);
      c2 = f32x4.add(c2, b2);
      c3 = f32x4.add(c3, b3);
      c4 = f32x4.add(c4, b4);
      c5 = f32x4.add(c5, b5);
      c6 = f32x4.add(c6, b0);
      c7 = f32x4.add(c7, b1);
      pb += 32;
    }
    v128.store(c, c0, 0);
    v128.store(c, c1, 16);
    v128.store(c, c2, 32);
    v128.store(c, c3, 48);
    v128.store(c, c4, 64);
    v128.store(c, c5, 80);
    v128.store(c, c6, 96);
    v128.store(c, c7, 112);
  }
}
