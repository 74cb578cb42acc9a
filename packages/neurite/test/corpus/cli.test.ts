// Spawns packages/node/dist/cli/bin.js (built by `npm run build`) with each bad command line.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as nt from "../../src/index.js";
import { cliCases, type CliFiles } from "./cli.cases.js";

const BIN = join(import.meta.dirname, "..", "..", "..", "node", "dist", "cli", "bin.js");

function run(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 }, (err, _stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === "number" ? err.code : null) : 0, stderr });
    });
  });
}

let cwd: string;
const files = {} as CliFiles;

beforeAll(async () => {
  await nt.ready();
  cwd = mkdtempSync(join(tmpdir(), "neurite-corpus-cli-"));
  nt.setSeed(1);
  const m = nt.sequential([nt.layers.dense({ units: 3, inputShape: [4], activation: "softmax" })]);
  files.model = join(cwd, "model");
  await m.save(`file://${files.model}`);
  files.brokenModel = join(cwd, "broken");
  cpSync(files.model, files.brokenModel, { recursive: true });
  writeFileSync(join(files.brokenModel, "model.json"), readFileSync(join(files.model, "model.json"), "utf8").slice(0, 40));
  files.tamperedModel = join(cwd, "tampered");
  cpSync(files.model, files.tamperedModel, { recursive: true });
  const shard = readFileSync(join(files.model, "group1-shard1of1.bin"));
  shard[0] ^= 0xff;
  writeFileSync(join(files.tamperedModel, "group1-shard1of1.bin"), shard);
  files.goodCsv = join(cwd, "ok.csv");
  writeFileSync(files.goodCsv, "a,b,y\n1,2,0\n3,4,1\n5,6,0\n");
  files.textCsv = join(cwd, "text.csv");
  writeFileSync(files.textCsv, "a,b,y\n1,2,0\n3,four,1\n5,6,0\n");
  files.wideCsv = join(cwd, "wide.csv");
  writeFileSync(files.wideCsv, "a,b\n1,2\n3,4\n");
  files.missing = join(cwd, "missing.csv");
}, 60_000);

// Each case starts node (~0.5 s on an idle machine, several seconds on a loaded one): generous timeouts.
describe.concurrent(`bad-input corpus: CLI flags (${cliCases.length} cases)`, () => {
  for (const c of cliCases) {
    it(`exit 2: ${c.name}`, async () => {
      const r = await run(c.args(files), cwd);
      const lines = r.stderr.trim().split("\n");
      expect(r.code, r.stderr).toBe(2);
      expect(lines, "one line on stderr, no stack trace").toHaveLength(1);
      expect(lines[0]).toMatch(c.stderr);
    }, 60_000);
  }
});
