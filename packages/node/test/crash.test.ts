// SIGKILLs processes that save models or write run logs, at random moments, and checks what they leave behind.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as nt from "@neurite/core";
import { loadModel } from "@neurite/layers";
import { beforeAll, describe, expect, it } from "vitest";

const FIXTURES = join(import.meta.dirname, "fixtures");

beforeAll(() => nt.ready());

/** A seeded generator, so a failing run can be replayed with the same kill times. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Starts a fixture, waits until it has printed `minLines` lines after "ready"
 * plus `delayMs`, SIGKILLs it, and returns everything it printed.
 */
function killLater(script: string, args: string[], minLines: number, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(FIXTURES, script), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let armed = false;
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      out += s;
      const lines = out.split("\n").filter(Boolean);
      if (!armed && lines[0] === "ready" && lines.length > minLines) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (s: string) => (err += s));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`${script} exited with ${code}: ${err}`));
      else resolve(out.split("\n").filter(Boolean));
    });
  });
}

describe("crash-safe persistence under SIGKILL", () => {
  it("model.save: after 12 kills mid-loop the folder always loads, checksums verified, with the last or the in-flight save", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "neurite-kill-save-")), "model");
    const rand = random(12);
    let lastAcked = 0;
    for (let kill = 0; kill < 12; kill++) {
      const lines = await killLater("save-loop.mjs", ["save", dir], kill === 0 ? 1 : 0, Math.floor(rand() * 150));
      const acked = lines.filter((l) => l.startsWith("saved ")).map((l) => Number(l.slice(6)));
      // Every process restarts its count at 1: what is on disk must be its last acknowledged save or the one it was writing.
      const last = acked.length > 0 ? acked[acked.length - 1]! : 0;
      const m = await loadModel(`file://${dir}`);
      const values = new Set(m.weights.flatMap((w) => Array.from(w.data())));
      m.dispose();
      expect(values.size, `kill ${kill}: one value in every weight`).toBe(1);
      const k = [...values][0]!;
      if (last > 0) expect([last, last + 1], `kill ${kill}: saves acknowledged up to ${last}`).toContain(k);
      else expect(k === lastAcked || k === 1, `kill ${kill}: nothing acknowledged, the previous model or the first save`).toBe(true);
      lastAcked = k;
    }
  }, 60_000);

  it("modelCheckpoint: after 8 kills during training the checkpoint always loads and its checksums verify", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "neurite-kill-ckpt-")), "ckpt");
    const rand = random(8);
    for (let kill = 0; kill < 8; kill++) {
      // The first process must finish one checkpoint; later ones are killed whenever, over the previous checkpoint.
      await killLater("save-loop.mjs", ["checkpoint", dir], kill === 0 ? 1 : 0, Math.floor(rand() * 300));
      const m = await loadModel(`file://${dir}`);
      expect(m.countParams()).toBe(256 * 512 + 512 + 512 * 16 + 16);
      expect(m.weights.every((w) => Array.from(w.data()).every(Number.isFinite))).toBe(true);
      m.dispose();
    }
  }, 60_000);

  it("run logs: a training process killed mid-run leaves events.jsonl readable up to its last complete line", async () => {
    const logdir = mkdtempSync(join(tmpdir(), "neurite-kill-log-"));
    const rand = random(5);
    for (let kill = 0; kill < 5; kill++) {
      const run = `run${kill}`;
      await killLater("log-loop.mjs", [logdir, run], 0, 100 + Math.floor(rand() * 400));
      const text = readFileSync(join(logdir, run, "events.jsonl"), "utf8");
      const lines = text.split("\n");
      const tail = lines.pop()!;
      // Whole lines only, except perhaps the one a write was cut off in (the writer writes one line per call).
      const events = lines.map((l) => JSON.parse(l) as { kind: string; tag: string; step: number });
      if (tail !== "") expect(() => JSON.parse(tail)).toThrow();
      expect(events[0]).toMatchObject({ kind: "model" });
      expect(events.some((e) => e.kind === "hparams")).toBe(true);
      expect(events.filter((e) => e.tag === "batch/loss").length).toBeGreaterThan(0);
    }
  }, 60_000);
});
