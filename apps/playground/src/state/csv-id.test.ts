import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "./codec.js";
import { csvId } from "./csv-id.js";
import { defaultState } from "./schema.js";

describe("csvId", () => {
  it("is 16 hex digits, stable, and differs for different files", () => {
    const a = csvId("x1,x2,label\n1,2,0\n");
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(csvId("x1,x2,label\n1,2,0\n")).toBe(a);
    expect(csvId("x1,x2,label\n1,2,1\n")).not.toBe(a);
    expect(csvId("")).toBe("811c9dc5cbf29ce4");
  });

  it("survives the URL codec", () => {
    const s = { ...defaultState(), dataset: "csv" as const, csv: csvId("a,b,c\n") };
    expect(decodeState(encodeState(s)).state.csv).toBe(s.csv);
  });
});
