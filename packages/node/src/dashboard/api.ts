import type { RunEvent } from "./events.js";
import { eventTable, fileName, scalarJson, scalarTable, toCsv, trialId } from "./export.js";
import { scanEvents } from "./jsonl.js";
import { HttpError } from "./paths.js";
import { listParam, numParam, oneOf, required } from "./query.js";
import { ema, m4, type ScalarSeries } from "./series.js";
import type { Loaded, RunStore } from "./store.js";

/** A body to send: JSON, or a download with its own type and file name. */
export type Reply = { json: unknown } | { text: string; type: string; filename: string };

const MAX_RUNS = 5000;

function runsParam(q: URLSearchParams): string[] {
  const runs = listParam(q, "runs", "run");
  if (runs.length === 0) throw new HttpError(400, "BAD_ARGUMENT", "missing runs= (comma-separated) or run=");
  if (runs.length > MAX_RUNS) throw new HttpError(400, "BAD_ARGUMENT", `at most ${MAX_RUNS} runs per request`);
  return runs;
}

/** GET /api/runs: every run with mtime, size, event count and tags by kind (sampled until indexed). */
export async function listRuns(store: RunStore): Promise<Reply> {
  const t0 = performance.now();
  const runs = await store.list();
  return { json: { runs, ms: Math.round(performance.now() - t0) } };
}

/** GET /api/tags?runs=: exact tags by kind of the given runs (reads them in full). */
export async function runTags(store: RunStore, q: URLSearchParams): Promise<Reply> {
  const loaded = await store.loadMany(runsParam(q));
  return { json: { runs: loaded.map(({ st }) => st.summary()) } };
}

/** GET /api/runs/:run/events?since=&tags=&kinds=&maxBytes=: the file's events from a byte offset, paged. */
export async function runEvents(store: RunStore, run: string, q: URLSearchParams): Promise<Reply> {
  const st = await store.get(run);
  const since = numParam(q, "since", 0, 0, Number.MAX_SAFE_INTEGER, true);
  const maxBytes = numParam(q, "maxBytes", 4 << 20, 1024, 64 << 20, true);
  const tags = new Set(listParam(q, "tags", "tag"));
  const kinds = new Set(listParam(q, "kinds", "kind"));
  const events: RunEvent[] = [];
  const r = await scanEvents(st.file, since, (e) => {
    if ((tags.size === 0 || tags.has(e.tag)) && (kinds.size === 0 || kinds.has(e.kind))) events.push(e);
  }, { maxBytes });
  if (since > r.size) throw new HttpError(416, "BAD_OFFSET", `since=${since} is past the end of ${run} (${r.size} bytes): the file was rewritten, start from 0`);
  return { json: { run, since, next: r.next, size: r.size, more: r.next < r.size && r.next - since >= maxBytes, malformed: r.malformed, events } };
}

function scalarSeries(loaded: Loaded[], tag: string) {
  const found: { run: string; s: ScalarSeries; wall0: number; next: number }[] = [];
  const missing: string[] = [];
  for (const { st, data } of loaded) {
    const s = data.scalars.get(tag);
    if (s) found.push({ run: st.name, s, wall0: st.wall0 ?? 0, next: st.offset });
    else missing.push(st.name);
  }
  return { found, missing };
}

/**
 * GET /api/scalars?runs=&tag=&maxPoints=&smoothing=: one tag of several runs,
 * smoothed at full resolution and then M4-downsampled (series.ts).
 */
export async function scalars(store: RunStore, q: URLSearchParams): Promise<Reply> {
  const tag = required(q, "tag");
  const maxPoints = numParam(q, "maxPoints", 1000, 8, 1_000_000, true);
  const weight = numParam(q, "smoothing", 0, 0, 0.999);
  const { found, missing } = scalarSeries(await store.loadMany(runsParam(q)), tag);
  const fin = (v: number) => (Number.isFinite(v) ? v : null);
  const series = found.map(({ run, s, wall0, next }) => {
    const c = s.ordered();
    const keep = m4(c.step, c.value, maxPoints);
    const smooth = weight > 0 ? ema(c.value, weight) : undefined;
    return {
      run,
      wall0,
      next,
      total: c.step.length,
      step: keep.map((i) => c.step[i]!),
      wall: keep.map((i) => c.wall[i]!),
      value: keep.map((i) => fin(c.value[i]!)),
      smoothed: smooth ? keep.map((i) => fin(smooth[i]!)) : undefined,
    };
  });
  return { json: { tag, smoothing: weight, maxPoints, series, missing } };
}

/** GET /api/events?runs=&kinds=&tags=: the non-scalar events (histograms, curves, models...) of several runs. */
export async function storedEvents(store: RunStore, q: URLSearchParams): Promise<Reply> {
  const kinds = new Set(listParam(q, "kinds", "kind"));
  if (kinds.has("scalar")) throw new HttpError(400, "BAD_ARGUMENT", "scalars come from /api/scalars");
  const tags = new Set(listParam(q, "tags", "tag"));
  const loaded = await store.loadMany(runsParam(q));
  const runs = loaded.map(({ st, data }) => ({
    run: st.name,
    wall0: st.wall0,
    events: data.others.filter((e) => (kinds.size === 0 || kinds.has(e.kind)) && (tags.size === 0 || tags.has(e.tag))),
  }));
  return { json: { runs } };
}

/** GET /api/export?runs=&tag=&kind=&format=csv|json: the full-resolution data behind one chart. */
export async function exportData(store: RunStore, q: URLSearchParams): Promise<Reply> {
  const format = oneOf(q, "format", ["csv", "json"] as const, "csv");
  const runs = runsParam(q);
  const tag = q.get("tag") ?? "";
  const loaded = await store.loadMany(runs);
  const kind = q.get("kind") || (loaded.some(({ data }) => data.scalars.has(tag)) ? "scalar" : loaded.flatMap(({ data }) => data.others).find((e) => e.tag === tag)?.kind);
  if (!kind) throw new HttpError(404, "NOT_FOUND", `no data for tag ${JSON.stringify(tag)} in ${runs.join(", ")}`);
  if (tag === "" && kind !== "hparams") throw new HttpError(400, "BAD_ARGUMENT", "missing tag=");
  const name = fileName(tag || kind, format);
  if (kind === "scalar") {
    const { found } = scalarSeries(loaded, tag);
    return format === "csv"
      ? { text: toCsv(scalarTable(found)), type: "text/csv; charset=utf-8", filename: name }
      : { text: JSON.stringify(scalarJson(tag, found)), type: "application/json; charset=utf-8", filename: name };
  }
  let events = loaded.flatMap(({ st, data }) => data.others.filter((e) => e.kind === kind && (tag === "" || e.tag === tag)).map((e) => ({ run: st.name, e })));
  // A trial re-logged later (params first, then params and metrics) replaces its earlier event.
  if (kind === "hparams") events = [...new Map(events.map((x) => [`${x.run}\n${trialId(x.e)}`, x])).values()];
  if (format === "json") {
    return { text: JSON.stringify({ kind, tag, events: events.map(({ run, e }) => ({ run, ...e })) }), type: "application/json; charset=utf-8", filename: name };
  }
  return { text: toCsv(eventTable(kind, events)), type: "text/csv; charset=utf-8", filename: name };
}
