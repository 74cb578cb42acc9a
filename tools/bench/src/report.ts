// bench/RESULTS.md is shared: each benchmark owns the section between its
// `<!-- name:start -->` and `<!-- name:end -->` markers and replaces only that.
import { readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";

const TITLE = "# Neurite benchmark results\n\nEach section is written by `npm run bench -- <name>`; see tools/bench.\n";

/** Returns `doc` with the named section replaced, or appended when it is missing. */
export function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end, i);
  if (i >= 0 && j > i) return doc.slice(0, i) + block + doc.slice(j + end.length);
  const base = doc.trim() === "" ? TITLE : doc.replace(/\s*$/, "\n");
  return `${base}\n${block}\n`;
}

/** Rewrites one section of the results file through a temp file and a rename. */
export async function writeSection(path: string, name: string, body: string): Promise<void> {
  let doc = "";
  try {
    doc = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, replaceSection(doc, name, body));
  await rename(tmp, path);
}

/** Directory of a package's entry point, for CommonJS and ESM-only packages alike. */
function entryDir(name: string): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve(name));
  } catch {
    try {
      return dirname(fileURLToPath(import.meta.resolve(name)));
    } catch {
      return undefined;
    }
  }
}

/** Version of an installed package, found by walking up from its entry point. */
export async function packageVersion(name: string): Promise<string> {
  let dir = entryDir(name);
  while (dir !== undefined) {
    try {
      const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "?";
    } catch {
      // no package.json at this level
    }
    const up = dirname(dir);
    dir = up === dir ? undefined : up;
  }
  return "not installed";
}

export function machineLines(): string[] {
  const cpus = os.cpus();
  return [
    `- Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} logical cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}`,
    `- Runtime: Node ${process.version} (V8 ${process.versions.v8}); load average ${os.loadavg().map((x) => x.toFixed(1)).join(", ")} at the end of the run`,
    `- Date: ${new Date().toISOString()}`,
  ];
}

/** A GitHub-flavoured markdown table; the first `labelColumns` are left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], labelColumns = 1): string {
  const sep = header.map((_, i) => (i < labelColumns ? "---" : "---:"));
  return [header, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
