import { WORKER_SOURCE } from "./worker-source.js";

/** What a worker reports (worker-source.ts). */
export interface WorkerMessage {
  type: "error";
  index: number;
  message?: string;
}

/** A started worker, whatever the runtime's Worker API. */
export interface WorkerHandle {
  post(message: unknown): void;
  terminate(): void;
}

interface NodeWorker {
  postMessage(message: unknown): void;
  on(event: "message", listener: (m: WorkerMessage) => void): void;
  on(event: "error", listener: (e: Error) => void): void;
  unref(): void;
  terminate(): Promise<number>;
}

type NodeWorkerThreads = { Worker: new (source: string, options: { eval: true }) => NodeWorker };

/** Node, Bun and Deno have node:worker_threads, whose workers can be unref'd: they never keep a finished script alive. */
export function serverRuntime(): boolean {
  const g = globalThis as { process?: { versions?: { node?: string } }; Deno?: unknown };
  return g.Deno !== undefined || g.process?.versions?.node !== undefined;
}

let scriptUrl: string | undefined;

// A variable specifier: browser bundlers leave this import alone (it never runs there).
const WORKER_THREADS = "node:worker_threads";

/** Starts a worker running WORKER_SOURCE; `onMessage` receives its reports. */
export async function spawnWorker(onMessage: (m: WorkerMessage) => void): Promise<WorkerHandle> {
  if (serverRuntime()) {
    const { Worker } = (await import(/* @vite-ignore */ WORKER_THREADS)) as NodeWorkerThreads;
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.on("message", onMessage);
    w.on("error", (e) => onMessage({ type: "error", index: -1, message: e.message }));
    w.unref();
    return { post: (m) => w.postMessage(m), terminate: () => void w.terminate() };
  }
  // One Blob URL per page, shared by its workers.
  scriptUrl ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
  const w = new Worker(scriptUrl);
  w.onmessage = (e: MessageEvent<WorkerMessage>) => onMessage(e.data);
  w.onerror = (e) => onMessage({ type: "error", index: -1, message: e.message });
  return { post: (m) => w.postMessage(m), terminate: () => w.terminate() };
}
