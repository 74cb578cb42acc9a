/**
 * The worker's side of the playground: owns the data, the network and the
 * batch schedule, trains in chunks sized to a frame budget, and answers with
 * a snapshot whenever the page has drawn the previous one. Messages are
 * queued and handled between chunks, so nothing changes the model mid-step.
 */
import type { PreparedData } from "../model/dataset.js";
import type { FromWorker, Snapshot, ToWorker } from "../model/protocol.js";
import type { AppState } from "../state/schema.js";
import { prepareData } from "./data.js";
import { exportModel } from "./export.js";
import { editWeight, makeOptimizer } from "./network.js";
import { disposeRun, snapshotOf, startRun, trainRows, type Run } from "./run.js";
import { yieldToEvents } from "./yield.js";

export type Post = (msg: FromWorker, transfer?: Transferable[]) => void;

/** Training time between two snapshots: with the snapshot itself, a frame stays well under 33 ms. */
const TRAIN_MS = 12;
/** While playing, the test-set report (confusion matrix, ROC) rides on every n-th snapshot. */
const REPORT_EVERY = 8;

export class Session {
  private state?: AppState;
  private csv?: string;
  private data?: PreparedData;
  private b?: Run;
  private run = 0;
  private playing = false;
  /** Set by "step": train until this epoch count, then stop. */
  private stepUntil?: number;
  /** A snapshot is posted and not yet acknowledged by the page. */
  private inFlight = false;
  /** The next snapshot, computed while the page draws the last one and posted on its ack. */
  private held?: { msg: Snapshot; transfer: ArrayBuffer[] };
  private msPerBatch = 1;
  private frames = 0;
  /** schedule.steps when the last snapshot was taken. */
  private stepsAtSnapshot = 0;
  private readonly queue: ToWorker[] = [];
  private pumping = false;

  constructor(private readonly post: Post, private readonly ready: Promise<void>) {}

  receive(msg: ToWorker): void {
    this.queue.push(msg);
    void this.pump();
  }

  private training(): boolean {
    return this.b !== undefined && (this.playing || this.stepUntil !== undefined);
  }

  /**
   * Handles queued messages, then trains: the speed's epochs per frame, then
   * one snapshot, posted at once or held until the page acknowledges the
   * last one. With the next frame ready and the page still drawing, it idles
   * until a message (the ack) comes. At full speed it trains until the page is free.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      await this.ready;
      for (;;) {
        const msg = this.queue.shift();
        if (!msg && !this.training()) break;
        try {
          if (msg) {
            await this.handle(msg);
            continue;
          }
          if (this.held) break;
          await this.trainChunk(this.budget());
          const due = this.training() ? (this.state?.speed === 0 ? !this.inFlight : this.budget() <= 0) : true;
          if (due) this.snapshot();
          await yieldToEvents();
        } catch (e) {
          this.playing = false;
          this.stepUntil = undefined;
          this.post({ type: "error", message: e instanceof Error ? e.message : String(e) });
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Optimizer steps left before the next snapshot is due (Infinity at full speed or during a step). */
  private budget(): number {
    const b = this.b!;
    const speed = this.state?.speed ?? 1;
    if (this.stepUntil !== undefined || speed === 0) return Infinity;
    const perEpoch = Math.ceil(b.schedule.rows / Math.max(1, b.schedule.batchSize));
    return speed * perEpoch - (b.schedule.steps - this.stepsAtSnapshot);
  }

  private async handle(msg: ToWorker): Promise<void> {
    switch (msg.type) {
      case "configure": return this.configure(msg.state, msg.effect, msg.csv, msg.detect ?? false);
      case "play":
        this.playing = true;
        return;
      case "pause":
        this.playing = false;
        this.stepUntil = undefined;
        return this.snapshot();
      case "step":
        this.playing = false;
        if (this.b) this.stepUntil = this.b.schedule.epoch + 1;
        return;
      case "reset":
        this.playing = false;
        this.stepUntil = undefined;
        return this.rebuild();
      case "ack":
        this.inFlight = false;
        if (this.held) this.send(this.held);
        this.held = undefined;
        return;
      case "edit":
        if (!this.b) return;
        editWeight(this.b.net, msg.layer, msg.from, msg.to, msg.value);
        return this.snapshot();
      case "export": {
        if (!this.b || !this.data) throw new Error("there is no model to export yet");
        const out = await exportModel(this.b.net, this.b.spec, this.data);
        this.post({ type: "exported", ...out }, out.files.map((f) => f.bytes));
        return;
      }
    }
  }

  private async configure(state: AppState, effect: "hyper" | "model" | "data", csv: string | undefined, detect: boolean): Promise<void> {
    if (csv !== undefined) this.csv = csv;
    const first = !this.state;
    this.state = state;
    if (effect === "data" || !this.data || first) {
      this.dispose();
      this.data = undefined;
      this.data = await prepareData(state, this.csv, detect);
      // A detected problem type becomes part of the state the network is built from.
      if (this.data.problem !== state.problem) this.state = { ...state, problem: this.data.problem };
      return this.rebuild();
    }
    if (effect === "model" || !this.b) return this.rebuild();
    const { spec, net, schedule } = this.b;
    schedule.batchSize = state.batchSize;
    if (state.optimizer !== spec.optimizer.name) {
      net.optimizer = makeOptimizer(state.optimizer, state.learningRate);
      net.model.compile({ optimizer: net.optimizer, loss: spec.loss });
    } else {
      net.optimizer.learningRate = state.learningRate;
    }
    spec.optimizer = { name: state.optimizer, learningRate: state.learningRate };
  }

  /** A fresh network from the state's seed, on the current data; epoch 0. */
  private rebuild(): void {
    if (!this.state || !this.data) return;
    this.dispose();
    this.b = startRun(this.state, this.data);
    this.run++;
    this.frames = 0;
    this.stepsAtSnapshot = 0;
    this.held = undefined;
    this.post({ type: "data", run: this.run, data: this.data, spec: this.b.spec });
    this.snapshot();
  }

  private dispose(): void {
    if (this.b) disposeRun(this.b);
    this.b = undefined;
  }

  /**
   * Trains whole batches through model.fit on the chunk's rows: at most
   * `budget`, for about TRAIN_MS, never past the epoch's end (a step: the rest of the epoch).
   */
  private async trainChunk(budget: number): Promise<void> {
    const { schedule } = this.b!;
    const left = schedule.batchesLeftInEpoch();
    const want = this.stepUntil !== undefined ? left : Math.min(left, budget, Math.max(1, Math.floor(TRAIN_MS / this.msPerBatch)));
    const chunk = schedule.next(want);
    const start = performance.now();
    await trainRows(this.b!, chunk.rows);
    this.msPerBatch = 0.7 * this.msPerBatch + (0.3 * (performance.now() - start)) / chunk.batches;
    if (this.stepUntil !== undefined && schedule.epoch >= this.stepUntil) this.stepUntil = undefined;
  }

  /** A snapshot for the page: posted now, or held until the page acknowledges the one it has. */
  private snapshot(): void {
    if (!this.b || !this.data) return;
    this.stepsAtSnapshot = this.b.schedule.steps;
    const withReport = !this.training() || this.frames % REPORT_EVERY === 0;
    this.frames++;
    const s = snapshotOf(this.b, this.data, { run: this.run, playing: this.training(), withReport });
    if (this.inFlight) this.held = s;
    else this.send(s);
  }

  private send(s: { msg: Snapshot; transfer: ArrayBuffer[] }): void {
    this.post(s.msg, s.transfer);
    this.inFlight = true;
  }
}
