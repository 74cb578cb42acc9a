import { api, type Appended, type RunInfo } from "./api.js";
import { regex, type Store } from "./state.js";

/** Above this many runs the default selection is the most recently active few, not all. */
const SELECT_ALL_UP_TO = 20;
const DEFAULT_RECENT = 10;

/** What every view shares: the run list, the selection, exact tags of the runs in view. */
export class Context {
  runs: RunInfo[] = [];
  private readonly exact = new Map<string, RunInfo>();
  /** The default selection of a large logdir, fixed once so appends to other runs do not shift it. */
  private recent: string[] | undefined;

  /** Called when run infos become exact (the run list shows their real counts). */
  onRunsUpdated: () => void = () => undefined;

  constructor(readonly store: Store) {}

  setRuns(runs: RunInfo[]): void {
    this.runs = runs;
    for (const r of runs) if (r.exact) this.exact.set(r.name, r);
    if (!this.recent && runs.length > SELECT_ALL_UP_TO) {
      this.recent = [...runs].sort((a, b) => b.mtime - a.mtime).slice(0, DEFAULT_RECENT).map((r) => r.name).sort();
    }
  }

  /** The selected runs: the URL's, or all (few runs) or the most recently written (many). */
  selected(): string[] {
    const chosen = this.store.state.runs;
    const names = new Set(this.runs.map((r) => r.name));
    if (chosen !== null) return chosen.filter((r) => names.has(r));
    if (this.runs.length <= SELECT_ALL_UP_TO || !this.recent) return [...names];
    return this.recent.filter((r) => names.has(r));
  }

  /** Runs the views draw: selected and matching the run filter, in list order. */
  visible(): string[] {
    const re = regex(this.store.state.runFilter) ?? /(?:)/;
    const sel = new Set(this.selected());
    return this.runs.filter((r) => sel.has(r.name) && re.test(r.name)).map((r) => r.name);
  }

  /** Exact tags by kind for `runs`, reading those not known exactly yet in one request. */
  async tagsOf(runs: string[]): Promise<Map<string, Record<string, string[]>>> {
    const missing = runs.filter((r) => !this.exact.has(r));
    if (missing.length > 0) {
      const fresh = new Map((await api.tags(missing)).runs.map((r) => [r.name, r]));
      for (const r of fresh.values()) this.exact.set(r.name, r);
      this.runs = this.runs.map((r) => fresh.get(r.name) ?? r);
      this.onRunsUpdated();
    }
    return new Map(runs.filter((r) => this.exact.has(r)).map((r) => [r, this.exact.get(r)!.tags]));
  }

  /** What is known now without a request: exact tags where read, else the run list's sample. */
  knownTags(runs: string[]): Map<string, Record<string, string[]>> {
    const info = new Map(this.runs.map((r) => [r.name, r]));
    return new Map(runs.map((r) => [r, (this.exact.get(r) ?? info.get(r))?.tags ?? {}]));
  }

  /** True when every one of `runs` has exact tags already. */
  allExact(runs: string[]): boolean {
    return runs.every((r) => this.exact.has(r));
  }

  /** Tags of `kind` that any of `runs` logs, filtered by the tag filter, sorted. */
  async tags(runs: string[], kind: string): Promise<string[]> {
    return this.filterTags(await this.tagsOf(runs), kind);
  }

  /** Tags of `kind` in a tags-by-run map, filtered by the tag filter, sorted. */
  filterTags(byRun: Map<string, Record<string, string[]>>, kind: string): string[] {
    const re = regex(this.store.state.tagFilter) ?? /(?:)/;
    const all = new Set<string>();
    for (const t of byRun.values()) for (const tag of t[kind] ?? []) if (re.test(tag)) all.add(tag);
    return [...all].sort();
  }

  /** Folds appended events into what is known of the run; returns true when they bring a new tag. */
  appended(a: Appended): boolean {
    const info = this.runs.find((r) => r.name === a.run);
    if (info) {
      info.events += a.events.length;
      info.mtime = Date.now();
    }
    const ex = this.exact.get(a.run);
    if (!ex) return false;
    if (ex !== info) ex.events += a.events.length;
    let fresh = false;
    for (const e of a.events) {
      const list = (ex.tags[e.kind] ??= []);
      if (!list.includes(e.tag)) {
        list.push(e.tag);
        list.sort();
        fresh = true;
      }
    }
    return fresh;
  }
}
