// Bundled by e2e.node.test.ts with browser conditions, so `neurite` resolves to its browser entry.
import * as nt from "neurite";

interface Snapshot {
  weights: number[][];
  predictions: number[];
}

function snapshot(model: nt.Model): Snapshot {
  const predictions = nt.tidy(() => Array.from(model.predict(nt.tensor([[0.5, -1, 2], [3, 0.25, -0.75]])).data()));
  return { weights: model.weights.map((w) => Array.from(w.data())), predictions };
}

const api = {
  entry: () => (typeof nt.trainInWorker === "function" && typeof nt.io.browserFiles === "function" ? "browser" : "node"),
  /** Saves a seeded model to downloads://e2e-model; the test catches the downloads. */
  async saveToDownloads(): Promise<Snapshot> {
    await nt.ready();
    nt.setSeed(11);
    const model = nt.sequential([
      nt.layers.dense({ units: 5, activation: "relu", inputShape: [3] }),
      nt.layers.dense({ units: 2, activation: "softmax" }),
    ]);
    model.build([null, 3]);
    await model.save("downloads://e2e-model");
    return snapshot(model);
  },
  /** Loads what the test put into the page's <input type=file>. */
  async loadFromInput(): Promise<Snapshot> {
    const input = document.getElementById("files") as HTMLInputElement;
    return snapshot(await nt.loadModel(nt.io.browserFiles(input.files!)));
  },
  async loadFromUrl(url: string): Promise<Snapshot> {
    return snapshot(await nt.loadModel(url));
  },
  /** The error code a load fails with (the test expects one). */
  async failingLoadCode(): Promise<string> {
    const input = document.getElementById("files") as HTMLInputElement;
    return nt.loadModel(nt.io.browserFiles(input.files!)).then(() => "loaded", (e: nt.NeuriteError) => e.code);
  },
};

(window as unknown as { e2e: typeof api }).e2e = api;
