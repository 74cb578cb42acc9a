import * as nt from "@neurite/core";
import { describe, expect, it } from "vitest";
import { Dropout, layers, sequential, transfer } from "../../src/index.js";

/** n rows in [0, 1]^12 lying near a 3-dimensional subspace: an autoencoder can reconstruct them. */
function lowRank(n: number, seed: number): nt.Tensor {
  nt.setSeed(seed);
  return nt.tidy(() => nt.sigmoid(nt.matMul(nt.randomNormal([n, 3]), nt.randomNormal([3, 12], 0, 1.5))));
}

const mse = (a: nt.Tensor, b: nt.Tensor) => nt.tidy(() => nt.mean(nt.square(nt.sub(a, b))).item());

describe("autoencoder", () => {
  it("builds a mirrored encoder/decoder whose layers the model shares", () => {
    const ae = transfer.autoencoder({ inputDim: 12, layers: [8, 4], denoising: { noise: "mask", rate: 0.2 } });
    expect(ae.encoder.layers.map((l) => (l as { units?: number }).units)).toEqual([8, 4]);
    expect(ae.decoder.layers.map((l) => (l as { units?: number }).units)).toEqual([8, 12]);
    expect(ae.model.layers[0]).toBeInstanceOf(Dropout);
    expect(ae.model.layers.slice(1)).toEqual([...ae.encoder.layers, ...ae.decoder.layers]);
    const x = lowRank(5, 1);
    expect(ae.encoder.predict(x).shape).toEqual([5, 4]);
    // Corruption is off at inference: the model is exactly decoder ∘ encoder.
    expect(ae.model.predict(x).data()).toEqual(ae.decoder.predict(ae.encoder.predict(x)).data());
  });

  it("pretrains end to end and reconstructs better than before", async () => {
    nt.setSeed(2);
    const ae = transfer.autoencoder({ inputDim: 12, layers: [8, 4], activation: "tanh" });
    const x = lowRank(256, 3);
    const before = mse(ae.model.predict(x), x);
    const [h] = await ae.pretrain(x, { epochs: 30, batchSize: 32, optimizer: () => nt.optimizers.adam({ learningRate: 0.01 }) });
    expect(h!.history.loss).toHaveLength(30);
    expect(mse(ae.model.predict(x), x)).toBeLessThan(before / 4);
  });

  it("greedy layer-wise: one stage per layer on the codes below, then end to end", async () => {
    nt.setSeed(4);
    const ae = transfer.autoencoder({ inputDim: 12, layers: [8, 4], activation: "tanh", greedyLayerWise: true, denoising: { noise: "gaussian", rate: 0.05, seed: 1 } });
    const x = lowRank(256, 5);
    const before = mse(ae.model.predict(x), x);
    const hs = await ae.pretrain(x, { epochs: 20, batchSize: 32, endToEndEpochs: 5, optimizer: () => nt.optimizers.adam({ learningRate: 0.01 }) });
    expect(hs).toHaveLength(3);
    for (const h of hs.slice(0, 2)) expect(h.history.loss!.at(-1)!).toBeLessThan(h.history.loss![0]!);
    expect(mse(ae.model.predict(x), x)).toBeLessThan(before / 4);
  });

  it("its encoder is reused, weights shared, by a classifier", async () => {
    const ae = transfer.autoencoder({ inputDim: 12, layers: [8, 4] });
    const clf = sequential([...ae.encoder.layers, layers.dense({ units: 2, activation: "softmax" })]);
    const x = lowRank(32, 6);
    const y = nt.tensor(Int32Array.from({ length: 32 }, (_, i) => i % 2), [32], "int32");
    clf.compile({ optimizer: "adam", loss: "sparseCategoricalCrossentropy" });
    const w0 = ae.encoder.layers[0]!.weights[0]!;
    const before = w0.data();
    await clf.fit(x, y, { epochs: 1, batchSize: 8, verbose: 0 });
    expect(clf.layers[0]!.weights[0]).toBe(w0);
    expect(w0.data()).not.toEqual(before);
  });

  it("refuses bad arguments with a message naming them", () => {
    expect(() => transfer.autoencoder({ inputDim: 0, layers: [4] })).toThrow(/inputDim must be a positive integer/);
    expect(() => transfer.autoencoder({ inputDim: 4, layers: [] })).toThrow(/layers must be a non-empty list/);
    expect(() => transfer.autoencoder({ inputDim: 4, layers: [2], denoising: { noise: "salt" as "mask", rate: 0.1 } })).toThrow(/"gaussian" or "mask"/);
  });
});

describe("GaussianNoise", () => {
  it("adds N(0, stddev²) noise while training and nothing at inference", () => {
    const g = new transfer.GaussianNoise({ stddev: 0.3, seed: 7 });
    const x = nt.zeros([200, 100]);
    const noisy = Array.from(g.apply(x, { training: true }).data());
    const mean = noisy.reduce((a, v) => a + v, 0) / noisy.length;
    const sd = Math.sqrt(noisy.reduce((a, v) => a + (v - mean) ** 2, 0) / noisy.length);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(sd).toBeGreaterThan(0.29);
    expect(sd).toBeLessThan(0.31);
    expect(Array.from(g.apply(x, { training: true }).data())).not.toEqual(noisy);
    expect(g.apply(x).data().every((v) => v === 0)).toBe(true);
    expect(g.getConfig()).toMatchObject({ stddev: 0.3, seed: 7 });
    expect(() => new transfer.GaussianNoise({ stddev: -1 })).toThrow(/stddev must be a finite number ≥ 0/);
  });
});
