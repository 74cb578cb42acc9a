import { stat } from "node:fs/promises";
import { discoverRuns, EVENTS_FILE, sampleRun, type Sample } from "./discover.js";
import type { RunEvent } from "./events.js";
import { scanEvents } from "./jsonl.js";
import { HttpError, resolveInside, safeSegments } from "./paths.js";
import { ScalarSeries } from "./series.js";

/** The parsed contents of a run held in memory: scalars in columns, every other event as it is. */
export interface RunData {
  scalars: Map<string, ScalarSeries>;
  others: RunEvent[];
}

/** Events a read found at the end of a run; `reset` when the file had been rewritten and was read from 0. */
export interface Appended {
  run: string;
  events: RunEvent[];
  next: number;
  malformed: number;
  reset: boolean;
}

/** What the run list says about a run. `exact` is false while the counts come from a head/tail sample. */
export interface RunSummary {
  name: string;
  mtime: number;
  bytes: number;
  events: number;
  malformed: number;
  exact: boolean;
  tags: Record<string, string[]>;
}

/** One run's index: the offset read up to, counts and tags so far, and (while cached) its data. */
export class RunState {
  offset = 0;
  events = 0;
  malformed = 0;
  wall0: number | undefined;
  readonly tags = new Map<string, Set<string>>();
  data: RunData | undefined;
  sample: { size: number; mtimeMs: number; sample: Sample } | undefined;
  size = 0;
  mtimeMs = 0;
  usedAt = 0;
  /** Live streams on this run, told of every event appended (whoever's read found it); a watched run is never evicted. */
  readonly listeners = new Set<(a: Appended) => void>();
  busy = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly name: string, readonly file: string) {}

  /** Runs `fn` after every earlier call on this run finished, so two readers never append twice. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.busy = true;
      try {
        return await fn();
      } finally {
        this.busy = false;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  reset(withData: boolean): void {
    this.offset = 0;
    this.events = 0;
    this.malformed = 0;
    this.wall0 = undefined;
    this.tags.clear();
    this.data = withData ? { scalars: new Map(), others: [] } : undefined;
  }

  add(e: RunEvent, collect?: RunEvent[]): void {
    this.events++;
    this.wall0 ??= e.wall;
    let set = this.tags.get(e.kind);
    if (!set) this.tags.set(e.kind, (set = new Set()));
    set.add(e.tag);
    if (this.data) {
      if (e.kind === "scalar") {
        let s = this.data.scalars.get(e.tag);
        if (!s) this.data.scalars.set(e.tag, (s = new ScalarSeries()));
        s.push(e.step, e.wall, e.value as number);
      } else this.data.others.push(e);
    }
    collect?.push(e);
  }

  summary(): RunSummary {
    const s = this.offset > 0 || !this.sample ? undefined : this.sample.sample;
    const tags = s ? s.tags : this.tags;
    return {
      name: this.name,
      mtime: this.mtimeMs,
      bytes: this.size,
      events: s ? s.events : this.events,
      malformed: this.malformed,
      exact: s ? s.exact : this.offset === this.size,
      tags: Object.fromEntries([...tags].map(([k, v]) => [k, [...v].sort()])),
    };
  }
}

/**
 * Lazy index over a logdir. Listing stats every run and samples the ones not
 * read yet; a run is parsed in full only when a chart or export asks for it,
 * then kept (up to `maxLoaded` runs, least recently used evicted) and read
 * incrementally from its saved offset after that.
 */
export class RunStore {
  private readonly runs = new Map<string, RunState>();

  constructor(readonly root: string, private readonly maxLoaded = 256) {}

  async list(): Promise<RunSummary[]> {
    const found = await discoverRuns(this.root);
    const out: (RunSummary | undefined)[] = new Array(found.length);
    await pool(found, 32, async (f, i) => {
      const st = this.state(f.name, f.file);
      st.size = f.size;
      st.mtimeMs = f.mtimeMs;
      try {
        if (st.offset > 0) {
          if (st.offset !== f.size) await this.refresh(st);
        } else if (!st.sample || st.sample.size !== f.size || st.sample.mtimeMs !== f.mtimeMs) {
          st.sample = { size: f.size, mtimeMs: f.mtimeMs, sample: await sampleRun(f.file, f.size) };
        }
        out[i] = st.summary();
      } catch {
        // Deleted between the walk and the read: it is simply not listed.
      }
    });
    return out.filter((r) => r !== undefined);
  }

  /** The run named `name` (validated, symlinks checked), without reading it. */
  async get(name: string): Promise<RunState> {
    const file = await resolveInside(this.root, [...safeSegments(name, "run"), EVENTS_FILE]);
    return this.state(name, file);
  }

  /** The run with its data parsed up to the current end of its file. */
  async load(name: string): Promise<RunState & { data: RunData }> {
    const st = await this.get(name);
    await this.refresh(st, { data: true });
    st.usedAt = performance.now();
    this.evict(st);
    return st as RunState & { data: RunData };
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
      const r = await scanEvents(st.file, st.offset, (e) => st.add(e, fresh));
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
    for (const r of loaded.slice(0, excess)) r.data = undefined;
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
