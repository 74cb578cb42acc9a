import * as nt from "neurite";
import { describe, expect, it } from "vitest";
import { GRID } from "../model/grid.js";
import type { FromWorker, Snapshot, ToWorker } from "../model/protocol.js";
import { decodeState } from "../state/codec.js";
import { Session } from "./session.js";

/** A session in node with its messages collected (snapshots acknowledged as the page does); `until` waits for a match. */
function harness() {
  const got: FromWorker[] = [];
  const waiters: [(m: FromWorker) => boolean, (m: FromWorker) => void][] = [];
  const s = new Session((m) => {
    got.push(m);
    if (m.type === "snapshot") setTimeout(() => s.receive({ type: "ack" }), 0);
    for (const [i, [test, resolve]] of waiters.entries()) {
      if (test(m)) {
        waiters.splice(i, 1);
        resolve(m);
        break;
      }
    }
  }, nt.ready());
  const send = (m: ToWorker) => s.receive(m);
  const until = <T extends FromWorker>(test: (m: FromWorker) => boolean) => new Promise<T>((r) => waiters.push([test, r as (m: FromWorker) => void]));
  const snapshots = () => got.filter((m): m is Snapshot => m.type === "snapshot");
  return { got, send, until, snapshots };
}

describe("training session", () => {
  it("builds from the state, trains while playing, and snapshots every layer on the grid", async () => {
    const h = harness();
    const { state } = decodeState("dataset=spiral&hidden=8,8,8,8,8,8&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&optimizer=adam&learningRate=0.01");
    h.send({ type: "configure", state, effect: "data" });
    const first = await h.until<Snapshot>((m) => m.type === "snapshot");
    expect(first.epoch).toBe(0);
    expect(first.grid.map((g) => g.length)).toEqual([...Array(6).fill(GRID * GRID * 8), GRID * GRID]);
    expect(first.weights.map((w) => [w.kernel.length, w.bias.length])).toEqual([[56, 8], ...Array(5).fill([64, 8]), [8, 1]]);
    const t0 = performance.now();
    h.send({ type: "play" });
    let last = first;
    while (last.epoch < 30) last = await h.until<Snapshot>((m) => m.type === "snapshot" && m.steps > last.steps);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`node: ${last.epoch} epochs in ${seconds.toFixed(2)} s, ${h.snapshots().length} snapshots, loss ${first.trainLoss.toFixed(3)} → ${last.trainLoss.toFixed(3)}`);
    h.send({ type: "pause" });
    expect(last.trainLoss).toBeLessThan(first.trainLoss * 0.8);
  });
});

describe("session commands", () => {
  const boot = async (hash: string) => {
    const h = harness();
    h.send({ type: "configure", state: decodeState(hash).state, effect: "data" });
    const first = await h.until<Snapshot>((m) => m.type === "snapshot");
    return { h, first };
  };

  it("steps exactly one epoch, and reset returns to the seed's initial weights", async () => {
    const { h, first } = await boot("dataset=xor&hidden=3");
    h.send({ type: "step" });
    const stepped = await h.until<Snapshot>((m) => m.type === "snapshot" && m.epoch === 1);
    expect(stepped.steps).toBe(25);
    expect(stepped.playing).toBe(false);
    expect(stepped.weights[0]!.kernel).not.toEqual(first.weights[0]!.kernel);
    h.send({ type: "reset" });
    const reset = await h.until<Snapshot>((m) => m.type === "snapshot" && m.epoch === 0 && m.run === 2);
    expect(reset.weights[0]!.kernel).toEqual(first.weights[0]!.kernel);
  });

  it("edits a weight and a bias in place", async () => {
    const { h } = await boot("dataset=gauss&hidden=2");
    h.send({ type: "edit", layer: 0, from: 1, to: 0, value: 2.5 });
    const a = await h.until<Snapshot>((m) => m.type === "snapshot");
    expect(a.weights[0]!.kernel[1 * 2 + 0]).toBe(2.5);
    h.send({ type: "edit", layer: 1, from: 0, to: -1, value: -1.25 });
    const b = await h.until<Snapshot>((m) => m.type === "snapshot");
    expect(b.weights[1]!.bias[0]).toBe(-1.25);
    h.send({ type: "edit", layer: 5, from: 0, to: 0, value: 1 });
    await expect(h.until((m) => m.type === "error")).resolves.toMatchObject({ message: expect.stringMatching(/no weight/) });
  });

  it("trains with every optimizer, activation and regularizer, and changes the learning rate live", async () => {
    for (const [opt, act, reg] of [["sgd", "relu", "l1"], ["momentum", "sigmoid", "l2"], ["adam", "linear", "none"], ["rmsprop", "tanh", "l2"]]) {
      const { h } = await boot(`dataset=circle&hidden=4&optimizer=${opt}&activation=${act}&regularization=${reg}&regularizationRate=0.001`);
      h.send({ type: "step" });
      const s = await h.until<Snapshot>((m) => m.type === "snapshot" && m.epoch === 1);
      expect(Number.isFinite(s.trainLoss)).toBe(true);
      const state = decodeState(`dataset=circle&hidden=4&optimizer=${opt}&activation=${act}&regularization=${reg}&regularizationRate=0.001&learningRate=0.1`).state;
      h.send({ type: "configure", state, effect: "hyper" });
      h.send({ type: "step" });
      const next = await h.until<Snapshot>((m) => m.type === "snapshot" && m.epoch === 2);
      expect(next.run).toBe(s.run);
    }
  });

  it("sends a softmax network and a test report for multi-class data", async () => {
    const { h, first } = await boot("dataset=blobs&classes=4&hidden=5");
    const data = h.got.find((m) => m.type === "data")!;
    expect(data.type === "data" && [data.spec.output, data.spec.loss]).toEqual([{ units: 4, activation: "softmax" }, "sparseCategoricalCrossentropy"]);
    expect(first.report?.confusion).toHaveLength(4);
    expect(first.report?.roc).toHaveLength(4);
  });

  it("exports files that nt.loadModel reads back with the same predictions", async () => {
    const { h } = await boot("dataset=gauss&hidden=3&features=x1,x2,x1x2");
    h.send({ type: "step" });
    await h.until((m) => m.type === "snapshot" && (m as Snapshot).epoch === 1);
    h.send({ type: "export" });
    const ex = await h.until<Extract<FromWorker, { type: "exported" }>>((m) => m.type === "exported");
    expect(ex.files.map((f) => f.name)).toEqual(["model.json", "model.weights.bin"]);
    expect(ex.snippet).toContain("return [x1, x2, x1 * x2];");
    const store = nt.io.memory("playground-export-test");
    for (const f of ex.files) store.files.set(f.name, new Uint8Array(f.bytes));
    const model = await nt.loadModel("memory://playground-export-test");
    const json = JSON.parse(new TextDecoder().decode(ex.files[0]!.bytes));
    expect(json.userDefinedMetadata.playground.features).toEqual(["x1", "x2", "x1x2"]);
    const p = model.predict(nt.tensor([[2, 2, 4], [-2, -2, 4]])).data();
    expect(p[0]).toBeGreaterThan(0.5);
    expect(p[1]).toBeLessThan(0.5);
  });
});
