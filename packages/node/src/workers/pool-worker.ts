// One worker of the trial pool: its own wasm instance, the user's model module, data sent once.
import { parentPort, workerData } from "node:worker_threads";
import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { selection } from "@neurite/eval";
import type { FromWorker, ToWorker, WireTensor } from "./protocol.js";

interface ModelModule {
  buildModel?: selection.BuildModel;
  scorers?: Record<string, selection.Scorer>;
}

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
const data = new Map<number, [nt.Tensor, nt.Tensor]>();
const toTensor = (w: WireTensor) => nt.tensor(w.data, w.shape, w.dtype);

await nt.ready();
const mod = (await import(workerData.module as string)) as ModelModule;
if (typeof mod.buildModel !== "function") {
  post({ type: "error", code: "BAD_ARGUMENT", message: `${workerData.module} must export a function named buildModel` });
} else {
  const buildModel = mod.buildModel;
  post({ type: "ready" });
  port.on("message", async (msg: ToWorker) => {
    try {
      if (msg.type === "data") {
        for (const [x, y] of data.values()) nt.dispose([x, y]);
        data.clear();
        data.set(msg.id, [toTensor(msg.x), toTensor(msg.y)]);
        return;
      }
      const xy = data.get(msg.dataId);
      if (!xy) throw new NeuriteError("BAD_ARGUMENT", `trial ${msg.spec.index}: its data never reached this worker`);
      const scorers = Object.fromEntries(msg.spec.scoring.map((n) => [n, mod.scorers?.[n] ?? selection.getScorer(n)]));
      const result = await selection.runTrial(msg.spec, { buildModel, x: xy[0], y: xy[1], scorers });
      post({ type: "result", result });
    } catch (e) {
      post({ type: "error", code: e instanceof NeuriteError ? e.code : "UNKNOWN", message: e instanceof Error ? e.message : String(e) });
    }
  });
}
