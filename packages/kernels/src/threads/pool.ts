import { NeuriteError } from "../errors.js";
import type { Heap } from "../heap.js";
import { spawnWorker, type WorkerHandle, type WorkerMessage } from "./spawn.js";

/** The exports of the simd-threads module that drive the pool (assembly/threads.ts, assembly/tls.ts). */
export interface ThreadExports {
  threadsCtrlBytes(): number;
  threadsInit(ctrl: number, mayWait: number): void;
  threadsSetSpin(worker: number, main: number): void;
  threadsSetLimit(n: number): void;
  threadsAvailable(): number;
  threadsStop(index: number): void;
  threadsStopping(index: number): number;
  threadsSetStallPolicy(lossMs: number, creditMs: number, baseMs: number): void;
  threadsSerialCalls(): number;
  threadsBackoffMs(): number;
  tlsBytes(): number;
}

/** Upper bound of the control block (assembly/threads.ts MAX_THREADS). */
export const MAX_THREADS = 64;

/**
 * Polling before sleeping in atomic.wait, in loop iterations (~0.65 ns each on
 * Zen 3, so ~130 µs): a worker waiting for its next task, and the caller for
 * the last chunk. A futex wake-up costs 40–130 µs in this VM (tools/bench
 * threads), more than a mid-size split saves, and the gaps between a training
 * step's kernels are shorter than the poll. Polling longer is no better: wasm
 * has no pause instruction, so a poll slows a thread sharing its core.
 */
const WORKER_SPIN = 200_000;
const MAIN_SPIN = 200_000;
const POLL_MS = 2;

interface Slot {
  index: number;
  worker?: WorkerHandle;
  tls: number;
}

/**
 * The workers of one simd-threads module: worker i runs its own instance of
 * the module on the shared memory, with its own scratch block from the heap.
 * Kernels count a worker only once it is parked (assembly/threads.ts), so the
 * pool can grow while kernels run.
 */
export class ThreadPool {
  private readonly slots: Slot[] = [];
  private readonly ctrl: number;
  private target = 1;
  private failure: string | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly exports: ThreadExports,
    private readonly memory: WebAssembly.Memory,
    private readonly module: WebAssembly.Module,
    private readonly heap: Heap,
    mayWait: boolean,
  ) {
    // The control words and the 2 MiB a split GEMM packs its shared operand into (assembly/threads.ts).
    this.ctrl = heap.alloc(exports.threadsCtrlBytes());
    exports.threadsInit(this.ctrl, mayWait ? 1 : 0);
    this.setSpin(WORKER_SPIN, MAIN_SPIN);
  }

  /** Threads the kernels use now, the calling thread included (workers still starting are not counted). */
  get count(): number {
    return this.exports.threadsAvailable();
  }

  /** Tasks published so far (parallel kernel calls, plus one per stopped worker): shows whether a call went parallel. */
  get dispatches(): number {
    return Atomics.load(new Int32Array(this.memory.buffer, this.ctrl, 1), 0);
  }

  /** Threads asked for by the last setCount. */
  get requested(): number {
    return this.target;
  }

  /** Why fewer threads run than were asked for (a worker failed), if so. */
  get reason(): string | undefined {
    return this.failure;
  }

  /**
   * Uses n threads (the calling one included; at most MAX_THREADS). Resolves when the new workers
   * are parked and the removed ones have stopped; `wait: false` returns at once
   * and lets the workers join as they start.
   */
  setCount(n: number, wait = true): Promise<void> {
    if (!Number.isInteger(n) || n < 1) {
      return Promise.reject(new NeuriteError("BAD_ARGUMENT", `setThreads: expected a whole number of threads ≥ 1, got ${n}`));
    }
    // One resize at a time: a worker index is reused only after its previous worker has stopped.
    const run = this.queue.then(() => this.resize(Math.min(n, MAX_THREADS), wait));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async resize(n: number, wait: boolean): Promise<void> {
    // After a failure only shrinking to the calling thread is allowed: it ends the workers.
    if (this.failure !== undefined) n = 1;
    this.target = n;
    this.exports.threadsSetLimit(n);
    const stopping = this.slots.splice(n - 1).reverse().map((s) => this.stop(s));
    const starting: Promise<void>[] = [];
    while (this.slots.length < n - 1) starting.push(this.start(this.slots.length + 1));
    if (!wait) return;
    await Promise.all([...starting, ...stopping]);
    await this.until(() => this.failure !== undefined || this.count >= this.target);
  }

  /**
   * Lets kernels use at most n threads (the calling one included) without
   * ending workers, until the next setCount: switching back is instant.
   */
  limit(n: number): void {
    this.exports.threadsSetLimit(Math.max(1, Math.min(n, this.target)));
  }

  /**
   * Kernel calls that ran on the calling thread because a recent split waited
   * for a worker the OS was not running (another process on its core): the
   * straggler back-off of assembly/threads.ts.
   */
  get serialCalls(): number {
    return this.exports.threadsSerialCalls();
  }

  /**
   * Tunes the straggler back-off: once splits have lost more than `lossMs` in all
   * against the calling thread alone (net of what others saved), kernel calls stay
   * on it for a window that starts at `baseMs` and doubles with each further
   * window; once they have saved `creditMs` in all, the next window halves.
   * Defaults 1 ms, 1 ms and 1 ms. Ends the current window.
   */
  setStallPolicy(lossMs: number, creditMs: number, baseMs = 1): void {
    this.exports.threadsSetStallPolicy(lossMs, creditMs, baseMs);
  }

  /** The window the next losing split would open, in ms. */
  get backoffMs(): number {
    return this.exports.threadsBackoffMs();
  }

  /** Iterations a worker polls for its next task, and the caller for the last chunk, before sleeping (tuning). */
  setSpin(worker: number, main: number): void {
    this.exports.threadsSetSpin(worker, main);
  }

  /** Stops every worker; the module then runs on the calling thread. */
  async dispose(): Promise<void> {
    await this.setCount(1);
  }

  private start(index: number): Promise<void> {
    const bytes = this.exports.tlsBytes();
    const block = this.heap.alloc(bytes + 64);
    const slot: Slot = { index, tls: block };
    this.slots.push(slot);
    return spawnWorker((m) => this.onMessage(slot, m)).then((worker) => {
      slot.worker = worker;
      worker.post({ module: this.module, memory: this.memory, ctrl: this.ctrl, index, tlsBase: (block + 63) & ~63 });
    }, (e: unknown) => this.fail(`could not start a kernel worker: ${(e as Error)?.message ?? e}`));
  }

  /**
   * Asks a worker to stop and waits, polling shared memory, until it has: a
   * worker still starting sees the request when it arrives. Polling (not a
   * message) also keeps Node's event loop alive while the unref'd worker ends.
   */
  private async stop(slot: Slot): Promise<void> {
    this.exports.threadsStop(slot.index);
    await this.until(() => this.failure !== undefined || this.exports.threadsStopping(slot.index) === 0);
    slot.worker?.terminate();
    this.heap.release(slot.tls);
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    if (m.type === "error") this.fail(`kernel worker ${slot.index} failed: ${m.message}`);
  }

  /** A broken worker may hold a task: run on the calling thread from now on and say why. */
  private fail(reason: string): void {
    this.failure ??= reason;
    this.exports.threadsSetLimit(1);
  }

  private until(done: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const poll = () => (done() ? resolve() : setTimeout(poll, POLL_MS));
      poll();
    });
  }
}
