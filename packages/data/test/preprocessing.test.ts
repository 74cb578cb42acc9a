import { describe, expect, it } from 'vitest';
import {
  LabelEncoder, MinMaxScaler, StandardScaler, labelEncoder, minMaxScaler, oneHot, preprocessorFromJSON, raw,
  setDefaultSeed, standardScaler, toNested, trainTestSplit,
} from '../src/index.js';

const close = (a: number[][], b: number[][], digits = 6) =>
  a.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(b[i]![j]!, digits)));

describe('StandardScaler', () => {
  it('matches scikit-learn (population std, constant columns scale 1)', () => {
    // sklearn: StandardScaler().fit([[0, 0], [0, 0], [1, 1], [1, 1]]) → mean_ [0.5, 0.5], transform [[2, 2]] → [[3, 3]]
    const s = standardScaler().fit([[0, 0], [0, 0], [1, 1], [1, 1]]);
    expect(s.mean).toEqual([0.5, 0.5]);
    expect(s.variance).toEqual([0.25, 0.25]);
    expect(s.transform([[2, 2]])).toEqual([[3, 3]]);
    const c = standardScaler();
    close(c.fitTransform([[1, 5], [3, 5], [5, 5]]), [[-1.224744871, 0], [0, 0], [1.224744871, 0]]);
    expect(c.scale).toEqual([Math.sqrt(8 / 3), 1]);
  });

  it('works on RawArrays (float32 out) and 1-D columns, and inverts', () => {
    const x = raw([[1, 10], [2, 20], [3, 30], [4, 40]]);
    const s = new StandardScaler();
    const z = s.fitTransform(x);
    expect(z.dtype).toBe('float32');
    expect(z.shape).toEqual([4, 2]);
    close(toNested(s.inverseTransform(z)) as number[][], toNested(x) as number[][], 4);
    close([standardScaler().fitTransform([1, 2, 3])], [[-Math.sqrt(1.5), 0, Math.sqrt(1.5)]]);
  });

  it('ignores NaN when fitting and passes it through', () => {
    const s = standardScaler().fit([[1], [NaN], [3]]);
    expect(s.mean).toEqual([2]);
    const out = s.transform([[NaN], [3]]);
    expect(out[0]![0]).toBeNaN();
    expect(out[1]![0]).toBe(1);
  });

  it('honours withMean / withStd and checks columns', () => {
    expect(standardScaler({ withMean: false }).fitTransform([[0], [2]])).toEqual([[0], [2]]);
    expect(standardScaler({ withStd: false }).fitTransform([[0], [2]])).toEqual([[-1], [1]]);
    expect(() => standardScaler().transform([[1]])).toThrow(/fit\(\) first/);
    expect(() => standardScaler().fit([[1, 2]]).transform([[1]])).toThrow(/2 columns/);
  });
});

describe('MinMaxScaler', () => {
  it('matches scikit-learn, with featureRange and clip', () => {
    // sklearn docs: data = [[-1, 2], [-0.5, 6], [0, 10], [1, 18]]; transform([[2, 2]]) → [[1.5, 0.]]
    const data = [[-1, 2], [-0.5, 6], [0, 10], [1, 18]];
    const s = minMaxScaler().fit(data);
    expect(s.dataMax).toEqual([1, 18]);
    expect(s.transform(data)).toEqual([[0, 0], [0.25, 0.25], [0.5, 0.5], [1, 1]]);
    expect(s.transform([[2, 2]])).toEqual([[1.5, 0]]);
    expect(minMaxScaler({ clip: true }).fit(data).transform([[2, 2]])).toEqual([[1, 0]]);
    expect(minMaxScaler({ featureRange: [-1, 1] }).fitTransform([[0], [5], [10]])).toEqual([[-1], [0], [1]]);
    expect(minMaxScaler().fitTransform([[7], [7]])).toEqual([[0], [0]]);
    close(s.inverseTransform(s.transform(data)), data);
  });
});

