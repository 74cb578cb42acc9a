import type { Sample } from "./discover.js";
import type { RunEvent } from "./events.js";
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
  private last: { kind: string; tag: string; series: ScalarSeries | undefined } = { kind: "", tag: "", series: undefined };

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
    this.last = { kind: "", tag: "", series: undefined };
    this.data = withData ? { scalars: new Map(), others: [] } : undefined;
  }

  /** Frees the parsed data (cache eviction); counts and offset stay, a later load reads the file again. */
  dropData(): void {
    this.data = undefined;
    this.last.series = undefined;
  }

  add(e: RunEvent, collect?: RunEvent[]): void {
    if (e.kind === "scalar") this.addScalar(e.tag, e.step, e.wall, e.value as number);
    else {
      this.count(e.kind, e.tag, e.wall);
      this.data?.others.push(e);
    }
    collect?.push(e);
  }

  /** add() of a scalar event given by its fields. */
  addScalar(tag: string, step: number, wall: number, value: number): void {
    this.count("scalar", tag, wall);
    if (!this.data) return;
    let s = this.last.series ?? this.data.scalars.get(tag);
    if (!s) this.data.scalars.set(tag, (s = new ScalarSeries()));
    this.last.series = s;
    s.push(step, wall, value);
  }

  /** Counts an event; runs of lines share a kind and tag, so the hashing is skipped when this one repeats the last. */
  private count(kind: string, tag: string, wall: number): void {
    this.events++;
    this.wall0 ??= wall;
    if (kind !== this.last.kind || tag !== this.last.tag) {
      let set = this.tags.get(kind);
      if (!set) this.tags.set(kind, (set = new Set()));
      set.add(tag);
      this.last = { kind, tag, series: undefined };
    }
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
