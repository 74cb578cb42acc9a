/// <reference lib="webworker" />
/** The training worker's entry: loads the kernels, sends the dataset thumbnails, then serves the page's messages. */
import * as nt from "neurite";
import type { FromWorker, ToWorker } from "../model/protocol.js";
import { thumbnails } from "./data.js";
import { Session } from "./session.js";

declare const self: DedicatedWorkerGlobalScope;

const post = (msg: FromWorker, transfer: Transferable[] = []) => self.postMessage(msg, transfer);

const ready = nt.ready().then(() => {
  post({ type: "ready", backend: nt.backendFlavour() });
  post({ type: "thumbnails", sets: thumbnails(3) });
});
ready.catch((e: unknown) => post({ type: "error", message: `could not load the kernels: ${e instanceof Error ? e.message : String(e)}` }));

const session = new Session(post, ready);
self.onmessage = (e: MessageEvent<ToWorker>) => session.receive(e.data);
