import * as nt from "@neurite/core";
import { beforeAll, describe, expect, it } from "vitest";
import { io, Layer, layers, loadModel, Model, registerIOHandler, registerLayer, sequential, type LayerArgs, type ModelArtifacts } from "../src/index.js";
import { allLayersModel, readJson, rejectsWith, writeJson } from "./io-helpers.js";

beforeAll(() => nt.ready());

const x = () => {
  nt.setSeed(99);
  return nt.randomNormal([5, 2, 3]);
};

describe("save/load round trip (memory)", () => {
  it("every built-in layer gives identical predictions, with weights in TF.js's order and names", async () => {
    const m = await allLayersModel();
    const h = io.memory();
    const result = await m.save(h);
    expect(result.modelArtifactsInfo.weightDataBytes).toBe(4 * m.countParams());
    const json = readJson(h.files);
    expect(json.format).toBe("layers-model");
    expect(json.convertedBy).toBeNull();
    expect(json.modelTopology.backend).toBe("tensor_flow.js");
    expect(json.modelTopology.config.layers.map((l: any) => l.class_name)).toEqual(
      ["InputLayer", "Flatten", "Dense", "BatchNormalization", "Dropout", "Activation", "Dense"],
    );
    const [d1, bn, d2] = [m.layers[2]!.name, m.layers[3]!.name, m.layers[6]!.name];
    expect(json.weightsManifest[0].weights.map((w: any) => w.name)).toEqual([
      `${d1}/kernel`, `${d1}/bias`, `${bn}/gamma`, `${bn}/beta`, `${d2}/kernel`, `${d2}/bias`, `${bn}/moving_mean`, `${bn}/moving_variance`,
    ]);
    expect(json.weightsManifest[0].paths).toEqual(["group1-shard1of1.bin"]);
    expect(json.weightsManifest[0].sha256[0]).toMatch(/^[0-9a-f]{64}$/);

    const loaded = await loadModel(h);
    expect(loaded.layers.map((l) => l.name)).toEqual(m.layers.map((l) => l.name));
    expect(loaded.predict(x()).data()).toEqual(m.predict(x()).data());
    expect(loaded.getWeights().map((w) => w.data())).toEqual(m.getWeights().map((w) => w.data()));
    // The trainable flags survive too: BN's moving statistics stay non-trainable.
    expect(loaded.nonTrainableWeights.map((v) => v.name)).toEqual([`${bn}/moving_mean`, `${bn}/moving_variance`]);
  });

  it("memory://name URLs share one store, and a compiled model comes back compiled", async () => {
    const m = await allLayersModel();
    await m.save("memory://round-trip");
    expect(readJson(io.memory("round-trip").files).trainingConfig).toEqual({
      loss: "categorical_crossentropy",
      metrics: ["accuracy"],
      optimizer_config: { class_name: "Adam", config: { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } },
    });
    const loaded = await loadModel("memory://round-trip");
    expect(loaded.trainer?.optimizer).toBeInstanceOf(nt.optimizers.Adam);
    expect(loaded.trainer?.optimizer.learningRate).toBe(0.01);
    expect(loaded.metricsNames).toEqual(["loss", "accuracy"]);
    expect((await loadModel("memory://round-trip", { compile: false })).trainer).toBeUndefined();
  });

  it("writes trainingConfig only when TF.js could compile it back", async () => {
    const build = () => sequential([layers.dense({ units: 2, inputShape: [3] })]);
    const cases: [nt.Optimizer | string, string, object | undefined][] = [
      [nt.optimizers.sgd({ learningRate: 0.1, momentum: 0.9, nesterov: true }), "mse", { class_name: "Momentum", config: { learningRate: 0.1, momentum: 0.9, useNesterov: true } }],
      [nt.optimizers.rmsprop({ rho: 0.8 }), "mae", { class_name: "RMSProp", config: { learningRate: 0.001, decay: 0.8, momentum: 0, epsilon: 1e-7, centered: false } }],
      [nt.optimizers.adamw(), "mse", undefined],
      [nt.optimizers.adam({ learningRate: nt.optimizers.exponentialDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5 }) }), "mse", undefined],
      ["adam", "huber", undefined],
    ];
    for (const [optimizer, loss, expected] of cases) {
      const m = build();
      m.compile({ optimizer, loss });
      const h = io.memory();
      await m.save(h);
      expect(readJson(h.files).trainingConfig?.optimizer_config).toEqual(expected);
    }
  });

  it("splits weights into 4 MiB shards, each with its checksum", async () => {
    nt.setSeed(5);
    const m = sequential([layers.dense({ units: 1000, inputShape: [1100] })]);
    const h = io.memory();
    await m.save(h);
    const group = readJson(h.files).weightsManifest[0];
    expect(group.paths).toEqual(["group1-shard1of2.bin", "group1-shard2of2.bin"]);
    expect(h.files.get("group1-shard1of2.bin")!.byteLength).toBe(io.SHARD_BYTES);
    expect(h.files.get("group1-shard2of2.bin")!.byteLength).toBe(4 * (1100 * 1000 + 1000) - io.SHARD_BYTES);
    expect(group.sha256).toHaveLength(2);
    const xs = nt.randomNormal([3, 1100]);
    expect((await loadModel(h)).predict(xs).data()).toEqual(m.predict(xs).data());
  });

  it("writes every shard before model.json", async () => {
    const order: string[] = [];
    const files = new Map<string, Uint8Array>();
    const h = io.filesHandler({
      location: "recording://",
      read: async (p) => files.get(p)!,
      write: async (p, b) => void (order.push(p), files.set(p, b)),
    });
    await sequential([layers.dense({ units: 600, inputShape: [2000] })]).save(h);
    expect(order).toEqual(["group1-shard1of2.bin", "group1-shard2of2.bin", "model.json"]);
  });

  it("saves a Sequential built from data by inferring its input shape", async () => {
    nt.setSeed(8);
    const m = sequential([layers.dense({ units: 4, activation: "tanh" }), layers.batchNormalization(), layers.dense({ units: 2 })]);
    const xs = nt.randomNormal([4, 5]);
    const before = m.predict(xs).data();
    const h = io.memory();
    await m.save(h);
    expect(readJson(h.files).modelTopology.config.layers[0].config.batch_input_shape).toEqual([null, 5]);
    expect((await loadModel(h)).predict(xs).data()).toEqual(before);
  });
});

