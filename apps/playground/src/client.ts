/** The page's handle on the training worker: typed messages both ways. */
import type { FromWorker, ToWorker } from "./model/protocol.js";

export class WorkerClient {
  private readonly worker: Worker;

  constructor(onMessage: (msg: FromWorker) => void, onCrash: (message: string) => void) {
    // Built next to app.js as worker.js (build.mjs).
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "neurite-playground-trainer" });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      onCrash(e.message || "the training worker stopped");
    };
  }

  send(msg: ToWorker): void {
    this.worker.postMessage(msg);
  }
}
