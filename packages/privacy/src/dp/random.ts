/**
 * Randomness for the privacy mechanism. Without a seed, numbers come from
 * the platform's CSPRNG (crypto.getRandomValues, in Node ≥ 19 and browsers):
 * DP noise from a predictable generator gives no privacy. With a seed they are
 * reproducible, for tests and research runs only.
 */
import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";

/** Murmur3's finaliser over (seed, counter): a fresh 32-bit key per draw. */
function mixKey(seed: number, counter: number): number {
  let h = (seed ^ Math.imul(counter + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 2^-53: turns a 53-bit integer into a double in [0, 1). */
const TWO_POW_M53 = 1 / 9007199254740992;
/** getRandomValues fills at most 65,536 bytes per call. */
const CHUNK_WORDS = 16384;

/** The mechanism's random numbers: the platform's CSPRNG, or a seeded stream for tests. */
export class PrivacyRandom {
  private counter = 0;

  /** `seed` makes the stream reproducible (and so not private); omit it to draw from the CSPRNG. */
  constructor(readonly seed?: number) {
    if (seed !== undefined && !Number.isInteger(seed)) throw new NeuriteError("BAD_ARGUMENT", `privacy: seed must be an integer, got ${seed}`);
    if (seed === undefined && typeof globalThis.crypto?.getRandomValues !== "function") {
      throw new NeuriteError("UNSUPPORTED", "privacy: this runtime has no crypto.getRandomValues; pass a seed only if reproducible (non-private) noise is acceptable");
    }
  }

  get secure(): boolean {
    return this.seed === undefined;
  }

  /** n uniform doubles in [0, 1). */
  uniform(n: number): Float64Array {
    const out = new Float64Array(n);
    if (this.seed !== undefined) {
      const u = nt.tidy(() => nt.randomUniform([n], 0, 1, mixKey(this.seed!, this.counter++)).data());
      out.set(u);
      return out;
    }
    const words = new Uint32Array(Math.min(2 * n, CHUNK_WORDS));
    for (let i = 0; i < n; ) {
      globalThis.crypto.getRandomValues(words);
      for (let w = 0; w + 1 < words.length && i < n; w += 2, i++) {
        out[i] = ((words[w]! >>> 5) * 67108864 + (words[w + 1]! >>> 6)) * TWO_POW_M53;
      }
    }
    return out;
  }

  /** A float32 tensor of N(0, std²) values. */
  normal(shape: number[], std: number): nt.Tensor {
    if (this.seed !== undefined) return nt.randomNormal(shape, 0, std, mixKey(this.seed, this.counter++));
    const n = shape.reduce((a, b) => a * b, 1);
    const u = this.uniform(n + (n % 2));
    const z = new Float32Array(n);
    // Box–Muller in double precision; 1 − u keeps the logarithm's argument in (0, 1].
    for (let i = 0; i < n; i += 2) {
      const r = std * Math.sqrt(-2 * Math.log(1 - u[i]!));
      const t = 2 * Math.PI * u[i + 1]!;
      z[i] = r * Math.cos(t);
      if (i + 1 < n) z[i + 1] = r * Math.sin(t);
    }
    return nt.tensor(z, shape);
  }
}

/**
 * Poisson sampling, the sampling the accountant assumes: each of `datasetSize`
 * indices is included independently with probability `rate`. The batch size varies.
 */
export function poissonSample(datasetSize: number, rate: number, random: PrivacyRandom = new PrivacyRandom()): Int32Array {
  if (!Number.isInteger(datasetSize) || datasetSize < 0) throw new NeuriteError("BAD_ARGUMENT", `poissonSample: datasetSize must be an integer ≥ 0, got ${datasetSize}`);
  if (!(rate >= 0 && rate <= 1)) throw new NeuriteError("BAD_ARGUMENT", `poissonSample: rate must be in [0, 1], got ${rate}`);
  const u = random.uniform(datasetSize);
  const picked: number[] = [];
  for (let i = 0; i < datasetSize; i++) if (u[i]! < rate) picked.push(i);
  return Int32Array.from(picked);
}
