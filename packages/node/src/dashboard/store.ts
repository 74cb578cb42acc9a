import { stat } from "node:fs/promises";
import { discoverRuns, EVENTS_FILE, sampleRun } from "./discover.js";
import type { RunEvent } from "./events.js";
import { scanEvents } from "./jsonl.js";
import { HttpError, resolveInside, safeSegments } from "./paths.js";
import { RunState, type Appended, type RunData, type RunSummary } from "./run-state.js";

/** A run read up to the end of its file, with its data. */
export interface Loaded {
  st: RunState;
  data: RunData;
}

/**
 * Lazy index over a logdir. Listing stats every run and samples the ones not
 * read yet; a run is parsed in full only when a chart or export asks for it,
 * then kept (up to `maxLoaded` runs, least recently used evicted) and read
 * incrementally from its saved offset after that.
 */
export class RunStore {
  private readonly runs = new Map<string, RunState>();
  /** loadMany calls in progress: someone is waiting for run data, which goes before sampling for the run list. */
  private waiting = 0;

  constructor(readonly root: string, private readonly maxLoaded = 256) {}

  /**
   * Every run, newest first in sampling order. Unread runs are sampled within
   * `budgetMs` so a listing stays fast however many runs there are, and not
   * while a loadMany is in progress (a chart waiting for its runs must not
   * share the thread with sampling); the rest get an estimate from their size
   * (no tags) until a later listing reaches them.
   */
  async list(budgetMs = 300): Promise<RunSummary[]> {
    const t0 = performance.now();
    const found = await discoverRuns(this.root);
    const order = found.map((_, i) => i).sort((a, b) => found[b]!.mtimeMs - found[a]!.mtimeMs);
    const out: (RunSummary | undefined)[] = new Array(found.length);
    let sampledLines = 0;
    let sampledBytes = 0;
    const unsampled: number[] = [];
    await pool(order, 32, async (i) => {
      const f = found[i]!;
      const st = this.state(f.name, f.file);
      st.size = f.size;
      st.mtimeMs = f.mtimeMs;
      try {
        if (st.offset > 0) {
          if (st.offset !== f.size) await this.refresh(st);
        } else if (!st.sample || st.sample.size !== f.size || st.sample.mtimeMs !== f.mtimeMs) {
          // Best effort: sampling stops at the budget, and while a chart or export waits for run data.
          if (this.waiting > 0 || performance.now() - t0 > budgetMs) return void unsampled.push(i);
          st.sample = { size: f.size, mtimeMs: f.mtimeMs, sample: await sampleRun(f.file, f.size) };
        }
        if (st.sample && st.offset === 0) [sampledLines, sampledBytes] = [sampledLines + st.sample.sample.events, sampledBytes + st.sample.size];
        out[i] = st.summary();
      } catch {
        // Deleted between the walk and the read: it is simply not listed.
      }
    });
    const bytesPerLine = sampledLines > 0 ? sampledBytes / sampledLines : 100;
    for (const i of unsampled) {
      const st = this.runs.get(found[i]!.name)!;
      const stale = st.summary();
      out[i] = { ...stale, events: Math.round(st.size / bytesPerLine), exact: false, tags: st.sample ? stale.tags : {} };
    }
    return out.filter((r) => r !== undefined);
  }

  /** The run named `name` (validated, symlinks checked), without reading it. */
  async get(name: string): Promise<RunState> {
    const file = await resolveInside(this.root, [...safeSegments(name, "run"), EVENTS_FILE]);
    return this.state(name, file);
  }

  /**
   * The runs with their data parsed up to the current end of their files, a
   * few files at a time. Each entry keeps its own reference to the data, so a
   * request for more runs than the cache holds still sees all of them.
   */
  async loadMany(names: string[]): Promise<Loaded[]> {
    const out: Loaded[] = new Array(names.length);
    this.waiting++;
    try {
      await pool(names, 16, async (name, i) => {
        const st = await this.get(name);
        await this.refresh(st, { data: true });
        st.usedAt = performance.now();
        out[i] = { st, data: st.data! };
        this.evict(st);
      });
    } finally {
      this.waiting--;
    }
    return out;
  }

  /** Reads what was appended since the last call and tells the run's listeners. */
  refresh(st: RunState, opts: { data?: boolean } = {}): Promise<void> {
    return st.exclusive(async () => {
      let s;
      try {
        s = await stat(st.file);
      } catch {
        throw new HttpError(404, "NOT_FOUND", `run ${st.name} is gone`);
      }
      // A file shorter than what was read was rewritten: start over.
      const truncated = s.size < st.offset;
      if (truncated) st.reset(st.data !== undefined || opts.data === true);
      else if (opts.data && !st.data) st.reset(true);
      st.size = s.size;
      st.mtimeMs = s.mtimeMs;
      if (s.size === st.offset && !truncated) return;
      const fresh: RunEvent[] | undefined = st.listeners.size > 0 ? [] : undefined;
      // Without live listeners no scalar needs its event object: the reader hands over the fields.
      const scalar = fresh ? undefined : (tag: string, step: number, wall: number, value: number) => st.addScalar(tag, step, wall, value);
      const r = await scanEvents(st.file, st.offset, (e) => st.add(e, fresh), { scalar });
      st.offset = r.next;
      st.size = r.size;
      st.malformed += r.malformed;
      if (fresh && (fresh.length > 0 || r.malformed > 0 || truncated)) {
        const msg: Appended = { run: st.name, events: fresh, next: st.offset, malformed: r.malformed, reset: truncated };
        for (const l of st.listeners) l(msg);
      }
    });
  }

  private state(name: string, file: string): RunState {
    let st = this.runs.get(name);
    if (!st || st.file !== file) this.runs.set(name, (st = new RunState(name, file)));
    return st;
  }

  private evict(keep: RunState): void {
    const loaded = [...this.runs.values()].filter((r) => r.data && r !== keep && !r.busy && r.listeners.size === 0);
    const excess = loaded.length + 1 - this.maxLoaded;
    if (excess <= 0) return;
    loaded.sort((a, b) => a.usedAt - b.usedAt);
    for (const r of loaded.slice(0, excess)) r.dropData();
  }
}

/** Runs `fn` over `items` with at most `width` in flight (file descriptors are finite). */
async function pool<T>(items: T[], width: number, fn: (t: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
