import { availableParallelism } from "node:os";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import type { selection } from "@neurite/eval";
import type { FromWorker, ToWorker, WireTensor } from "./protocol.js";

export interface WorkerPoolOptions {
  /** Module (path or file URL) exporting `buildModel(params)` and optionally `scorers` by name. */
  module: string;
  /** Number of workers (default: the machine's parallelism). */
  size?: number;
}

/** A TrialExecutor that runs trials in parallel worker threads, plus close(). */
export interface WorkerPool extends selection.TrialExecutor {
  readonly size: number;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  dataId: number;
  busy: boolean;
}

interface Job {
  spec: selection.TrialSpec;
  ctx: selection.TrialContext;
  resolve: (r: selection.TrialResult) => void;
  reject: (e: unknown) => void;
}

const wire = (t: nt.Tensor): WireTensor => ({ data: t.data(), shape: [...t.shape], dtype: t.dtype });

/**
 * Runs search and cross-validation trials in worker threads, each with its own
 * wasm instance. Trials reseed before building their model, so the results equal
 * a sequential run's (same kernel flavour), whatever the order they finish in.
 * Functions cannot cross threads: buildModel (and custom scorers) come from `module`.
 */
export function workerPool(options: WorkerPoolOptions): WorkerPool {
  const size = options.size ?? Math.max(1, availableParallelism());
  if (!Number.isInteger(size) || size < 1) throw new NeuriteError("BAD_ARGUMENT", `workerPool: size must be a positive integer, got ${size}`);
  const module = /^[a-z]+:/.test(options.module) ? options.module : pathToFileURL(isAbsolute(options.module) ? options.module : resolve(options.module)).href;
  const queue: Job[] = [];
  const dataIds = new WeakMap<nt.Tensor, number>();
  let nextDataId = 1;
  const slots: Slot[] = Array.from({ length: size }, () => {
    const worker = new Worker(new URL("./pool-worker.js", import.meta.url), { workerData: { module } });
    const ready = new Promise<void>((res, rej) => {
      worker.once("message", (m: FromWorker) => (m.type === "ready" ? res() : rej(new NeuriteError(m.type === "error" ? (m.code as never) : "BAD_ARGUMENT", m.type === "error" ? m.message : "worker failed to start"))));
      worker.once("error", rej);
    });
    ready.catch(() => undefined);
    return { worker, ready, dataId: 0, busy: false };
  });

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.busy = true;
      void runOn(slot, job).finally(() => {
        slot.busy = false;
        pump();
      });
    }
  };

  const runOn = async (slot: Slot, job: Job): Promise<void> => {
    try {
      await slot.ready;
      job.ctx.signal?.throwIfAborted();
      let id = dataIds.get(job.ctx.x);
      if (id === undefined) dataIds.set(job.ctx.x, (id = nextDataId++));
      if (slot.dataId !== id) {
        slot.worker.postMessage({ type: "data", id, x: wire(job.ctx.x), y: wire(job.ctx.y) } satisfies ToWorker);
        slot.dataId = id;
      }
      const reply = new Promise<FromWorker>((res, rej) => {
        slot.worker.once("message", res);
        slot.worker.once("error", rej);
      });
      slot.worker.postMessage({ type: "trial", dataId: id, spec: job.spec } satisfies ToWorker);
      const m = await reply;
      if (m.type === "result") job.resolve(m.result);
      else if (m.type === "error") job.reject(new NeuriteError(m.code as never, `trial ${job.spec.index} (worker): ${m.message}`));
    } catch (e) {
      job.reject(e);
    }
  };

  return {
    size,
    run(spec, ctx) {
      return new Promise((resolve, reject) => {
        queue.push({ spec, ctx, resolve, reject });
        pump();
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
