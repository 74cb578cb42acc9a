// Level-1 helpers over f32/i32 arrays. Reductions keep several f32x4
// accumulators (to hide add latency) over CHUNK elements, then add the chunk
// into an f64 total, so error grows with CHUNK rather than with n.

/** First byte after static data (GEMM packing panels live below it). */
export function heapBase(): usize {
  return __heap_base;
}

const CHUNK = 1024;

@inline function at(p: usize, i: i32): usize {
  return p + (<usize>i << 2);
}

/** Sum of the four lanes, in f64. */
@inline function lanes(v: v128): f64 {
  return <f64>f32x4.extract_lane(v, 0) + <f64>f32x4.extract_lane(v, 1) +
    (<f64>f32x4.extract_lane(v, 2) + <f64>f32x4.extract_lane(v, 3));
}

// f32 and i32 elements are both 4 bytes: one loop serves fill and fillI32.
@inline function fillWith<T>(n: i32, value: T, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const v = v128.splat<T>(value);
    for (; i + 4 <= n; i += 4) v128.store(at(y, i), v);
  }
  for (; i < n; i++) store<T>(at(y, i), value);
}

export function fill(n: i32, value: f32, y: usize): void {
  fillWith<f32>(n, value, y);
}

export function fillI32(n: i32, value: i32, y: usize): void {
  fillWith<i32>(n, value, y);
}

/** memmove: x and y may overlap. */
export function copy(n: i32, x: usize, y: usize): void {
  memory.copy(y, x, <usize>n << 2);
}

export function scal(n: i32, alpha: f32, x: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const a = f32x4.splat(alpha);
    for (; i + 4 <= n; i += 4) v128.store(at(x, i), f32x4.mul(v128.load(at(x, i)), a));
  }
  for (; i < n; i++) store<f32>(at(x, i), load<f32>(at(x, i)) * alpha);
}

export function axpy(n: i32, alpha: f32, x: usize, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const a = f32x4.splat(alpha);
    for (; i + 4 <= n; i += 4) {
      v128.store(at(y, i), f32x4.add(v128.load(at(y, i)), f32x4.mul(a, v128.load(at(x, i)))));
    }
  }
  for (; i < n; i++) store<f32>(at(y, i), load<f32>(at(y, i)) + alpha * load<f32>(at(x, i)));
}

export function sum(n: i32, x: usize): f64 {
  let total: f64 = 0;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    while (i + 16 <= n) {
      const stop = min(n, i + CHUNK);
      let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
      for (; i + 16 <= stop; i += 16) {
        const p = at(x, i);
        a0 = f32x4.add(a0, v128.load(p));
        a1 = f32x4.add(a1, v128.load(p, 16));
        a2 = f32x4.add(a2, v128.load(p, 32));
        a3 = f32x4.add(a3, v128.load(p, 48));
      }
      total += lanes(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)));
    }
  }
  for (; i < n; i++) total += <f64>load<f32>(at(x, i));
  return total;
}

export function sumSquares(n: i32, x: usize): f64 {
  let total: f64 = 0;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    while (i + 16 <= n) {
      const stop = min(n, i + CHUNK);
      let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
      for (; i + 16 <= stop; i += 16) {
        const p = at(x, i);
        const v0 = v128.load(p), v1 = v128.load(p, 16), v2 = v128.load(p, 32), v3 = v128.load(p, 48);
        a0 = f32x4.add(a0, f32x4.mul(v0, v0));
        a1 = f32x4.add(a1, f32x4.mul(v1, v1));
        a2 = f32x4.add(a2, f32x4.mul(v2, v2));
        a3 = f32x4.add(a3, f32x4.mul(v3, v3));
      }
      total += lanes(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)));
    }
  }
  for (; i < n; i++) {
    const v = <f64>load<f32>(at(x, i));
    total += v * v;
  }
  return total;
}

