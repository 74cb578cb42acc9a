// The hand-written baseline for the tiny-network benchmark: 2-H-H-1 with tanh
// hidden layers, a sigmoid output and binary cross-entropy, trained by
// minibatch SGD with the obvious loops over Float64Arrays (JS's own number),
// written for this one shape so the JIT sees simple code. Like fit(), each
// epoch shuffles the rows, gathers every batch by index and reports the loss.

/** A seeded uniform in [0, 1) (mulberry32). */
export function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class PlainTinyNet {
  // Weights are [in, out] row-major, as in a dense layer.
  private readonly W1: Float64Array;
  private readonly b1: Float64Array;
  private readonly W2: Float64Array;
  private readonly b2: Float64Array;
  private readonly W3: Float64Array;
  private b3 = 0;
  private readonly h1: Float64Array;
  private readonly h2: Float64Array;
  private readonly d1: Float64Array;
  private readonly d2: Float64Array;
  private readonly dz: Float64Array;
  private readonly order: Int32Array;
  private readonly rand: () => number;

  constructor(private readonly H: number, private readonly batch: number, rows: number, seed: number) {
    this.rand = mulberry(seed);
    const glorot = (fanIn: number, fanOut: number) =>
      Float64Array.from({ length: fanIn * fanOut }, () => (this.rand() * 2 - 1) * Math.sqrt(6 / (fanIn + fanOut)));
    [this.W1, this.W2, this.W3] = [glorot(2, H), glorot(H, H), glorot(H, 1)];
    [this.b1, this.b2] = [new Float64Array(H), new Float64Array(H)];
    [this.h1, this.h2, this.d1, this.d2] = [0, 0, 0, 0].map(() => new Float64Array(batch * H)) as [Float64Array, Float64Array, Float64Array, Float64Array];
    this.dz = new Float64Array(batch);
    this.order = Int32Array.from({ length: rows }, (_, i) => i);
  }

  /** One epoch of SGD; returns the mean loss. */
  epoch(x: Float32Array, y: Float32Array, lr: number): number {
    const { order } = this;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(this.rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let total = 0;
    for (let start = 0; start < order.length; start += this.batch) {
      const m = Math.min(this.batch, order.length - start);
      total += this.step(x, y, start, m, lr) * m;
    }
    return total / order.length;
  }

  private step(x: Float32Array, y: Float32Array, start: number, m: number, lr: number): number {
    const { H, W1, b1, W2, b2, W3, h1, h2, d1, d2, dz, order } = this;
    let loss = 0;
    for (let r = 0; r < m; r++) {
      const row = order[start + r]!, x0 = x[2 * row]!, x1 = x[2 * row + 1]!;
      for (let j = 0; j < H; j++) h1[r * H + j] = Math.tanh(b1[j]! + x0 * W1[j]! + x1 * W1[H + j]!);
      for (let j = 0; j < H; j++) {
        let s = b2[j]!;
        for (let i = 0; i < H; i++) s += h1[r * H + i]! * W2[i * H + j]!;
        h2[r * H + j] = Math.tanh(s);
      }
      let z = this.b3;
      for (let i = 0; i < H; i++) z += h2[r * H + i]! * W3[i]!;
      // Sigmoid + binary cross-entropy on the logit: loss = softplus(z) − y·z, dL/dz = (σ(z) − y)/m.
      const t = y[row]!;
      loss += Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
      dz[r] = (1 / (1 + Math.exp(-z)) - t) / m;
    }
    // Backward: input gradients with the weights before the update, then the updates.
    for (let r = 0; r < m; r++) {
      for (let i = 0; i < H; i++) {
        const h = h2[r * H + i]!;
        d2[r * H + i] = dz[r]! * W3[i]! * (1 - h * h);
      }
      for (let i = 0; i < H; i++) {
        let s = 0;
        for (let j = 0; j < H; j++) s += d2[r * H + j]! * W2[i * H + j]!;
        const h = h1[r * H + i]!;
        d1[r * H + i] = s * (1 - h * h);
      }
    }
    let g3 = 0;
    for (let r = 0; r < m; r++) g3 += dz[r]!;
    this.b3 -= lr * g3;
    for (let i = 0; i < H; i++) {
      let s = 0;
      for (let r = 0; r < m; r++) s += h2[r * H + i]! * dz[r]!;
      W3[i] = W3[i]! - lr * s;
    }
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < H; j++) {
        let s = 0;
        for (let r = 0; r < m; r++) s += h1[r * H + i]! * d2[r * H + j]!;
        W2[i * H + j] = W2[i * H + j]! - lr * s;
      }
    }
    for (let j = 0; j < H; j++) {
      let s2 = 0, s1 = 0, a0 = 0, a1 = 0;
      for (let r = 0; r < m; r++) {
        const row = order[start + r]!, g = d1[r * H + j]!;
        s2 += d2[r * H + j]!;
        s1 += g;
        a0 += x[2 * row]! * g;
        a1 += x[2 * row + 1]! * g;
      }
      b2[j] = b2[j]! - lr * s2;
      b1[j] = b1[j]! - lr * s1;
      W1[j] = W1[j]! - lr * a0;
      W1[H + j] = W1[H + j]! - lr * a1;
    }
    return loss / m;
  }
}
