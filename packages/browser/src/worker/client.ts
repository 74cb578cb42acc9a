import { NeuriteError, type ErrorCode } from "@neurite/core";
import type { ArraySpec, FromWorker, ToWorker, TrainSpec, WeightSnapshot } from "./protocol.js";

type Event<T extends FromWorker["type"]> = Extract<FromWorker, { type: T }>;
type Listener<T extends FromWorker["type"]> = (e: Event<T>) => void;
type Pending = { resolve: (v: never) => void; reject: (e: Error) => void };

/** Options of trainInWorker: which worker script to run. */
export interface WorkerTrainingOptions {
  /** A Worker running @neurite/browser/worker, or that script's URL. Default: the one next to this module. */
  worker?: Worker | string | URL;
}

/** What training ended with: Keras's history (per-epoch logs) and the final weights. */
export interface TrainResult {
  history: Record<string, number[]>;
  epochs: number[];
  weights: WeightSnapshot[];
}

const errorOf = (e: { code?: ErrorCode; message: string }) => (e.code ? new NeuriteError(e.code, e.message) : new Error(e.message));

function buffersOf(spec: TrainSpec): ArrayBuffer[] {
  const arrays = [spec.x, spec.y, spec.fit?.validation?.x, spec.fit?.validation?.y].filter((a): a is ArraySpec => a !== undefined);
  return [...new Set(arrays.map((a) => a.data.buffer as ArrayBuffer))];
}

/** A training run in a Web Worker: progress events, weight snapshots and predictions on request. */
export class WorkerTraining {
  /** Resolves when fit() ends (all epochs, or stop()); rejects on an error in the worker. */
  readonly done: Promise<TrainResult>;
  private readonly listeners = new Map<string, Set<(e: never) => void>>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private settle!: { resolve: (r: TrainResult) => void; reject: (e: Error) => void };

  constructor(private readonly worker: Worker, spec: TrainSpec) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // Errors also reach "error" listeners; a caller that never awaits `done` must not get an unhandled rejection.
    this.done.catch(() => {});
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    worker.onerror = (e: ErrorEvent) => this.failAll(new NeuriteError("UNSUPPORTED", `the training worker failed: ${e.message || "the script could not be loaded"}`));
    this.send({ type: "train", spec }, buffersOf(spec));
  }

  /** Listens to "batch", "epoch", "done" or "error" events; returns a function that unsubscribes. */
  on<T extends "batch" | "epoch" | "done" | "error">(type: T, listener: Listener<T>): () => void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener as (e: never) => void);
    this.listeners.set(type, set);
    return () => set.delete(listener as (e: never) => void);
  }

  /** The current weights (between epochs while training). */
  getWeights(): Promise<WeightSnapshot[]> {
    return this.request((id) => ({ type: "getWeights", id }));
  }

  /** The model's predictions for x (row-major data and its shape); x's buffer is transferred. */
  predict(x: ArraySpec): Promise<ArraySpec> {
    return this.request((id) => ({ type: "predict", id, x }), [x.data.buffer as ArrayBuffer]);
  }

  /** Ends training after the current epoch; `done` then resolves with what was learned so far. */
  stop(): void {
    this.send({ type: "stop" });
  }

  /** Kills the worker; pending requests and an unfinished `done` reject. */
  terminate(): void {
    this.worker.terminate();
    this.failAll(new NeuriteError("BAD_ARGUMENT", "the training worker was terminated"));
  }

  private send(msg: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(msg, transfer);
  }

  private request<T>(make: (id: number) => ToWorker, transfer: Transferable[] = []): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: never) => void, reject });
      this.send(make(id), transfer);
    });
  }

  private receive(msg: FromWorker): void {
    switch (msg.type) {
      case "weights":
      case "prediction":
      case "failed": {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.type === "failed") p?.reject(errorOf(msg));
        else p?.resolve((msg.type === "weights" ? msg.weights : msg.y) as never);
        return;
      }
      case "done":
        this.settle.resolve({ history: msg.history, epochs: msg.epochs, weights: msg.weights });
        break;
      case "error":
        this.settle.reject(errorOf(msg));
        break;
    }
    for (const l of this.listeners.get(msg.type) ?? []) (l as (e: FromWorker) => void)(msg);
  }

  private failAll(e: Error): void {
    this.settle.reject(e);
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}

/**
 * Trains a model off the main thread. The worker builds the model from `spec.model` (a layer list
 * or TF.js artifacts), takes x/y as transferred typed arrays (the caller's arrays become empty:
 * pass copies to keep them), and streams batch/epoch events back.
 */
export function trainInWorker(spec: TrainSpec, options: WorkerTrainingOptions = {}): WorkerTraining {
  const given = options.worker;
  const worker = given === undefined
    ? new Worker(new URL("./worker.js", import.meta.url), { type: "module" })
    : typeof given === "string" || given instanceof URL ? new Worker(given, { type: "module" }) : given;
  return new WorkerTraining(worker, spec);
}
