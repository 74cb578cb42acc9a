import { open, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { scanLines } from "./jsonl.js";
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
 * The walk goes through real paths, so only symlinks need a realpath call.
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
    const pending: Promise<void>[] = [];
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const path = join(dir, e.name);
      const link = e.isSymbolicLink();
      if (e.name === EVENTS_FILE && prefix !== "" && (e.isFile() || link)) {
        pending.push(
          (async () => {
            const real = link ? await realInside(root, path) : path;
            const s = real ? await stat(real).catch(() => undefined) : undefined;
            if (real && s?.isFile()) found.push({ name: prefix, file: real, size: s.size, mtimeMs: s.mtimeMs });
          })(),
        );
      } else if (depth < MAX_DEPTH && (e.isDirectory() || link)) {
        const name = prefix ? `${prefix}/${e.name}` : e.name;
        pending.push(
          (async () => {
            const real = link ? await realInside(root, path) : path;
            if (real && (!link || (await stat(real).catch(() => undefined))?.isDirectory())) await walk(real, name, depth + 1);
          })(),
        );
      }
    }
    await Promise.all(pending);
  }
  await walk(root, "", 0);
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The real path of a symlink if it stays inside `root`. */
async function realInside(root: string, path: string): Promise<string | undefined> {
  try {
    const real = await realpath(path);
    return isInside(root, real) ? real : undefined;
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
 * the run is indexed in full. A file that small is parsed whole and exactly.
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
    if (size <= 2 * window) {
      const all = Buffer.alloc(size);
      await fh.read(all, 0, size, 0);
      const end = all.lastIndexOf(0x0a);
      const r = scanLines(all, 0, end + 1, (e) => add(e.kind, e.tag));
      return { tags, events: r.events, exact: true };
    }
    const head = Buffer.alloc(window);
    const tail = Buffer.alloc(window);
    await Promise.all([fh.read(head, 0, window, 0), fh.read(tail, 0, window, size - window)]);
    let lines = 0;
    let bytes = 0;
    const headEnd = head.lastIndexOf(0x0a);
    if (headEnd >= 0) {
      lines += kindsAndTags(head.toString("utf8", 0, headEnd + 1), add);
      bytes += headEnd + 1;
    }
    const start = tail.indexOf(0x0a) + 1;
    const end = tail.lastIndexOf(0x0a);
    if (start > 0 && end >= start) {
      lines += kindsAndTags(tail.toString("utf8", start, end + 1), add);
      bytes += end + 1 - start;
    }
    return { tags, events: lines > 0 ? Math.round((size * lines) / bytes) : 0, exact: false };
  } finally {
    await fh.close();
  }
}

/**
 * The kind and tag of each line of a sample, found without parsing the JSON
 * (2-3x cheaper; this runs for every unread run of a listing). Tags with
 * escapes are skipped: the sample is an estimate, the full read is exact.
 * Returns the number of lines.
 */
function kindsAndTags(text: string, add: (kind: string, tag: string) => void): number {
  const re = /"kind"\s*:\s*"([^"\\\n]*)"|"tag"\s*:\s*"([^"\\\n]*)"|\n/g;
  let kind = "";
  let tag = "";
  let lines = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) kind ||= m[1];
    else if (m[2] !== undefined) tag ||= m[2];
    else {
      if (kind && tag) add(kind, tag);
      kind = tag = "";
      lines++;
    }
  }
  return lines;
}
