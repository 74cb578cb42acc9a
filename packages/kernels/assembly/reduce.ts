// Reductions along one axis of x viewed as [outer, len, inner] (ABI.md
// "reduce.ts"), and sumToShape, the gradient of broadcasting.
//
// Sums along the innermost axis accumulate in four f32 lanes over chunks of
// CHUNK terms and the chunk totals in f64 (like util's sum); sums along an
// outer axis and products accumulate in f64 throughout. max and min propagate
// NaN (wasm's f32.max/min, like TF). The scalar flavour follows the same
// order of operations, so both flavours give identical bits for every kernel.
import { SHAPE, STRIDES, collapse, dim, nextOffset, startWalk } from "./strided";

const SUM = 0, MEAN = 1, MAX = 2, MIN = 3, PROD = 4;
const ARGMAX = 0;

const CHUNK = 256;
// f64 running sums of a tile of columns, for reductions over an outer axis.
const TILE = 256;
const TOTAL = memory.data(TILE * 8, 16);

@inline function f(p: usize, i: i32): usize {
  return p + (<usize>i << 2);
}

/**
 * Σ x[0..n): four f32 partial sums (vector lanes, or four scalars in the
 * scalar flavour, so both give the same bits) per chunk, chunks added in f64.
 */
function rowSum(n: i32, x: usize): f64 {
  let total: f64 = 0;
  for (let c = 0; c < n; c += CHUNK) {
    const end = min(n, c + CHUNK);
    let i = c;
    let s: f32 = 0;
    if (ASC_FEATURE_SIMD) {
      let acc = f32x4.splat(0);
      for (; i + 4 <= end; i += 4) acc = f32x4.add(acc, v128.load(f(x, i)));
      s = (f32x4.extract_lane(acc, 0) + f32x4.extract_lane(acc, 1)) + (f32x4.extract_lane(acc, 2) + f32x4.extract_lane(acc, 3));
    } else {
      let s0: f32 = 0, s1: f32 = 0, s2: f32 = 0, s3: f32 = 0;
      for (; i + 4 <= end; i += 4) {
        s0 += load<f32>(f(x, i));
        s1 += load<f32>(f(x, i + 1));
        s2 += load<f32>(f(x, i + 2));
        s3 += load<f32>(f(x, i + 3));
      }
      s = (s0 + s1) + (s2 + s3);
    }
    for (; i < end; i++) s += load<f32>(f(x, i));
    total += <f64>s;
  }
  return total;
}

/** y[i] += x[i] for i < n. */
@inline function addRow(n: i32, x: usize, y: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    for (; i + 4 <= n; i += 4) v128.store(f(y, i), f32x4.add(v128.load(f(y, i)), v128.load(f(x, i))));
  }
  for (; i < n; i++) store<f32>(f(y, i), load<f32>(f(y, i)) + load<f32>(f(x, i)));
}

/** y[j] = (accumulate ? y[j] : 0) + (Σ_l x[l·ld + j]) / divisor for j < w ≤ TILE, summed in f64. */
function sumColumnTile(len: i32, w: i32, x: usize, ld: i32, y: usize, divisor: f64, accumulate: bool): void {
  memory.fill(TOTAL, 0, <usize>w << 3);
  for (let l = 0; l < len; l++) {
    const xl = f(x, l * ld);
    let j = 0;
    if (ASC_FEATURE_SIMD) {
      for (; j + 4 <= w; j += 4) {
        const v = v128.load(f(xl, j)), t = TOTAL + (<usize>j << 3);
        v128.store(t, f64x2.add(v128.load(t), f64x2.promote_low_f32x4(v)));
        v128.store(t + 16, f64x2.add(v128.load(t + 16), f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 0, 1))));
      }
    }
    for (; j < w; j++) {
      const t = TOTAL + (<usize>j << 3);
      store<f64>(t, load<f64>(t) + <f64>load<f32>(f(xl, j)));
    }
  }
  for (let j = 0; j < w; j++) {
    const s = load<f64>(TOTAL + (<usize>j << 3)) / divisor;
    store<f32>(f(y, j), accumulate ? <f32>(<f64>load<f32>(f(y, j)) + s) : <f32>s);
  }
}

