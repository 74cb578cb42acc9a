import { describe, expect, it } from "vitest";
import { padLeft, pyFixed, pyRepr } from "../src/metrics/format.js";

// Expected strings are what CPython 3.11 prints for repr(x) and format(x, '.Nf').
describe("Python number formatting", () => {
  it("repr(float)", () => {
    const cases: [number, string][] = [
      [5, "5.0"], [0, "0.0"], [-0, "-0.0"], [0.1 + 0.2, "0.30000000000000004"], [5.199999999999999, "5.199999999999999"],
      [1e16, "1e+16"], [1.5e16, "1.5e+16"], [123456789012345.6, "123456789012345.6"], [1e-5, "1e-05"], [0.0001, "0.0001"],
      [2.5e-7, "2.5e-07"], [-3.25, "-3.25"], [1e22, "1e+22"], [NaN, "nan"], [Infinity, "inf"],
    ];
    for (const [x, s] of cases) expect(pyRepr(x), String(x)).toBe(s);
  });

  it("'.Nf' rounds exact ties to even, unlike toFixed", () => {
    const cases: [number, number, string][] = [
      [0.125, 2, "0.12"], [0.375, 2, "0.38"], [0.625, 2, "0.62"], [0.5, 0, "0"], [1.5, 0, "2"], [2.5, 0, "2"],
      [0.1, 1, "0.1"], [0.15, 1, "0.1"], [0.35, 1, "0.3"], [2 / 3, 2, "0.67"], [1, 2, "1.00"], [-0.125, 2, "-0.12"],
      [0.0625, 3, "0.062"], [0.3125, 3, "0.312"], [0.6875, 3, "0.688"],
    ];
    for (const [x, d, s] of cases) expect(pyFixed(x, d), `${x} to ${d}`).toBe(s);
  });

  it("pads by code points", () => {
    expect(padLeft("é", 3)).toBe("  é");
    expect(padLeft("🙂", 3)).toBe("  🙂");
    expect(padLeft("abcd", 2)).toBe("abcd");
  });
});
