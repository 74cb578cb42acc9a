// The short version of tools/soak/soak.mjs: 2,000 fit steps and 2,000 eager tape steps leave memory where it was.
import { beforeAll, describe, expect, it } from "vitest";
import * as nt from "../src/index.js";
import { drift, soakFit, soakTape } from "../../../tools/soak/soak-lib.mjs";

beforeAll(() => nt.ready());

// Timeouts allow for a loaded machine: the steps take ~2 s in all on an idle one.
describe("soak (short)", () => {
  it("2,000 model.fit steps: live tensors, bytes, heap and wasm memory do not grow", async () => {
    const before = nt.memory().numTensors;
    const r = await soakFit(nt, 2000, 200);
    expect(r.steps).toBe(2000);
    expect(r.samples.length).toBeGreaterThan(5);
    expect(drift(r.samples)).toMatchObject({ numTensors: 0, numBytes: 0, heapBytes: 0, wasmBytes: 0 });
    expect(r.finalLoss).toBeLessThan(0.3);
    expect(nt.memory().numTensors).toBe(before);
  }, 60_000);

  it("2,000 eager GradientTape steps: the same", () => {
    const before = nt.memory().numTensors;
    const r = soakTape(nt, 2000, 200);
    expect(drift(r.samples)).toMatchObject({ numTensors: 0, numBytes: 0, heapBytes: 0, wasmBytes: 0 });
    expect(r.finalLoss).toBeLessThan(1);
    expect(nt.memory().numTensors).toBe(before);
  }, 60_000);
});
