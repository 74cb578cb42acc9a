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
  /** The pending read of prefetch(). */
  private early: Promise<void> | undefined;
  /** Whether setRuns has been given the run list yet. */
  private isListed = false;

  /** Called when run infos become exact (the run list shows their real counts). */
  onRunsUpdated: () => void = () => undefined;

  constructor(readonly store: Store) {}

  setRuns(runs: RunInfo[]): void {
    this.isListed = true;
    for (const r of runs) if (r.exact) this.exact.set(r.name, r);
    // A run read in full (a prefetch that landed first) keeps its exact counts over the list's sample of it.
    this.runs = runs.map((r) => this.exact.get(r.name) ?? r);
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
    await this.early;
    const missing = runs.filter((r) => !this.exact.has(r));
    if (missing.length > 0) await this.readTags(missing);
    return new Map(runs.filter((r) => this.exact.has(r)).map((r) => [r, this.exact.get(r)!.tags]));
  }

  /**
   * When the URL names its runs, starts reading the ones every view asks
   * tagsOf for (selected and matching the run filter) before the run list.
   * Resolves true once they are read: until setRuns their infos stand in for
   * the run list, so a view can draw them without waiting for it. A failure (a
   * run that no longer exists) resolves false; tagsOf then asks again.
   */
  prefetch(): Promise<boolean> {
    const re = regex(this.store.state.runFilter) ?? /(?:)/;
    const runs = (this.store.state.runs ?? []).filter((r) => re.test(r));
    if (runs.length === 0) return Promise.resolve(false);
    const read = this.readTags(runs).then(
      () => true,
      () => false,
    );
    this.early = read.then(() => void (this.early = undefined));
    return read.then((ok) => {
      // In the order the run list will have (by name), so the views see the same runs in the same order then.
      if (ok && !this.listed) this.runs = runs.map((r) => this.exact.get(r)!).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return ok;
    });
  }

  /** True while prefetch() is reading: the exact tags are on their way, no need to lay out by samples. */
  get prefetching(): boolean {
    return this.early !== undefined;
  }

  /** True once setRuns gave the run list (before, `runs` holds at most what prefetch read). */
  get listed(): boolean {
    return this.isListed;
  }

  private async readTags(runs: string[]): Promise<void> {
    const fresh = new Map((await api.tags(runs)).runs.map((r) => [r.name, r]));
    for (const r of fresh.values()) this.exact.set(r.name, r);
    this.runs = this.runs.map((r) => fresh.get(r.name) ?? r);
    this.onRunsUpdated();
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
