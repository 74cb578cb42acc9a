// Counter-based random numbers: element i of a call uses counter offset + i
// under key seed, so a call with offset o over n elements reproduces the
// slice [o, o + n) of any longer call, in every flavour, bit for bit.
//
// The generator is two rounds of a 32-bit integer permutation keyed by the
// seed: bits = mix(mix(counter ^ k1) ^ k2), with k1 = mix(seed + 0x9e3779b9)
// and k2 = mix(k1 ^ 0x85ebca6b) (all mod 2^32). For one seed it is a
// bijection of the counter (no repeats within 2^32 draws); different seeds
// give different permutations, not shifted copies of one stream. Only xor,
// shifts and 32-bit multiplies are used, so the TypeScript reference matches
// it with Math.imul.
// see: https://github.com/skeeto/hash-prospector (mix: the [16 21f0aaad 15 735a2d97 15] permutation)
//
// The vector loops are guarded do-whiles, not for loops: V8 hoists loop-invariant
// values (the key, range and multiplier splats) only out of a loop whose body
// always runs, and rebuilds them every iteration of a for loop (1.35× slower).

const GOLDEN: u32 = 0x9e3779b9;
const TWO_M24: f32 = 5.9604644775390625e-8;
/** Redraws of truncatedNormal before giving up; 64 rejections in a row have p ≈ 0.0455^64. */
const MAX_DRAWS: u32 = 64;

@inline function at(p: usize, i: i32): usize {
  return p + (<usize>i << 2);
}

@inline function mix(x: u32): u32 {
  x ^= x >>> 16;
  x *= 0x21f0aaad;
  x ^= x >>> 15;
  x *= 0x735a2d97;
  x ^= x >>> 15;
  return x;
}

@inline function mixV(x: v128): v128 {
  x = v128.xor(x, i32x4.shr_u(x, 16));
  x = i32x4.mul(x, i32x4.splat(0x21f0aaad));
  x = v128.xor(x, i32x4.shr_u(x, 15));
  x = i32x4.mul(x, i32x4.splat(0x735a2d97));
  return v128.xor(x, i32x4.shr_u(x, 15));
}

@inline function key1(seed: u32): u32 {
  return mix(seed + GOLDEN);
}

@inline function key2(k1: u32): u32 {
  return mix(k1 ^ 0x85ebca6b);
}

@inline function bits(k1: u32, k2: u32, counter: u32): u32 {
  return mix(mix(counter ^ k1) ^ k2);
}

/** Lane j is the uniform of counter c + j: (bits >>> 8)·2⁻²⁴, exact in f32. */
@inline function uniformV(k1: v128, k2: v128, c: v128): v128 {
  const b = mixV(v128.xor(mixV(v128.xor(c, k1)), k2));
  return f32x4.mul(f32x4.convert_i32x4_s(i32x4.shr_u(b, 8)), f32x4.splat(TWO_M24));
}

@inline function uniform(k1: u32, k2: u32, counter: u32): f32 {
  return <f32>(bits(k1, k2, counter) >>> 8) * TWO_M24;
}

/**
 * Standard normal number k of a stream: counters 2j and 2j + 1 (j = k >> 1)
 * feed one Box–Muller pair; even k takes r·cos θ, odd k takes r·sin θ. So
 * normals also depend on k alone and offsets continue like uniforms.
 * u1 ∈ (0, 1] keeps the log finite. f64 math, identical in both wasm flavours.
 * see: https://en.wikipedia.org/wiki/Box%E2%80%93Muller_transform
 */
@inline function normal(k1: u32, k2: u32, k: u32): f64 {
  const c = k & ~1;
  const u1 = (<f64>(bits(k1, k2, c) >>> 8) + 1) * <f64>TWO_M24;
  const u2 = <f64>(bits(k1, k2, c | 1) >>> 8) * <f64>TWO_M24;
  const r = Math.sqrt(-2 * Math.log(u1));
  const theta = 2 * Math.PI * u2;
  return (k & 1) != 0 ? r * Math.sin(theta) : r * Math.cos(theta);
}