function sumColumns(len: i32, inner: i32, x: usize, y: usize, divisor: f64, accumulate: bool): void {
  for (let j = 0; j < inner; j += TILE) {
    sumColumnTile(len, min(TILE, inner - j), f(x, j), inner, f(y, j), divisor, accumulate);
  }
}

@inline function extremumOf(isMax: bool, a: f32, b: f32): f32 {
  return isMax ? max<f32>(a, b) : min<f32>(a, b);
}

@inline function extremumOfV(isMax: bool, a: v128, b: v128): v128 {
  return isMax ? f32x4.max(a, b) : f32x4.min(a, b);
}

// max/min are commutative and associative under wasm's NaN and ±0 rules, so
// the lane order cannot change the result.
@inline function extremum(isMax: bool, outer: i32, len: i32, inner: i32, x: usize, y: usize): void {
  const init: f32 = isMax ? -Infinity : Infinity;
  for (let o = 0; o < outer; o++) {
    const xo = f(x, o * len * inner), yo = f(y, o * inner);
    if (inner == 1) {
      let i = 0;
      let m = init;
      if (ASC_FEATURE_SIMD) {
        let acc = f32x4.splat(init);
        for (; i + 4 <= len; i += 4) acc = extremumOfV(isMax, acc, v128.load(f(xo, i)));
        m = extremumOf(isMax, extremumOf(isMax, f32x4.extract_lane(acc, 0), f32x4.extract_lane(acc, 1)),
          extremumOf(isMax, f32x4.extract_lane(acc, 2), f32x4.extract_lane(acc, 3)));
      }
      for (; i < len; i++) m = extremumOf(isMax, m, load<f32>(f(xo, i)));
      store<f32>(yo, m);
      continue;
    }
    for (let j = 0; j < inner; j++) store<f32>(f(yo, j), init);
    for (let l = 0; l < len; l++) {
      const xl = f(xo, l * inner);
      let j = 0;
      if (ASC_FEATURE_SIMD) {
        for (; j + 4 <= inner; j += 4) v128.store(f(yo, j), extremumOfV(isMax, v128.load(f(yo, j)), v128.load(f(xl, j))));
      }
      for (; j < inner; j++) store<f32>(f(yo, j), extremumOf(isMax, load<f32>(f(yo, j)), load<f32>(f(xl, j))));
    }
  }
}

function product(outer: i32, len: i32, inner: i32, x: usize, y: usize): void {
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      let p: f64 = 1;
      for (let l = 0; l < len; l++) p *= <f64>load<f32>(f(x, (o * len + l) * inner + j));
      store<f32>(f(y, o * inner + j), <f32>p);
    }
  }
}

/**
 * y[o, j] = op over l of x[o, l, j]. Over an empty axis: sum 0, mean NaN,
 * max -inf, min +inf, prod 1.
 */
export function reduce(op: i32, outer: i32, len: i32, inner: i32, x: usize, y: usize): void {
  if (outer == 0 || inner == 0) return;
  if (op == MAX) extremum(true, outer, len, inner, x, y);
  else if (op == MIN) extremum(false, outer, len, inner, x, y);
  else if (op == PROD) product(outer, len, inner, x, y);
  else if (op == SUM || op == MEAN) {
    const divisor: f64 = op == MEAN ? <f64>len : 1;
    for (let o = 0; o < outer; o++) {
      const xo = f(x, o * len * inner), yo = f(y, o * inner);
      if (inner == 1) store<f32>(yo, <f32>(rowSum(len, xo) / divisor));
      else sumColumns(len, inner, xo, yo, divisor, false);
    }
  }
}

// argmax/argmin: the first index wins ties; a NaN beats any number and the
// first NaN wins, like numpy.
@inline function beats(isMax: bool, v: f32, best: f32): bool {
  return (isMax ? v > best : v < best) || (v != v && best == best);
}

@inline function beatsV(isMax: bool, v: v128, best: v128): v128 {
  return v128.or(isMax ? f32x4.gt(v, best) : f32x4.lt(v, best), v128.andnot(f32x4.ne(v, v), f32x4.ne(best, best)));
}

const LANES = memory.data(32, 16);

