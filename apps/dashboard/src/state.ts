export const VIEWS = ["scalars", "histograms", "curves", "hparams", "model", "text"] as const;
export type View = (typeof VIEWS)[number];
export const X_AXES = ["step", "relative", "wall"] as const;
export type XAxis = (typeof X_AXES)[number];

/** Everything a link must reproduce. `runs: null` means "the default selection". */
export interface State {
  view: View;
  runs: string[] | null;
  runFilter: string;
  tagFilter: string;
  smoothing: number;
  x: XAxis;
  logY: boolean;
  logX: boolean;
  /** Confusion matrices normalised by row. */
  normalize: boolean;
  /** Hyperparameter view: the metric that colours the trials, and the sort column ("-" prefix: descending). */
  score: string;
  sort: string;
  /** Model view: the run shown. */
  model: string;
}

export const DEFAULTS: State = {
  view: "scalars",
  runs: null,
  runFilter: "",
  tagFilter: "",
  smoothing: 0.6,
  x: "step",
  logY: false,
  logX: false,
  normalize: false,
  score: "",
  sort: "",
  model: "",
};

const MAX_SMOOTHING = 0.999;

/** Writes the state as a query string holding only what differs from the defaults. */
export function toQuery(st: State): string {
  const q = new URLSearchParams();
  if (st.view !== DEFAULTS.view) q.set("view", st.view);
  if (st.runs !== null) {
    if (st.runs.length === 0) q.set("sel", "none");
    for (const r of st.runs) q.append("run", r);
  }
  if (st.runFilter) q.set("runFilter", st.runFilter);
  if (st.tagFilter) q.set("tagFilter", st.tagFilter);
  if (st.smoothing !== DEFAULTS.smoothing) q.set("smoothing", String(st.smoothing));
  if (st.x !== DEFAULTS.x) q.set("x", st.x);
  if (st.logY) q.set("logY", "1");
  if (st.logX) q.set("logX", "1");
  if (st.normalize) q.set("normalize", "1");
  if (st.score) q.set("score", st.score);
  if (st.sort) q.set("sort", st.sort);
  if (st.model) q.set("model", st.model);
  return q.toString();
}

/** Reads a query string back; anything unknown or out of range falls back to the default. */
export function fromQuery(query: string): State {
  const q = new URLSearchParams(query);
  const pick = <T extends string>(v: string | null, allowed: readonly T[], d: T): T => (allowed as readonly string[]).includes(v ?? "") ? (v as T) : d;
  const runs = q.getAll("run").filter((r) => r !== "");
  const sm = Number(q.get("smoothing"));
  return {
    view: pick(q.get("view"), VIEWS, DEFAULTS.view),
    runs: runs.length > 0 ? runs : q.get("sel") === "none" ? [] : null,
    runFilter: q.get("runFilter") ?? "",
    tagFilter: q.get("tagFilter") ?? "",
    smoothing: q.has("smoothing") && Number.isFinite(sm) ? Math.min(MAX_SMOOTHING, Math.max(0, sm)) : DEFAULTS.smoothing,
    x: pick(q.get("x"), X_AXES, DEFAULTS.x),
    logY: q.get("logY") === "1",
    logX: q.get("logX") === "1",
    normalize: q.get("normalize") === "1",
    score: q.get("score") ?? "",
    sort: q.get("sort") ?? "",
    model: q.get("model") ?? "",
  };
}

/** A case-insensitive regex from user input; undefined while it does not compile. */
export function regex(src: string): RegExp | undefined {
  try {
    return new RegExp(src, "i");
  } catch {
    return undefined;
  }
}

type Listener = (st: State, changed: Set<keyof State>) => void;

/** The one state table: views read it, set() patches it, mirrors it into the URL and tells listeners what changed. */
export class Store {
  private listeners: Listener[] = [];

  constructor(public state: State, private readonly write: (query: string) => void = () => undefined) {}

  set(patch: Partial<State>): void {
    const changed = new Set<keyof State>();
    for (const k of Object.keys(patch) as (keyof State)[]) {
      if (JSON.stringify(this.state[k]) !== JSON.stringify(patch[k])) changed.add(k);
    }
    if (changed.size === 0) return;
    this.state = { ...this.state, ...patch };
    this.write(toQuery(this.state));
    for (const l of this.listeners) l(this.state, changed);
  }

  subscribe(l: Listener): void {
    this.listeners.push(l);
  }
}
