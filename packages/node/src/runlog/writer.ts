import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { NeuriteError } from "@neurite/core";

/** One line of events.jsonl (DESIGN.md §2 "Run logs"). */
export interface RunEvent {
  step: number;
  wall: number;
  kind: "scalar" | "histogram" | "curve" | "confusion" | "hparams" | "model" | "text";
  tag: string;
  [key: string]: unknown;
}

/** A run name that sorts by time: 20261128-213752. */
export function timestampRun(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/**
 * Appends events to logdir/<run>/events.jsonl. Each event is one write() of a
 * whole line, so a live reader sees complete lines and a killed process
 * leaves at most one partial last line (which readers skip).
 */
export class RunWriter {
  readonly dir: string;
  private fd: number | undefined;

  constructor(readonly logdir: string, readonly run: string = timestampRun()) {
    if (!/^[\w.-]+$/.test(run)) {
      throw new NeuriteError("BAD_ARGUMENT", `run name "${run}" may only contain letters, digits, '.', '_' and '-'`);
    }
    this.dir = join(logdir, run);
    mkdirSync(this.dir, { recursive: true });
    this.fd = openSync(join(this.dir, "events.jsonl"), "a");
  }

  /** Appends one event as one line; `wall` defaults to now. */
  write(event: Omit<RunEvent, "wall"> & { wall?: number }): void {
    if (this.fd === undefined) throw new NeuriteError("BAD_ARGUMENT", `run log ${this.dir} is closed`);
    const line = Buffer.from(`${JSON.stringify({ wall: Date.now() / 1000, ...event })}\n`);
    // writeSync may write less than asked (a full disk, a signal): finish the line rather than leave a torn one mid-file.
    for (let at = 0; at < line.length; ) at += writeSync(this.fd, line, at, line.length - at);
  }

  /** Appends a scalar event. */
  scalar(tag: string, step: number, value: number): void {
    this.write({ kind: "scalar", tag, step, value });
  }

  /** Flushes to disk (end of run): readers already see every line before this. */
  close(): void {
    if (this.fd === undefined) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
  }
}
