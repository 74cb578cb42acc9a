// Client side of the dashboard API (apps/dashboard/RUNLOG.md describes the routes and event shapes).

/** A run as /api/runs and /api/tags describe it. */
export interface RunInfo {
  name: string;
  mtime: number;
  bytes: number;
  events: number;
  malformed: number;
  exact: boolean;
  tags: Record<string, string[]>;
}

/** One event of a run log; kind-specific fields stay loose, each view reads its own. */
export interface RunEvent {
  step: number;
  wall: number;
  kind: string;
  tag: string;
  [field: string]: unknown;
}

/** One run's series of a scalar tag, downsampled, with the smoothed values at the same points. */
export interface ScalarSeries {
  run: string;
  wall0: number;
  /** Byte offset of the run's file this data was read up to (compared with the live stream's). */
  next: number;
  total: number;
  step: number[];
  wall: number[];
  value: (number | null)[];
  smoothed?: (number | null)[];
}

export interface ScalarsReply {
  tag: string;
  smoothing: number;
  series: ScalarSeries[];
  missing: string[];
}

export interface EventsReply {
  runs: { run: string; wall0: number; events: RunEvent[] }[];
}

/** Server-Sent `append`: events a watched run gained. */
export interface Appended {
  run: string;
  events: RunEvent[];
  next: number;
  malformed: number;
  reset: boolean;
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new Error(body.error?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

function runsQuery(runs: string[]): URLSearchParams {
  const q = new URLSearchParams();
  // The repeated form survives run names that contain commas.
  for (const r of runs) q.append("run", r);
  return q;
}

export const api = {
  runs: () => get<{ runs: RunInfo[]; ms: number }>("/api/runs"),
  tags: (runs: string[]) => get<{ runs: RunInfo[] }>(`/api/tags?${runsQuery(runs)}`),
  scalars(runs: string[], tag: string, maxPoints: number, smoothing: number): Promise<ScalarsReply> {
    const q = runsQuery(runs);
    q.set("tag", tag);
    q.set("maxPoints", String(maxPoints));
    q.set("smoothing", String(smoothing));
    return get(`/api/scalars?${q}`);
  },
  events(runs: string[], kinds: string[], tags: string[] = []): Promise<EventsReply> {
    const q = runsQuery(runs);
    for (const k of kinds) q.append("kind", k);
    for (const t of tags) q.append("tag", t);
    return get(`/api/events?${q}`);
  },
};

/** The download link of the data behind a chart. */
export function exportUrl(runs: string[], tag: string, format: "csv" | "json", kind?: string): string {
  const q = runsQuery(runs);
  if (tag) q.set("tag", tag);
  if (kind) q.set("kind", kind);
  q.set("format", format);
  return `/api/export?${q}`;
}

/** The SSE stream of appends for `runs`. */
export function streamUrl(runs: string[]): string {
  return `/api/stream?${runsQuery(runs)}`;
}

/** The latest event per key (a re-logged curve, trial or model replaces the earlier one), in first-seen order. */
export function latestBy(events: RunEvent[], key: (e: RunEvent) => string): Map<string, RunEvent> {
  const m = new Map<string, RunEvent>();
  for (const e of events) m.set(key(e), e);
  return m;
}

/** Curves sharing a tag share a chart; `series` ("train", "test") tells the lines of one run apart. */
export const curveKey = (e: RunEvent): string => `${e.tag}\n${typeof e.series === "string" ? e.series : ""}`;

/** A trial's name within its run: its tag, plus its number when a search logs many under one tag. */
export const trialName = (e: RunEvent): string => (typeof e.trial === "number" || typeof e.trial === "string" ? `${e.tag}-${e.trial}` : e.tag);
