import { describe, expect, it } from "vitest";
import { gridPoints, toPixel } from "./grid.js";

describe("grid", () => {
  it("lays cell centres out like an image: top row is x2 = max, left column x1 = min", () => {
    const g = gridPoints(4);
    expect(g.length).toBe(32);
    expect([g[0], g[1]]).toEqual([-4.5, 4.5]);
    expect([g[6], g[7]]).toEqual([4.5, 4.5]);
    expect([g[30], g[31]]).toEqual([4.5, -4.5]);
  });

  it("maps the domain's corners and centre onto the canvas", () => {
    expect(toPixel(-6, 6, 300, 300)).toEqual([0, 0]);
    expect(toPixel(6, -6, 300, 300)).toEqual([300, 300]);
    expect(toPixel(0, 0, 200, 100)).toEqual([100, 50]);
  });
});