export function dot(n: i32, x: usize, y: usize): f64 {
  let total: f64 = 0;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    while (i + 16 <= n) {
      const stop = min(n, i + CHUNK);
      let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
      for (; i + 16 <= stop; i += 16) {
        const p = at(x, i), q = at(y, i);
        a0 = f32x4.add(a0, f32x4.mul(v128.load(p), v128.load(q)));
        a1 = f32x4.add(a1, f32x4.mul(v128.load(p, 16), v128.load(q, 16)));
        a2 = f32x4.add(a2, f32x4.mul(v128.load(p, 32), v128.load(q, 32)));
        a3 = f32x4.add(a3, f32x4.mul(v128.load(p, 48), v128.load(q, 48)));
      }
      total += lanes(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)));
    }
  }
  for (; i < n; i++) total += <f64>load<f32>(at(x, i)) * <f64>load<f32>(at(y, i));
  return total;
}

/**
 * First index of the row maximum, NaN counting as the maximum (numpy). The
 * SIMD path finds the maximum with NaN-propagating f32x4.max, then the first
 * element equal to it (or NaN): two passes, both vectorised.
 */
@inline function argmaxRow(n: i32, row: usize): i32 {
  let j = 0;
  let best = load<f32>(row);
  if (ASC_FEATURE_SIMD) {
    if (n >= 16) {
      let mv = v128.load(row);
      for (j = 4; j + 4 <= n; j += 4) mv = f32x4.max(mv, v128.load(at(row, j)));
      best = max(max(f32x4.extract_lane(mv, 0), f32x4.extract_lane(mv, 1)),
        max(f32x4.extract_lane(mv, 2), f32x4.extract_lane(mv, 3)));
      for (; j < n; j++) best = max(best, load<f32>(at(row, j)));
      const bv = f32x4.splat(best);
      for (j = 0; j + 4 <= n; j += 4) {
        const v = v128.load(at(row, j));
        if (v128.any_true(v128.or(f32x4.eq(v, bv), f32x4.ne(v, v)))) break;
      }
      // Without NaNs in the row, `v != v` never holds; with one, best is NaN and `v == best` never holds.
      for (; j < n; j++) {
        const v = load<f32>(at(row, j));
        if (v == best || v != v) return j;
      }
    }
  }
  let idx = 0;
  if (best != best) return 0;
  for (j = 1; j < n; j++) {
    const v = load<f32>(at(row, j));
    if (v > best) {
      best = v;
      idx = j;
    } else if (v != v) {
      return j;
    }
  }
  return idx;
}

export function argmaxRows(m: i32, n: i32, x: usize, out: usize): void {
  for (let r = 0; r < m; r++) {
    store<i32>(at(out, r), argmaxRow(n, x + ((<usize>r * <usize>n) << 2)));
  }
}

export function castI32ToF32(n: i32, x: usize, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    for (; i + 4 <= n; i += 4) v128.store(at(y, i), f32x4.convert_i32x4_s(v128.load(at(x, i))));
  }
  for (; i < n; i++) store<f32>(at(y, i), <f32>load<i32>(at(x, i)));
}

/** Truncates toward zero, saturating (NaN → 0), like wasm's trunc_sat. */
export function castF32ToI32(n: i32, x: usize, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    for (; i + 4 <= n; i += 4) v128.store(at(y, i), i32x4.trunc_sat_f32x4_s(v128.load(at(x, i))));
  }
  for (; i < n; i++) store<i32>(at(y, i), <i32>load<f32>(at(x, i)));
}

/** An f32 is NaN or ±Inf exactly when its exponent bits are all ones. */
export function countNonFinite(n: i32, x: usize): i32 {
  const EXP: u32 = 0x7f800000;
  let count = 0;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const e = i32x4.splat(EXP);
    let acc = i32x4.splat(0);
    // An all-ones lane is -1, so subtracting the comparison mask counts hits. A
    // do-while, not a for loop: V8 hoists the splat only out of a loop whose body always runs.
    if (n >= 4) do {
      acc = i32x4.sub(acc, i32x4.eq(v128.and(v128.load(at(x, i)), e), e));
      i += 4;
    } while (i + 4 <= n);
    count = i32x4.extract_lane(acc, 0) + i32x4.extract_lane(acc, 1) +
      i32x4.extract_lane(acc, 2) + i32x4.extract_lane(acc, 3);
  }
  for (; i < n; i++) {
    if ((load<u32>(at(x, i)) & EXP) == EXP) count++;
  }
  return count;
}
