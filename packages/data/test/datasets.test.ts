import { describe, expect, it } from 'vitest';
import { type LabeledData, type PlaygroundName, blobs, digits, iris, playground, setDefaultSeed, spiralK } from '../src/index.js';

const counts = (y: { data: ArrayLike<number> }, k: number) => {
  const c = new Array<number>(k).fill(0);
  for (const v of Array.from(y.data)) c[v]!++;
  return c;
};
const points = (d: LabeledData) =>
  Array.from({ length: d.y.shape[0]! }, (_, i) => [d.x.data[2 * i]!, d.x.data[2 * i + 1]!, d.y.data[i]!] as const);

describe('digits', () => {
  it('gives the 10,000 MNIST digits the package ships, with its class counts', async () => {
    const { x, y } = await digits();
    expect(x.shape).toEqual([10000, 784]);
    expect(x.dtype).toBe('float32');
    expect(y.shape).toEqual([10000]);
    expect(y.dtype).toBe('int32');
    expect(counts(y, 10)).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    let min = Infinity;
    let max = -Infinity;
    for (const v of x.data) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    expect([min, max]).toEqual([0, 1]);
    expect(new Set(Array.from(y.data.subarray(0, 100))).size).toBe(10);
  }, 60_000);

  it('testSplit gives a fixed, stratified split', async () => {
    const a = await digits({ testSplit: 0.2 });
    expect(a.train.x.shape).toEqual([8000, 784]);
    expect(a.test.x.shape).toEqual([2000, 784]);
    const testCounts = counts(a.test.y, 10);
    [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978].forEach((c, d) => {
      expect(Math.abs(testCounts[d]! - c * 0.2)).toBeLessThanOrEqual(1);
    });
    const b = await digits({ testSplit: 0.2 });
    expect(b.test.y.data).toEqual(a.test.y.data);
    const c = await digits({ testSplit: 0.2, seed: 1 });
    expect(c.test.y.data).not.toEqual(a.test.y.data);
  }, 60_000);
});

describe('iris', () => {
  it('gives 150 × 4 features, int labels and class names', () => {
    const d = iris();
    expect(d.x.shape).toEqual([150, 4]);
    expect(d.y.dtype).toBe('int32');
    expect(counts(d.y, 3)).toEqual([50, 50, 50]);
    expect(d.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(Array.from(d.x.data.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2].map(Math.fround));
    const s = iris({ testSplit: 0.2, seed: 0 });
    expect(counts(s.test.y, 3)).toEqual([10, 10, 10]);
  });
});

describe('playground', () => {
  const binary: PlaygroundName[] = ['circle', 'xor', 'gauss', 'spiral'];

  it('gives exactly n points, [n, 2] float32 x, and the Playground default sizes', () => {
    for (const name of binary) {
      const d = playground(name, { n: 101, seed: 1 });
      expect(d.x.shape).toEqual([101, 2]);
      expect(d.y.dtype).toBe('int32');
      expect(new Set(d.y.data)).toEqual(new Set([0, 1]));
    }
    expect(playground('circle', { seed: 1 }).y.shape).toEqual([500]);
    expect(playground('plane', { seed: 1 }).y.shape).toEqual([1200]);
    expect(playground('plane', { seed: 1 }).y.dtype).toBe('float32');
  });

  it('is reproducible by seed and follows setDefaultSeed', () => {
    const a = playground('spiral', { n: 50, noise: 0.2, seed: 9 });
    expect(playground('spiral', { n: 50, noise: 0.2, seed: 9 })).toEqual(a);
    expect(playground('spiral', { n: 50, noise: 0.2, seed: 10 })).not.toEqual(a);
    setDefaultSeed(4);
    const b = playground('xor', { n: 20 });
    setDefaultSeed(4);
    expect(playground('xor', { n: 20 })).toEqual(b);
  });

  it('follows the Playground formulas without noise', () => {
    for (const [x, y, l] of points(playground('circle', { n: 400, seed: 2 }))) {
      const r = Math.hypot(x, y);
      expect(l === 1 ? r <= 2.5 : r >= 3.5 && r <= 5.0001).toBe(true);
    }
    for (const [x, y, l] of points(playground('xor', { n: 400, seed: 2 }))) {
      expect(Math.min(Math.abs(x), Math.abs(y))).toBeGreaterThanOrEqual(0.3 - 1e-6);
      expect(l).toBe(x * y >= 0 ? 1 : 0);
    }
    for (const [x, y, l] of points(playground('spiral', { n: 400, seed: 2 }))) {
      expect(Math.hypot(x, y)).toBeLessThanOrEqual(5);
      expect([0, 1]).toContain(l);
    }
    for (const [x, y, t] of points(playground('plane', { n: 200, seed: 2 }))) {
      expect(t).toBeCloseTo((x + y) / 10, 5);
    }
    for (const [, , t] of points(playground('multiGauss', { n: 200, seed: 2 }))) {
      expect(Math.abs(t)).toBeLessThanOrEqual(1);
    }
    const at = playground('multiGauss', { n: 2000, seed: 3 });
    const near = points(at).filter(([x, y]) => Math.hypot(x + 4, y - 2.5) < 0.5);
    near.forEach(([, , t]) => expect(t).toBeGreaterThan(0.7));
  });

  it('gauss classes centre on (2, 2) and (-2, -2)', () => {
    const ps = points(playground('gauss', { n: 2000, seed: 5 }));
    for (const [label, centre] of [[1, 2], [0, -2]] as const) {
      const mine = ps.filter((p) => p[2] === label);
      const mean = mine.reduce((s, p) => s + p[0], 0) / mine.length;
      expect(mean).toBeCloseTo(centre, 0);
    }
  });

  it('blobs and spiralK give k balanced classes', () => {
    expect(counts(blobs({ n: 300, classes: 4, seed: 1 }).y, 4)).toEqual([75, 75, 75, 75]);
    expect(counts(spiralK({ n: 100, classes: 5, seed: 1 }).y, 5)).toEqual([20, 20, 20, 20, 20]);
    expect(counts(playground('spiral3', { n: 301, seed: 1 }).y, 3)).toEqual([101, 100, 100]);
    expect(() => playground('blobs', { classes: 0 })).toThrow(/classes/);
    expect(() => playground('nope' as PlaygroundName)).toThrow(/unknown/);
  });
});