describe("save refuses what the format cannot hold", () => {
  it("subclassed models, unknown input shapes and duplicate weight names", async () => {
    class Net extends Model {
      d = layers.dense({ units: 2 });
      override call(t: nt.Tensor) {
        return this.d.apply(t);
      }
    }
    const net = new Net();
    net.apply(nt.ones([1, 3]));
    await rejectsWith(net.save(io.memory()), "UNSUPPORTED", /subclassed Model/);
    await rejectsWith(sequential([layers.flatten(), layers.dense({ units: 2 })]).save(io.memory()), "BAD_ARGUMENT", /input shape is unknown/);
    const twins = sequential([layers.dense({ units: 2, inputShape: [2], name: "same" }), layers.dense({ units: 2, name: "same" })]);
    await rejectsWith(twins.save(io.memory()), "BAD_ARGUMENT", /two weights are named "same\/kernel"/);
    const outer = sequential([layers.dense({ units: 2, inputShape: [2] }), sequential([layers.dense({ units: 2, name: "in" })])]);
    await rejectsWith(outer.save(io.memory()), "UNSUPPORTED", /nested models are not supported/);
  });
});

describe("load validates the files", () => {
  async function saved() {
    nt.setSeed(4);
    const m = sequential([layers.dense({ units: 3, activation: "relu", inputShape: [4] }), layers.dense({ units: 2 })]);
    const h = io.memory();
    await m.save(h);
    return h;
  }

  it("refuses missing, unparsable and foreign files", async () => {
    await rejectsWith(loadModel("memory://never-saved"), "NOT_FOUND", /memory:\/\/never-saved\/model.json does not exist/);
    const h = await saved();
    h.files.set("model.json", new TextEncoder().encode('{"modelTopology": {'));
    await rejectsWith(loadModel(h), "BAD_MODEL_FILE", /not valid JSON/);
    h.files.set("model.json", new Uint8Array([0xff, 0xfe, 0x00]));
    await rejectsWith(loadModel(h), "BAD_MODEL_FILE", /not valid JSON/);
    writeJson(h.files, { format: "graph-model", modelTopology: {} });
    await rejectsWith(loadModel(h), "BAD_MODEL_FILE", /graph model/);
    writeJson(h.files, { format: "layers-model" });
    await rejectsWith(loadModel(h), "BAD_MODEL_FILE", /no "modelTopology"/);
  });

  it("tells a truncated shard (size), a foreign shard (CHECKSUM) and a missing shard (NOT_FOUND) apart", async () => {
    const h = await saved();
    const shard = h.files.get("group1-shard1of1.bin")!;
    h.files.set("group1-shard1of1.bin", shard.subarray(0, shard.byteLength - 4));
    await rejectsWith(loadModel(h), "BAD_MODEL_FILE", /needs 92 bytes but its shards \(group1-shard1of1.bin\) hold 88/);
    const other = shard.slice();
    other[7]! ^= 1;
    h.files.set("group1-shard1of1.bin", other);
    await rejectsWith(loadModel(h), "CHECKSUM", /group1-shard1of1.bin: SHA-256 differs/);
    h.files.delete("group1-shard1of1.bin");
    await rejectsWith(loadModel(h), "NOT_FOUND", /group1-shard1of1.bin does not exist/);
  });

  it("checks the manifest against the shards and the topology", async () => {
    const h = await saved();
    const json = readJson(h.files);
    const edit = async (f: (j: any) => void, code: string, message: RegExp) => {
      const j = structuredClone(json);
      f(j);
      writeJson(h.files, j);
      await rejectsWith(loadModel(h), code, message);
    };
    await edit((j) => (j.weightsManifest[0].weights[0].shape = [4, 4]), "BAD_MODEL_FILE", /needs 108 bytes but its shards .* hold 92/);
    await edit((j) => (j.weightsManifest[0].weights[0].dtype = "int32"), "BAD_MODEL_FILE", /dtype int32; only float32/);
    await edit((j) => (j.weightsManifest[0].weights[0].quantization = { dtype: "uint8", scale: 1, min: 0 }), "BAD_MODEL_FILE", /needs 56 bytes/);
    // A consistent quantized file (the kernel as 12 uint8 zeros, no checksum) loads dequantized: 0·0.1 + (−1). (Changed with issue 7's dequantization.)
    const shard = h.files.get("group1-shard1of1.bin")!;
    h.files.set("group1-shard1of1.bin", new Uint8Array([...new Uint8Array(12), ...shard.subarray(48)]));
    const quantized = structuredClone(json);
    quantized.weightsManifest[0].weights[0].quantization = { dtype: "uint8", scale: 0.1, min: -1 };
    delete quantized.weightsManifest[0].sha256;
    writeJson(h.files, quantized);
    expect(Array.from((await loadModel(h)).layers[0]!.weights[0]!.data())).toEqual(new Array(12).fill(-1));
    h.files.set("group1-shard1of1.bin", shard);
    await edit((j) => (j.weightsManifest[0].weights[3].name = "dense_x/bias"), "BAD_MODEL_FILE", /missing: .*\/bias; unexpected: dense_x\/bias/);
    await edit((j) => (j.modelTopology.config.layers[0].config.units = 2), "BAD_MODEL_FILE", /has shape \[4,3\] in the file but \[4,2\] in the model/);
    await edit((j) => j.modelTopology.config.layers.push({ class_name: "Dense", config: { name: "extra", units: 1 } }), "BAD_MODEL_FILE", /missing: extra\/kernel, extra\/bias/);
    await edit((j) => (j.modelTopology.config.layers[1].class_name = "Conv2D"), "BAD_MODEL_FILE", /unknown layer class "Conv2D"; register it with registerLayer/);
    await edit((j) => (j.modelTopology.config.layers[1].config.units = -1), "BAD_MODEL_FILE", /units must be a positive integer/);
    await edit((j) => (j.modelTopology.config.layers[1].config.kernel_constraint = { class_name: "MaxNorm", config: {} }), "UNSUPPORTED", /kernel_constraint/);
    await edit((j) => (j.modelTopology.config.layers[0].config.dtype = "float16"), "UNSUPPORTED", /dtype "float16"/);
    await edit((j) => (j.modelTopology.config.layers[1].config.batch_input_shape = [null, 7]), "BAD_MODEL_FILE", /expected input of shape \[batch, 7\]/);
    await edit((j) => delete j.modelTopology.config.layers[0].config.batch_input_shape, "BAD_MODEL_FILE", /no layer declares the input shape/);
    await edit((j) => (j.weightsManifest[0].paths = ["../elsewhere.bin"]), "BAD_MODEL_FILE", /must be a relative path inside the model's folder/);
    await edit((j) => (j.weightsManifest[0].sha256 = []), "BAD_MODEL_FILE", /one hex digest per path/);
    await edit((j) => (j.modelTopology.class_name = "Graph"), "BAD_MODEL_FILE", /class_name "Graph" is not a Sequential/);
  });
});

describe("functional and Keras-style topologies", () => {
  const dense = (name: string, units: number, inbound: unknown[]) => ({
    name, class_name: "Dense", config: { name, units, activation: "linear" }, inbound_nodes: inbound,
  });
  const input = { name: "in", class_name: "InputLayer", config: { name: "in", batch_input_shape: [null, 2] }, inbound_nodes: [] };

  it("loads a single-chain functional model (TF.js and Keras 3 inbound_nodes) as a Sequential", async () => {
    nt.setSeed(2);
    const ref = sequential([layers.inputLayer({ shape: [2], name: "in" }), layers.dense({ units: 3, name: "a" }), layers.dense({ units: 1, name: "b" })]);
    const a = io.modelArtifacts(ref);
    const keras3 = (from: string) => [{ args: [{ class_name: "__keras_tensor__", config: { keras_history: [from, 0, 0] } }], kwargs: {} }];
    for (const nodes of [(from: string) => [[[from, 0, 0, {}]]], keras3]) {
      const topology = {
        class_name: "Functional",
        config: { name: "f", layers: [dense("b", 1, nodes("a")), input, dense("a", 3, nodes("in"))], input_layers: [["in", 0, 0]], output_layers: [["b", 0, 0]] },
      };
      const m = await loadModel({ load: async () => ({ ...a, modelTopology: topology }) });
      expect(m.layers.map((l) => l.name)).toEqual(["in", "a", "b"]);
      expect(m.predict(nt.ones([2, 2])).data()).toEqual(ref.predict(nt.ones([2, 2])).data());
    }
  });

  it("refuses branching functional models", async () => {
    const topology = {
      class_name: "Model",
      config: {
        name: "f", input_layers: [["in", 0, 0]], output_layers: [["c", 0, 0]],
        layers: [input, dense("a", 2, [[["in", 0, 0, {}]]]), dense("b", 2, [[["in", 0, 0, {}]]]),
          { name: "c", class_name: "Add", config: { name: "c" }, inbound_nodes: [[["a", 0, 0, {}], ["b", 0, 0, {}]]] }],
      },
    };
    await rejectsWith(loadModel({ load: async () => ({ modelTopology: topology }) }), "UNSUPPORTED", /layer "c" merges 2 inputs/);
  });

  it("reads Keras 2 spellings: model_config, GlorotUniform, L2, BatchNormalization axis [1], build_input_shape", async () => {
    nt.setSeed(6);
    const ref = sequential([
      layers.dense({ units: 3, name: "d", inputShape: [4] }),
      layers.batchNormalization({ name: "bn" }),
    ]);
    const a = io.modelArtifacts(ref);
    const modelTopology = {
      keras_version: "2.15.0", backend: "tensorflow",
      model_config: {
        class_name: "Sequential",
        config: {
          name: "k", build_input_shape: [null, 4],
          layers: [
            { class_name: "Dense", config: { name: "d", units: 3, kernel_initializer: { class_name: "GlorotUniform", config: { seed: null } }, kernel_regularizer: { class_name: "L2", config: { l2: 0.01 } }, dtype: "float32" } },
            { class_name: "BatchNormalization", config: { name: "bn", axis: [1], momentum: 0.99, epsilon: 0.001 } },
          ],
        },
      },
    };
    const m = await loadModel({ load: async () => ({ ...a, modelTopology }) });
    expect(m.predict(nt.ones([2, 4])).data()).toEqual(ref.predict(nt.ones([2, 4])).data());
    expect((m.layers[0] as any).kernelRegularizer.getConfig()).toEqual({ l1: 0, l2: 0.01 });
  });
});

describe("registries and handler objects", () => {
  class Scale extends Layer {
    static readonly className = "Scale";
    readonly factor: number;
    w?: nt.Variable;
    constructor(args: LayerArgs & { factor: number }) {
      super(args);
      this.factor = args.factor;
    }
    override build(shape: (number | null)[]) {
      this.w = this.addWeight("w", [shape[shape.length - 1]!], nt.initializers.randomNormal({ seed: 1 }));
    }
    call(t: nt.Tensor) {
      return nt.mul(nt.mul(t, this.w!), this.factor);
    }
    override getConfig() {
      return { ...super.getConfig(), factor: this.factor };
    }
  }

  it("custom layers load once registered, and are named in the error before", async () => {
    const m = sequential([layers.dense({ units: 3, inputShape: [2] }), new Scale({ factor: 2, name: "scale" })]);
    const h = io.memory();
    await m.save(h);
    await rejectsWith(loadModel(h), "BAD_MODEL_FILE", /unknown layer class "Scale"/);
    registerLayer("Scale", Scale);
    const loaded = await loadModel(h);
    expect(loaded.layers[1]).toBeInstanceOf(Scale);
    expect((loaded.layers[1] as Scale).factor).toBe(2);
    expect(loaded.predict(nt.ones([1, 2])).data()).toEqual(m.predict(nt.ones([1, 2])).data());
  });

  it("works with TF.js-style handler objects, including weightData split into buffers", async () => {
    const m = await allLayersModel(7);
    let artifacts: ModelArtifacts | undefined;
    const result = await m.save({ save: async (a) => ((artifacts = a), { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } }) });
    expect(result.modelArtifactsInfo.modelTopologyType).toBe("JSON");
    const bytes = new Uint8Array(artifacts!.weightData as ArrayBuffer);
    const split = { ...artifacts!, weightData: [bytes.slice(0, 13).buffer, bytes.slice(13).buffer] };
    const loaded = await loadModel({ load: async () => split });
    expect(loaded.predict(x()).data()).toEqual(m.predict(x()).data());
    // A memory handler stores such artifacts as files and hands them back unchanged.
    const h = io.memory();
    await h.save(split);
    expect((await h.load()).weightSpecs).toEqual(artifacts!.weightSpecs);
  });

  it("routes URLs by scheme and lets packages add schemes", async () => {
    await rejectsWith(loadModel("indexeddb://m"), "UNSUPPORTED", /no IO handler for indexeddb:\/\/ .*registerIOHandler/);
    await rejectsWith(loadModel("./model.json"), "BAD_ARGUMENT", /no URL scheme/);
    await rejectsWith(loadModel({} as never), "BAD_ARGUMENT", /IOHandler with save\(\)\/load\(\)/);
    const m = sequential([layers.dense({ units: 1, inputShape: [1] })]);
    await rejectsWith(m.save("https://example.com/model.json"), "UNSUPPORTED", /https:\/\/ cannot save/);
    const stores = new Map<string, ReturnType<typeof io.memory>>();
    registerIOHandler("test-db://", (url) => {
      if (!stores.has(url)) stores.set(url, io.memory());
      return stores.get(url)!;
    });
    await m.save("test-db://a");
    expect(stores.get("test-db://a")!.files.has("model.json")).toBe(true);
    expect((await loadModel("test-db://a")).countParams()).toBe(2);
    expect(() => registerIOHandler("bad scheme", () => io.memory())).toThrow(/not a URL scheme/);
  });
});