@inline function argRow(isMax: bool, len: i32, x: usize): i32 {
  let best = load<f32>(x);
  let at = 0;
  let i = 1;
  if (ASC_FEATURE_SIMD && len >= 4) {
    // Lane k tracks the best of elements k, k + 4, …; then the lanes are
    // merged, ties going to the smaller index.
    let bestV = v128.load(x);
    let atV = i32x4(0, 1, 2, 3);
    let index = atV;
    for (i = 4; i + 4 <= len; i += 4) {
      index = i32x4.add(index, i32x4.splat(4));
      const v = v128.load(f(x, i));
      const m = beatsV(isMax, v, bestV);
      bestV = v128.bitselect(v, bestV, m);
      atV = v128.bitselect(index, atV, m);
    }
    v128.store(LANES, bestV);
    v128.store(LANES + 16, atV);
    best = load<f32>(LANES);
    at = load<i32>(LANES + 16);
    for (let k = 1; k < 4; k++) {
      const v = load<f32>(f(LANES, k)), vi = load<i32>(f(LANES + 16, k));
      const tie = v == best || (v != v && best != best);
      if (beats(isMax, v, best) || (tie && vi < at)) {
        best = v;
        at = vi;
      }
    }
  }
  for (; i < len; i++) {
    const v = load<f32>(f(x, i));
    if (beats(isMax, v, best)) {
      best = v;
      at = i;
    }
  }
  return at;
}

@inline function argColumns(isMax: bool, len: i32, inner: i32, x: usize, y: usize): void {
  let j = 0;
  if (ASC_FEATURE_SIMD) {
    for (; j + 4 <= inner; j += 4) {
      let bestV = v128.load(f(x, j));
      let atV = i32x4.splat(0);
      for (let l = 1; l < len; l++) {
        const v = v128.load(f(x, l * inner + j));
        const m = beatsV(isMax, v, bestV);
        bestV = v128.bitselect(v, bestV, m);
        atV = v128.bitselect(i32x4.splat(l), atV, m);
      }
      v128.store(f(y, j), atV);
    }
  }
  for (; j < inner; j++) {
    let best = load<f32>(f(x, j));
    let at = 0;
    for (let l = 1; l < len; l++) {
      const v = load<f32>(f(x, l * inner + j));
      if (beats(isMax, v, best)) {
        best = v;
        at = l;
      }
    }
    store<i32>(f(y, j), at);
  }
}

@inline function argReduceOf(isMax: bool, outer: i32, len: i32, inner: i32, x: usize, y: usize): void {
  for (let o = 0; o < outer; o++) {
    const xo = f(x, o * len * inner), yo = f(y, o * inner);
    if (inner == 1) store<i32>(yo, argRow(isMax, len, xo));
    else argColumns(isMax, len, inner, xo, yo);
  }
}

/** y[o, j] (i32) = the index l of the max (argmax) or min (argmin) of x[o, l, j]; len ≥ 1. */
export function argReduce(op: i32, outer: i32, len: i32, inner: i32, x: usize, y: usize): void {
  if (outer == 0 || inner == 0) return;
  if (op == ARGMAX) argReduceOf(true, outer, len, inner, x, y);
  else argReduceOf(false, outer, len, inner, x, y);
}


/** y[Σ idx·yStrides] += x[idx] for x contiguous of `shape` (rank ≤ 8); y is zeroed by the caller. */
export function sumToShape(rank: i32, shape: usize, yStrides: usize, x: usize, y: usize): void {
  const r = collapse(rank, shape, yStrides);
  if (r == 0) return;
  const last = r - 1;
  const n = dim(SHAPE, last), s = dim(STRIDES, last);
  if (r == 2 && s == 1 && dim(STRIDES, 0) == 0) {
    sumColumns(dim(SHAPE, 0), n, x, y, 1, true);
    return;
  }
  const rows = startWalk(last);
  let yo = 0;
  for (let row = 0; row < rows; row++) {
    const xr = f(x, row * n), yr = y + (<usize>yo << 2);
    if (s == 1) addRow(n, xr, yr);
    else if (s == 0) store<f32>(yr, <f32>(<f64>load<f32>(yr) + rowSum(n, xr)));
    else {
      const step = <usize>s << 2;
      let p = yr;
      for (let k = 0; k < n; k++) {
        store<f32>(p, load<f32>(p) + load<f32>(f(xr, k)));
        p += step;
      }
    }
    yo = nextOffset(last, yo);
  }
}
