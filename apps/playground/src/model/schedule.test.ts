import { describe, expect, it } from "vitest";
import { BatchSchedule, epochPermutation } from "./schedule.js";

describe("epochPermutation", () => {
  it("is a permutation, fixed by (seed, epoch) and different across epochs", () => {
    const p = epochPermutation(100, 7, 0);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(epochPermutation(100, 7, 0)).toEqual(p);
    expect(epochPermutation(100, 7, 1)).not.toEqual(p);
    expect(epochPermutation(100, 8, 0)).not.toEqual(p);
  });
});

describe("BatchSchedule", () => {
  const drain = (s: BatchSchedule, sizes: number[]) => {
    const rows: number[] = [];
    for (const k of sizes) rows.push(...s.next(k).rows);
    return rows;
  };

  it("hands out every row once per epoch and stops chunks at the epoch's end", () => {
    const s = new BatchSchedule(25, 10, 3);
    const a = s.next(2);
    expect([a.rows.length, a.batches, a.endsEpoch]).toEqual([20, 2, false]);
    const b = s.next(5);
    expect([b.rows.length, b.batches, b.endsEpoch, s.epoch, s.steps]).toEqual([5, 1, true, 1, 3]);
    expect([...a.rows, ...b.rows].sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it("gives the same row sequence whatever the chunk sizes", () => {
    const one = drain(new BatchSchedule(57, 4, 11), Array(60).fill(1));
    const mixed = drain(new BatchSchedule(57, 4, 11), [3, 1, 7, 2, 20, 5, 9, 1, 4, 8, 6]);
    expect(mixed).toEqual(one.slice(0, mixed.length));
    expect(mixed.length).toBeGreaterThan(57);
  });

  it("applies a new batch size from the next chunk", () => {
    const s = new BatchSchedule(30, 10, 1);
    s.next(1);
    s.batchSize = 3;
    const c = s.next(2);
    expect([c.rows.length, c.batches, s.batchesLeftInEpoch()]).toEqual([6, 2, 5]);
  });

  it("refuses an empty training set", () => {
    expect(() => new BatchSchedule(0, 10, 1)).toThrow(/no training rows/);
  });
});