describe('LabelEncoder and oneHot', () => {
  it('encodes sorted classes and inverts', () => {
    const e = labelEncoder().fit(['paris', 'paris', 'tokyo', 'amsterdam']);
    expect(e.classes).toEqual(['amsterdam', 'paris', 'tokyo']);
    const codes = e.transform(['tokyo', 'tokyo', 'paris']);
    expect(codes).toEqual({ data: new Int32Array([2, 2, 1]), shape: [3], dtype: 'int32' });
    expect(e.inverseTransform(codes)).toEqual(['tokyo', 'tokyo', 'paris']);
    expect(new LabelEncoder().fitTransform([10, 2, 2, 33]).data).toEqual(new Int32Array([1, 0, 0, 2]));
    expect(() => e.transform(['rome'])).toThrow(/unseen label "rome"/);
    expect(() => labelEncoder().fit(['a', 1])).toThrow(/mix/);
  });

  it('oneHot gives float32 [n, depth]', () => {
    expect(toNested(oneHot([0, 2, 1]))).toEqual([[1, 0, 0], [0, 0, 1], [0, 1, 0]]);
    expect(oneHot(raw([1], undefined, 'int32'), 4).shape).toEqual([1, 4]);
    expect(() => oneHot([3], 3)).toThrow(/not in \[0, 3\)/);
  });
});

describe('JSON round trip', () => {
  it('restores fitted state through JSON.stringify', () => {
    const x = [[1, -1], [2, 0], [NaN, 7]];
    for (const p of [standardScaler().fit(x), minMaxScaler({ featureRange: [-2, 2] }).fit(x)]) {
      const back = preprocessorFromJSON(JSON.stringify(p)) as StandardScaler | MinMaxScaler;
      expect(back.constructor).toBe(p.constructor);
      expect(back.transform([[1.5, 3]])).toEqual(p.transform([[1.5, 3]]));
    }
    const e = labelEncoder().fit(['b', 'a']);
    const e2 = LabelEncoder.fromJSON(JSON.parse(JSON.stringify(e)));
    expect(e2.transform(['a', 'b']).data).toEqual(new Int32Array([0, 1]));
    expect(StandardScaler.fromJSON(standardScaler().toJSON()).mean).toBeUndefined();
    expect(() => preprocessorFromJSON({ className: 'Nope', config: {}, state: null })).toThrow(/unknown/);
  });
});

describe('trainTestSplit', () => {
  const x = raw(Array.from({ length: 100 }, (_, i) => [i, -i]));
  const y = Array.from({ length: 100 }, (_, i) => (i < 80 ? 0 : 1));

  it('splits rows consistently across arrays with scikit-learn sizes', () => {
    const [xTrain, xTest, yTrain, yTest] = trainTestSplit([x, y], { testSize: 0.25, seed: 1 });
    expect(xTrain.shape).toEqual([75, 2]);
    expect(xTest.shape).toEqual([25, 2]);
    expect(yTrain).toHaveLength(75);
    const rows = (toNested(xTrain) as number[][]).concat(toNested(xTest) as number[][]).map((r) => r[0]!);
    expect([...rows].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    (toNested(xTest) as number[][]).forEach((r, i) => expect(yTest[i]).toBe(r[0]! < 80 ? 0 : 1));
    expect(trainTestSplit([y], { testSize: 0.33, seed: 0 })[1]).toHaveLength(33);
    expect(trainTestSplit([y], { trainSize: 10, seed: 0 }).map((a) => a.length)).toEqual([10, 90]);
  });

  it('is reproducible by seed and follows setDefaultSeed without one', () => {
    const a = trainTestSplit([y.map((_, i) => i)], { seed: 5 });
    expect(trainTestSplit([y.map((_, i) => i)], { seed: 5 })).toEqual(a);
    expect(trainTestSplit([y.map((_, i) => i)], { seed: 6 })).not.toEqual(a);
    setDefaultSeed(3);
    const b = trainTestSplit([y]);
    setDefaultSeed(3);
    expect(trainTestSplit([y])).toEqual(b);
  });

  it('stratify keeps class proportions', () => {
    for (const seed of [0, 1, 2]) {
      const [, yTest] = trainTestSplit([y], { testSize: 0.2, seed, stratify: y });
      expect(yTest.filter((v) => v === 1)).toHaveLength(4);
      expect(yTest).toHaveLength(20);
    }
    expect(() => trainTestSplit([y], { stratify: [...y.slice(0, 99), 2] })).toThrow(/only 1 member/);
  });

  it('shuffle: false takes leading rows as train', () => {
    const [train, test] = trainTestSplit([y.map((_, i) => i)], { testSize: 10, shuffle: false });
    expect(train).toEqual(Array.from({ length: 90 }, (_, i) => i));
    expect(test).toEqual(Array.from({ length: 10 }, (_, i) => 90 + i));
    expect(() => trainTestSplit([y], { shuffle: false, stratify: y })).toThrow(/requires shuffle/);
    expect(() => trainTestSplit([y, [1, 2]])).toThrow(/rows/);
    expect(() => trainTestSplit([y], { testSize: 1.5 })).toThrow(/testSize/);
  });
});
