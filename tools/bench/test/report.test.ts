import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageVersion, replaceSection, table, writeSection } from "../src/report.js";

describe("RESULTS.md sections", () => {
  it("creates the file with a title, then replaces only its own section", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-"));
    const path = join(dir, "RESULTS.md");
    await writeSection(path, "gemm", "gemm v1");
    const first = await readFile(path, "utf8");
    expect(first).toMatch(/^# Neurite benchmark results/);
    expect(first).toContain("<!-- gemm:start -->\ngemm v1\n<!-- gemm:end -->");

    await writeFile(path, first + "\nhand-written notes\n\n<!-- train:start -->\ntrain table\n<!-- train:end -->\n");
    await writeSection(path, "gemm", "gemm v2");
    const second = await readFile(path, "utf8");
    expect(second).toContain("gemm v2");
    expect(second).not.toContain("gemm v1");
    expect(second).toContain("hand-written notes");
    expect(second).toContain("<!-- train:start -->\ntrain table\n<!-- train:end -->");
    // The temp file of the atomic write is gone.
    expect(await readdir(dir)).toEqual(["RESULTS.md"]);
  });

  it("appends a missing section after existing content", () => {
    const doc = replaceSection("# Title\n\nintro\n", "train", "rows");
    expect(doc).toBe("# Title\n\nintro\n\n<!-- train:start -->\nrows\n<!-- train:end -->\n");
    expect(replaceSection(doc, "train", "new")).toBe("# Title\n\nintro\n\n<!-- train:start -->\nnew\n<!-- train:end -->\n");
  });

  it("formats tables and finds installed package versions", async () => {
    expect(table(["a", "b", "c"], [["1", "2", "3"]], 2)).toBe("| a | b | c |\n| --- | --- | ---: |\n| 1 | 2 | 3 |");
    expect(await packageVersion("@tensorflow/tfjs-core")).toBe("4.22.0");
    expect(await packageVersion("no-such-package-here")).toBe("not installed");
  });
});
