/**
 * The page's frame loop: draws the newest snapshot once per animation frame,
 * acknowledges it to the worker, and keeps the numbers the e2e test reads
 * from `window.__playground` (frames drawn, frame rate, losses).
 */
import type { Snapshot } from "./model/protocol.js";

export const perf = {
  frames: 0, snapshots: 0, fps: 0, drawMs: 0, snapshotMs: 0, epoch: 0, trainLoss: NaN, testLoss: NaN,
  playing: false, run: 0, backend: "", exports: 0, errors: [] as string[],
};
(window as unknown as { __playground: typeof perf }).__playground = perf;

export interface FrameLoop {
  /** A snapshot to draw at the next frame; one still waiting is replaced (and acknowledged). */
  offer(s: Snapshot): void;
}

export function startFrameLoop(draw: (s: Snapshot) => void, ack: () => void, everySecond: (fps: number) => void): FrameLoop {
  let pending: Snapshot | undefined;
  let frames = 0;
  let since = performance.now();
  const frame = (now: number) => {
    if (pending) {
      const snap = pending;
      pending = undefined;
      const start = performance.now();
      draw(snap);
      ack();
      perf.drawMs = 0.9 * perf.drawMs + 0.1 * (performance.now() - start);
      perf.snapshotMs = 0.9 * perf.snapshotMs + 0.1 * snap.ms;
      Object.assign(perf, { epoch: snap.epoch, trainLoss: snap.trainLoss, testLoss: snap.testLoss });
      perf.frames++;
      frames++;
    }
    if (now - since >= 1000) {
      perf.fps = (frames * 1000) / (now - since);
      everySecond(perf.fps);
      frames = 0;
      since = now;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    offer(s) {
      if (pending) ack();
      pending = s;
    },
  };
}
