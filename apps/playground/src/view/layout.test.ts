import { describe, expect, it } from "vitest";
import { diagramLayout, distanceToSamples, linkCurve, linkWidth, nodeSize, sampleCurve } from "./layout.js";

describe("diagram layout", () => {
  it("shrinks nodes for tall columns", () => {
    expect([nodeSize(7), nodeSize(8), nodeSize(12), nodeSize(16), nodeSize(32)]).toEqual([32, 32, 26, 18, 13]);
  });

  it("spreads columns from the label room to the right edge", () => {
    const l = diagramLayout([7, 4, 2, 1], 500);
    expect(l.columnX[0]).toBe(56);
    expect(l.columnX[3]).toBe(500 - 8 - 32);
    expect(l.nodeY(0)).toBe(8);
    expect(l.nodeY(6) + l.node + 8).toBe(l.height);
  });

  it("maps |weight| to 1..10 px like the Playground, NaN to the thinnest", () => {
    expect([linkWidth(0), linkWidth(-2.5), linkWidth(5), linkWidth(40), linkWidth(NaN)]).toEqual([1, 5.5, 10, 10, 1]);
  });

  it("samples the link curve from end to end and measures distances to it", () => {
    const c = linkCurve(0, 0, 10, 4);
    expect(c).toEqual([0, 0, 5, 0, 5, 4, 10, 4]);
    const pts = sampleCurve(c, 8);
    expect([pts[0], pts[1], pts[16], pts[17]]).toEqual([0, 0, 10, 4]);
    expect([pts[8], pts[9]]).toEqual([5, 2]);
    expect(distanceToSamples(pts, 5, 2)).toBeCloseTo(0, 5);
    expect(distanceToSamples(pts, 10, 7)).toBeCloseTo(3, 5);
    expect(distanceToSamples(sampleCurve(linkCurve(0, 0, 10, 0), 4), 5, -2)).toBeCloseTo(2, 5);
  });
});
