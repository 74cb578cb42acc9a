import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import * as nt from "@neurite/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io, layers, loadModel, sequential, type Sequential } from "../src/index.js";
import { allLayersModel, closeTo } from "./io-helpers.js";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
let root: string;

beforeAll(async () => {
  tf.env().set("PROD", true); // silences TF.js's "install tfjs-node" banner
  await Promise.all([nt.ready(), tf.setBackend("cpu")]);
  root = await mkdtemp(join(tmpdir(), "neurite-tfjs-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** TF.js's own http loader, reading a folder through a fetch that serves files. */
function tfjsFromFolder(dir: string) {
  const fetchFunc = async (url: RequestInfo | URL) =>
    new Response(await readFile(join(dir, new URL(url instanceof Request ? url.url : url).pathname.slice(1))));
  return tf.io.http("http://fixture/model.json", { fetchFunc });
}

describe("models saved by TF.js load in Neurite", () => {
  for (const name of ["tfjs-dense", "tfjs-layers", "tfjs-functional"]) {
    it(`${name}: predictions match TF.js's within 1e-5`, async () => {
      const { inputShape, inputs, predictions } = JSON.parse(await readFile(join(fixtures, name, "io.json"), "utf8"));
      const m = await loadModel(`file://${join(fixtures, name)}/model.json`);
      const y = m.predict(nt.tensor(inputs.flat(Infinity), inputShape));
      closeTo(y.data(), predictions.flat(), 1e-5);
    });
  }

  it("tfjs-dense comes back compiled as TF.js saved it; its optimizer weights are skipped", async () => {
    const json = JSON.parse(await readFile(join(fixtures, "tfjs-dense", "model.json"), "utf8"));
    expect(json.weightsManifest[0].weights.filter((w: { group?: string }) => w.group === "optimizer")).toHaveLength(9);
    const m = await loadModel(`file://${join(fixtures, "tfjs-dense")}`);
    expect(m.trainer?.optimizer).toBeInstanceOf(nt.optimizers.Adam);
    expect(m.trainer?.optimizer.learningRate).toBe(0.01);
    expect(m.trainer?.loss.name).toBe("categoricalCrossentropy");
    expect(m.metricsNames).toEqual(["loss", "accuracy"]);
  });
});

describe("models saved by Neurite load in TF.js", () => {
  async function predictBoth(m: Sequential, tm: tfl.LayersModel, shape: number[]) {
    nt.setSeed(21);
    const x = nt.randomNormal(shape);
    const ty = tm.predict(tf.tensor(x.data(), shape)) as tf.Tensor;
    closeTo(ty.dataSync(), m.predict(x).data(), 1e-5);
  }

  it("every built-in layer, read from the files by TF.js's http loader", async () => {
    const m = await allLayersModel();
    const dir = join(root, "all");
    await m.save(`file://${dir}`);
    const tm = await tfl.loadLayersModel(tfjsFromFolder(dir));
    expect(tm.layers.map((l) => l.getClassName())).toEqual(["InputLayer", "Flatten", "Dense", "BatchNormalization", "Dropout", "Activation", "Dense"]);
    await predictBoth(m, tm, [7, 2, 3]);
    expect(tm.optimizer.getClassName()).toBe("Adam");
    expect(tm.optimizer.getConfig()).toMatchObject({ learningRate: 0.01 });
  });

  it("through an IOHandler that returns the artifacts, for each optimizer TF.js knows", async () => {
    const cases: [nt.Optimizer, string, object][] = [
      [nt.optimizers.sgd({ learningRate: 0.2 }), "SGD", { learningRate: 0.2 }],
      [nt.optimizers.sgd({ learningRate: 0.1, momentum: 0.8, nesterov: true }), "Momentum", { learningRate: 0.1, momentum: 0.8, useNesterov: true }],
      [nt.optimizers.rmsprop({ learningRate: 0.01, rho: 0.7, momentum: 0.1, centered: true }), "RMSProp", { learningRate: 0.01, decay: 0.7, momentum: 0.1, centered: true }],
      [nt.optimizers.adagrad({ learningRate: 0.3, initialAccumulatorValue: 0.2 }), "Adagrad", { learningRate: 0.3, initialAccumulatorValue: 0.2 }],
    ];
    for (const [optimizer, className, config] of cases) {
      nt.setSeed(5);
      const m = sequential([layers.dense({ units: 5, activation: "sigmoid", inputShape: [3] }), layers.dense({ units: 1 })]);
      m.compile({ optimizer, loss: "meanSquaredError", metrics: ["mae"] });
      const artifacts = io.modelArtifacts(m);
      const tm = await tfl.loadLayersModel({ load: async () => artifacts as tf.io.ModelArtifacts });
      await predictBoth(m, tm, [4, 3]);
      expect(tm.optimizer.getClassName()).toBe(className);
      expect(tm.optimizer.getConfig()).toMatchObject(config);
      expect(tm.loss).toBe("meanSquaredError");
    }
  });

  it("writes the same layer configs as TF.js for the same architecture (names aside)", async () => {
    const neurite = sequential([
      layers.flatten({ inputShape: [2, 2] }),
      layers.dense({ units: 4, activation: "relu", kernelInitializer: "heNormal", biasInitializer: "ones", kernelRegularizer: "l1l2" }),
      layers.batchNormalization({ momentum: 0.9, epsilon: 0.01, center: false }),
      layers.dropout({ rate: 0.5, seed: 3 }),
      layers.activation({ activation: "hardSigmoid" }),
      layers.dense({ units: 2, useBias: false, kernelInitializer: nt.initializers.randomUniform({ minval: -1, maxval: 1, seed: 4 }) }),
    ]);
    const tfjs = tfl.sequential({
      layers: [
        tfl.layers.flatten({ inputShape: [2, 2] }),
        tfl.layers.dense({ units: 4, activation: "relu", kernelInitializer: "heNormal", biasInitializer: "ones", kernelRegularizer: tfl.regularizers.l1l2() }),
        tfl.layers.batchNormalization({ momentum: 0.9, epsilon: 0.01, center: false }),
        tfl.layers.dropout({ rate: 0.5, seed: 3 }),
        tfl.layers.activation({ activation: "hardSigmoid" }),
        tfl.layers.dense({ units: 2, useBias: false, kernelInitializer: tfl.initializers.randomUniform({ minval: -1, maxval: 1, seed: 4 }) }),
      ],
    });
    const strip = (t: { config: { layers: { class_name: string; config: Record<string, unknown> }[] } }) =>
      t.config.layers.map(({ class_name, config: { name: _, ...rest } }) => ({ class_name, config: rest }));
    const ours = io.modelArtifacts(neurite).modelTopology as Parameters<typeof strip>[0];
    const theirs = tfjs.toJSON(null, false) as unknown as Parameters<typeof strip>[0];
    expect(strip(ours)).toEqual(strip(theirs));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
  });
});