export function randomBits(seed: u32, counter: u32): u32 {
  const k1 = key1(seed);
  return bits(k1, key2(k1), counter);
}

export function randomUniform(n: i32, y: usize, seed: u32, offset: u32, lo: f32, hi: f32): void {
  const k1 = key1(seed), k2 = key2(k1);
  const range = hi - lo;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const k1v = i32x4.splat(k1), k2v = i32x4.splat(k2), lov = f32x4.splat(lo), rv = f32x4.splat(range);
    let c = i32x4.add(i32x4.splat(offset), i32x4(0, 1, 2, 3));
    if (n >= 4) do {
      v128.store(at(y, i), f32x4.add(lov, f32x4.mul(rv, uniformV(k1v, k2v, c))));
      c = i32x4.add(c, i32x4.splat(4));
      i += 4;
    } while (i + 4 <= n);
  }
  for (; i < n; i++) store<f32>(at(y, i), lo + range * uniform(k1, k2, offset + <u32>i));
}

export function randomNormal(n: i32, y: usize, seed: u32, offset: u32, mean: f32, std: f32): void {
  const k1 = key1(seed), k2 = key2(k1);
  for (let i = 0; i < n; i++) {
    store<f32>(at(y, i), <f32>(<f64>mean + <f64>std * normal(k1, k2, offset + <u32>i)));
  }
}

/**
 * Normal k redrawn until |z| ≤ 2: draw a (a ≥ 1) is normal k of the stream
 * keyed by seed + a·φ, so the result still depends on (seed, k) alone.
 */
function redraw(seed: u32, k: u32): f64 {
  let z: f64 = 0;
  for (let a: u32 = 1; a < MAX_DRAWS; a++) {
    const k1 = key1(seed + a * GOLDEN);
    z = normal(k1, key2(k1), k);
    if (Math.abs(z) <= 2) return z;
  }
  return Math.max(-2, Math.min(2, z));
}

export function truncatedNormal(n: i32, y: usize, seed: u32, offset: u32, mean: f32, std: f32): void {
  const k1 = key1(seed), k2 = key2(k1);
  for (let i = 0; i < n; i++) {
    const k = offset + <u32>i;
    let z = normal(k1, k2, k);
    if (Math.abs(z) > 2) z = redraw(seed, k);
    store<f32>(at(y, i), <f32>(<f64>mean + <f64>std * z));
  }
}

/** mask = u ≥ rate ? 1/(1 − rate) : 0 with u the uniform of counter offset + i; y = x·mask. */
export function dropout(n: i32, x: usize, y: usize, mask: usize, rate: f32, seed: u32, offset: u32): void {
  const k1 = key1(seed), k2 = key2(k1);
  const scale: f32 = 1 / (1 - rate);
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const k1v = i32x4.splat(k1), k2v = i32x4.splat(k2), rv = f32x4.splat(rate), sv = f32x4.splat(scale);
    let c = i32x4.add(i32x4.splat(offset), i32x4(0, 1, 2, 3));
    if (n >= 4) do {
      const xv = v128.load(at(x, i));
      const m = v128.and(f32x4.ge(uniformV(k1v, k2v, c), rv), sv);
      v128.store(at(mask, i), m);
      v128.store(at(y, i), f32x4.mul(xv, m));
      c = i32x4.add(c, i32x4.splat(4));
      i += 4;
    } while (i + 4 <= n);
  }
  for (; i < n; i++) {
    const xv = load<f32>(at(x, i));
    // select, not a branch: keep/drop is a coin flip the CPU cannot predict.
    const m = select<f32>(scale, 0, uniform(k1, k2, offset + <u32>i) >= rate);
    store<f32>(at(mask, i), m);
    store<f32>(at(y, i), xv * m);
  }
}

export function dropoutBackward(n: i32, dy: usize, mask: usize, dx: usize): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    for (; i + 4 <= n; i += 4) v128.store(at(dx, i), f32x4.mul(v128.load(at(dy, i)), v128.load(at(mask, i))));
  }
  for (; i < n; i++) store<f32>(at(dx, i), load<f32>(at(dy, i)) * load<f32>(at(mask, i)));
}
