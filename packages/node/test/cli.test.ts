import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "dist", "cli", "bin.js");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000, cwd: mkdtempSync(join(tmpdir(), "neurite-cli-")) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each case spawns node several times: on a loaded 2-core machine that takes longer than vitest's default 5 s.
describe("neurite CLI", () => {
  it("has --help for the program and every command", () => {
    const top = run("--help");
    expect(top.code).toBe(0);
    for (const c of ["train", "evaluate", "predict", "dashboard", "playground", "bench", "start"]) {
      expect(top.out).toContain(c);
      const h = run(c, "--help");
      expect(h.code, c).toBe(0);
      expect(h.out).toMatch(/Usage: neurite/);
    }
  }, 60_000);

  it("bad flags and values give one clear line and exit code 2", () => {
    const unknown = run("train", "--bogus");
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim().split("\n")).toHaveLength(1);
    expect(unknown.err).toMatch(/unknown option '--bogus'/);
    const bad = run("train", "--epochs", "zero");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/epochs must be an integer/);
    const layers = run("train", "--layers", "12,x");
    expect(layers.code).toBe(2);
    expect(run("nope").code).toBe(2);
  }, 60_000);

  it("reports an unknown dataset, a missing file and a non-numeric CSV column", () => {
    const ds = run("train", "--data", "mnist-fashion", "--epochs", "1");
    expect(ds.code).toBe(2);
    expect(ds.err).toMatch(/unknown dataset "mnist-fashion"/);
    const missing = run("train", "--data", "/nonexistent/file.csv", "--label", "y", "--epochs", "1");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nonexistent\/file\.csv/);
    const dir = mkdtempSync(join(tmpdir(), "neurite-csv-"));
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, "a,b,y\n1,2,0\n3,four,1\n5,6,0\n");
    const nonNumeric = run("train", "--data", csv, "--label", "y", "--epochs", "1", "--quiet");
    expect(nonNumeric.code, nonNumeric.err).toBe(2);
    expect(nonNumeric.err).toMatch(/line 3|four/);
  }, 60_000);

  it("trains iris end to end and writes a run log", () => {
    const dir = mkdtempSync(join(tmpdir(), "neurite-train-"));
    const r = run("train", "--data", "iris", "--layers", "16", "--epochs", "30", "--batch-size", "16", "--lr", "0.02", "--logdir", join(dir, "runs"), "--run", "iris1", "--quiet");
    expect(r.code, r.err).toBe(0);
    const acc = Number(/test accuracy: ([\d.]+)/.exec(r.out)?.[1]);
    expect(acc).toBeGreaterThan(0.8);
    const events = readFileSync(join(dir, "runs", "iris1", "events.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(events.some((e) => e.kind === "hparams")).toBe(true);
    expect(events.filter((e) => e.kind === "scalar" && e.tag === "epoch/loss")).toHaveLength(30);
    expect(events.some((e) => e.kind === "curve" && e.tag.startsWith("roc/"))).toBe(true);
    expect(events.some((e) => e.kind === "confusion")).toBe(true);
  }, 60_000);
});
