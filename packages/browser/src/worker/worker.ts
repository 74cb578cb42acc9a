// The Web Worker script behind trainInWorker(). Bundlers pick it up from client.ts's
// `new Worker(new URL("./worker.js", import.meta.url))`; without one, serve @neurite/browser/worker.
import { ready } from "../kernels.js";
import type { ToWorker } from "./protocol.js";
import { createSession } from "./session.js";

interface WorkerScope {
  postMessage(msg: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handle = createSession((msg, transfer = []) => scope.postMessage(msg, transfer));
const loaded = ready();
// Messages wait for the kernels, then run in arrival order; training yields between epochs so
// stop/getWeights/predict are answered while it runs.
scope.onmessage = (e) => {
  void loaded.then(() => handle(e.data), (err: Error) => scope.postMessage({ type: "error", code: "UNSUPPORTED", message: `kernels failed to load: ${err.message}` }, []));
};
