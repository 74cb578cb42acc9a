import { describe, expect, it, vi } from "vitest";
import { calibrate, interleave, median, medianRatio } from "../src/measure.js";
import { run } from "../src/cli.js";

describe("measurement helpers", () => {
  it("median and medianRatio", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
    expect(medianRatio([2, 9, 4], [1, 3, 1])).toBe(3);
  });

  it("calibrate grows the repetition count until a repetition lasts long enough", () => {
    // A fake clock: every call takes exactly 0.05 ms, whatever else the machine is doing.
    let clock = 0;
    const now = vi.spyOn(performance, "now").mockImplementation(() => clock);
    try {
      const reps = calibrate(() => void (clock += 0.05), 2);
      expect(reps * 0.05).toBeGreaterThanOrEqual(2);
      expect(reps * 0.05).toBeLessThan(5);
      expect(calibrate(() => void (clock += 30), 2)).toBe(1);
    } finally {
      now.mockRestore();
    }
  });

  it("interleave times every contestant once per round", () => {
    const counts = { a: 0, b: 0 };
    const samples = interleave([{ name: "a", run: () => void counts.a++ }, { name: "b", run: () => void counts.b++ }], 5, 0.01);
    expect(samples.get("a")).toHaveLength(5);
    expect(samples.get("b")).toHaveLength(5);
    expect(counts.a).toBeGreaterThan(5);
  });
});

describe("cli", () => {
  it("rejects an unknown benchmark with exit code 2 and lists the known ones", async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (msg: string) => void errors.push(msg);
    try {
      expect(await run(["nope"])).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors.join("\n")).toMatch(/unknown benchmark "nope"[\s\S]*gemm/);
  });
});
