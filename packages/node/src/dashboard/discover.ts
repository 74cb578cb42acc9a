import { open, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { scanText } from "./jsonl.js";
import { isInside } from "./paths.js";

/** The file that makes a folder a run. */
export const EVENTS_FILE = "events.jsonl";
/** Runs may be nested (logdir/search/trial-3): how deep discovery looks. */
const MAX_DEPTH = 4;

/** A run folder found under the logdir: `name` is its "/"-joined path relative to it. */
export interface FoundRun {
  name: string;
  file: string;
  size: number;
  mtimeMs: number;
}

/**
 * Walks the logdir for folders holding events.jsonl. Hidden entries are
 * skipped, and so is anything whose real path (after symlinks) leaves `root`.
 */
export async function discoverRuns(root: string): Promise<FoundRun[]> {
  const found: FoundRun[] = [];
  async function walk(dir: string, prefix: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const subdirs: Promise<void>[] = [];
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const path = join(dir, e.name);
      if (e.name === EVENTS_FILE && prefix !== "" && (e.isFile() || e.isSymbolicLink())) {
        const run = await statInside(root, path);
        if (run) found.push({ name: prefix, file: run.real, size: run.size, mtimeMs: run.mtimeMs });
      } else if (depth < MAX_DEPTH && (e.isDirectory() || e.isSymbolicLink())) {
        const name = prefix ? `${prefix}/${e.name}` : e.name;
        subdirs.push(
          (async () => {
            if (e.isSymbolicLink() && !(await statInside(root, path))?.dir) return;
            await walk(path, name, depth + 1);
          })(),
        );
      }
    }
    await Promise.all(subdirs);
  }
  await walk(root, "", 0);
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function statInside(root: string, path: string): Promise<{ real: string; size: number; mtimeMs: number; dir: boolean } | undefined> {
  try {
    const real = await realpath(path);
    if (!isInside(root, real)) return undefined;
    const s = await stat(real);
    return { real, size: s.size, mtimeMs: s.mtimeMs, dir: s.isDirectory() };
  } catch {
    return undefined;
  }
}

/** Tags by kind and an event-count estimate from the head and tail of a file, without reading it all. */
export interface Sample {
  tags: Map<string, Set<string>>;
  events: number;
  /** True when the file was small enough to read whole, so `events` is the exact count. */
  exact: boolean;
}

/**
 * Reads `window` bytes at each end of the file: enough to see the tags a run
 * logs at its start and end (model, hparams, curves) and the average line
 * length, which gives the approximate event count the run list shows until
 * the run is indexed in full.
 */
export async function sampleRun(file: string, size: number, window = 8192): Promise<Sample> {
  const tags = new Map<string, Set<string>>();
  const add = (kind: string, tag: string) => {
    let s = tags.get(kind);
    if (!s) tags.set(kind, (s = new Set()));
    s.add(tag);
  };
  const fh = await open(file, "r");
  try {
    const whole = size <= 2 * window;
    const head = Buffer.alloc(whole ? size : window);
    await fh.read(head, 0, head.length, 0);
    const headEnd = head.lastIndexOf(0x0a);
    let lines = 0;
    let bytes = 0;
    let valid = 0;
    if (headEnd >= 0) {
      const r = scanText(head.toString("utf8", 0, headEnd + 1), (e) => add(e.kind, e.tag));
      lines += r.events + r.malformed;
      valid += r.events;
      bytes += headEnd + 1;
    }
    if (whole) return { tags, events: valid, exact: true };
    const tail = Buffer.alloc(window);
    await fh.read(tail, 0, window, size - window);
    const start = tail.indexOf(0x0a) + 1;
    const end = tail.lastIndexOf(0x0a);
    if (start > 0 && end >= start) {
      const r = scanText(tail.toString("utf8", start, end + 1), (e) => add(e.kind, e.tag));
      lines += r.events + r.malformed;
      bytes += end + 1 - start;
    }
    return { tags, events: lines > 0 ? Math.round((size * lines) / bytes) : 0, exact: false };
  } finally {
    await fh.close();
  }
}
