// Node-only: saves to file:// and loads the files back in TF.js (tfjs-layers on the cpu backend).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import * as nt from "@neurite/core";
import { io, layers, loadModel, sequential, type Sequential } from "@neurite/layers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quantize, quantizeArtifacts, sizeReport } from "../src/index.js";

let root: string;
beforeAll(async () => {
  tf.env().set("PROD", true);
  await Promise.all([nt.ready(), tf.setBackend("cpu")]);
  root = await mkdtemp(join(tmpdir(), "neurite-compress-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** 100 → 256 relu → 64 tanh → 10 softmax (≈ 43k weights), compiled. */
function model(): Sequential {
  nt.setSeed(11);
  const m = sequential([
    layers.dense({ units: 256, activation: "relu", inputShape: [100] }),
    layers.dense({ units: 64, activation: "tanh" }),
    layers.dense({ units: 10, activation: "softmax" }),
  ]);
  m.compile({ optimizer: "adam", loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  return m;
}

/** TF.js's own http loader over a folder on disk. */
function tfjsFromFolder(dir: string) {
  const fetchFunc = async (url: RequestInfo | URL) => new Response(await readFile(join(dir, new URL(url instanceof Request ? url.url : url).pathname.slice(1))));
  return tf.io.http("http://fixture/model.json", { fetchFunc });
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

describe("quantized models", () => {
  for (const [dtype, tolerance] of [["uint8", 0.02], ["float16", 1e-3], ["uint16", 1e-4]] as const) {
    it(`${dtype}: the manifest marks every weight as TF.js defines it; Neurite and TF.js load the saved files`, async () => {
      const m = model();
      const x = nt.randomNormal([16, 100]);
      const q = quantize(m, { dtype });
      for (const e of q.artifacts.weightSpecs!) {
        expect(e.dtype).toBe("float32");
        if (dtype === "float16") expect(e.quantization).toEqual({ dtype });
        else expect(e.quantization).toEqual({ dtype, scale: expect.any(Number), min: expect.any(Number) });
      }
      const dir = join(root, dtype);
      await q.save(`file://${dir}`);
      const json = JSON.parse(await readFile(join(dir, "model.json"), "utf8"));
      expect(json.weightsManifest[0].weights).toEqual(q.artifacts.weightSpecs);

      const back = await loadModel(`file://${dir}/model.json`);
      const ours = back.predict(x).data();
      expect(ours).toEqual(q.toModel().predict(x).data());
      expect(maxAbsDiff(ours, m.predict(x).data())).toBeLessThan(tolerance);
      expect(back.trainer?.loss.name).toBe("sparseCategoricalCrossentropy");

      const theirs = await tfl.loadLayersModel(tfjsFromFolder(dir));
      const ty = theirs.predict(tf.tensor(x.data(), [16, 100])) as tf.Tensor;
      expect(maxAbsDiff(ty.dataSync(), ours)).toBeLessThan(1e-5);
    });
  }

  it("TF.js also loads the artifacts through an IOHandler (in memory)", async () => {
    const m = model();
    const store = io.memory();
    await quantize(m, { dtype: "uint8" }).save(store);
    const theirs = await tfl.loadLayersModel(store as unknown as tf.io.IOHandler);
    const x = nt.randomNormal([4, 100]);
    const ours = (await loadModel(store)).predict(x).data();
    expect(maxAbsDiff((theirs.predict(tf.tensor(x.data(), [4, 100])) as tf.Tensor).dataSync(), ours)).toBeLessThan(1e-5);
  });

  it("sizeReport: uint8 ≈ 4× and float16 ≈ 2× smaller saved models", async () => {
    const rows = await sizeReport(model(), ["float16", "uint8"]);
    expect(rows.map((r) => r.dtype)).toEqual(["float32", "float16", "uint8"]);
    const params = 100 * 256 + 256 + 256 * 64 + 64 + 64 * 10 + 10;
    expect(rows.map((r) => r.weightBytes)).toEqual([4 * params, 2 * params, params]);
    expect(rows[1]!.ratio).toBeGreaterThan(1.9);
    expect(rows[2]!.ratio).toBeGreaterThan(3.6);
  });

  it("refuses to re-quantize or an unknown dtype", () => {
    const m = model();
    expect(() => quantize(m, { dtype: "int8" as "uint8" })).toThrow(/dtype must be "uint8", "uint16" or "float16"/);
    expect(() => quantizeArtifacts(quantize(m, { dtype: "uint8" }).artifacts, { dtype: "float16" })).toThrow(/is already uint8; quantize float32 artifacts/);
  });
});
