import type { RunEvent } from "./events.js";
import type { ScalarSeries } from "./series.js";
import { HttpError } from "./paths.js";

type Cell = string | number | boolean | null | undefined;

/** A table behind one chart: what the CSV holds, one row per point. */
export interface Table {
  columns: string[];
  rows: Cell[][];
}

/** The full-resolution points of one scalar tag (the series a chart draws, before downsampling). */
export function scalarTable(series: { run: string; s: ScalarSeries }[]): Table {
  const rows: Cell[][] = [];
  for (const { run, s } of series) {
    const c = s.ordered();
    for (let i = 0; i < c.step.length; i++) rows.push([run, c.step[i], c.wall[i], c.value[i]]);
  }
  return { columns: ["run", "step", "wall", "value"], rows };
}

/** Rows for the non-scalar kinds: one per bin, curve point, matrix cell, trial, text or diagnostic. */
export function eventTable(kind: string, events: { run: string; e: RunEvent }[]): Table {
  const base = (run: string, e: RunEvent): Cell[] => [run, e.step, e.wall];
  const head = ["run", "step", "wall"];
  const rows: Cell[][] = [];
  switch (kind) {
    case "histogram":
      for (const { run, e } of events) for (const b of e.bins as { lo: number; hi: number; count: number }[]) rows.push([...base(run, e), b.lo, b.hi, b.count]);
      return { columns: [...head, "lo", "hi", "count"], rows };
    case "curve":
      for (const { run, e } of events) {
        const [x, y] = [e.x as Cell[], e.y as Cell[]];
        const std = Array.isArray(e.yStd) ? (e.yStd as Cell[]) : [];
        const th = Array.isArray(e.thresholds) ? (e.thresholds as Cell[]) : [];
        for (let i = 0; i < x.length; i++) rows.push([...base(run, e), e.series as Cell, x[i], y[i], std[i], th[i]]);
      }
      return { columns: [...head, "series", "x", "y", "y_std", "threshold"], rows };
    case "confusion":
      for (const { run, e } of events) {
        const labels = e.labels as Cell[];
        (e.matrix as number[][]).forEach((row, t) => row.forEach((n, p) => rows.push([...base(run, e), labels[t], labels[p], n])));
      }
      return { columns: [...head, "true", "predicted", "count"], rows };
    case "hparams": {
      const params = keysOf(events, "params");
      const metrics = keysOf(events, "metrics");
      const ranked = events.some(({ e }) => typeof e.rank === "number");
      for (const { run, e } of events) {
        const p = (e.params ?? {}) as Record<string, Cell>;
        const m = (e.metrics ?? {}) as Record<string, Cell>;
        rows.push([run, trialId(e), e.step, ...(ranked ? [e.rank as Cell] : []), ...params.map((k) => p[k]), ...metrics.map((k) => m[k])]);
      }
      return { columns: ["run", "trial", "step", ...(ranked ? ["rank"] : []), ...params, ...metrics.map((k) => `metric:${k}`)], rows };
    }
    case "text":
      for (const { run, e } of events) rows.push([...base(run, e), e.text as string]);
      return { columns: [...head, "text"], rows };
    case "diagnostic":
      for (const { run, e } of events) rows.push([...base(run, e), (e.level as string) ?? "info", e.tag, e.message as string]);
      return { columns: [...head, "level", "tag", "message"], rows };
    default:
      throw new HttpError(400, "BAD_ARGUMENT", `kind ${kind} has no CSV form; ask for format=json`);
  }
}

/** A trial's name within its run: its tag, plus its number when a search logs many under one tag. */
export function trialId(e: RunEvent): string {
  return typeof e.trial === "number" || typeof e.trial === "string" ? `${e.tag}-${e.trial}` : e.tag;
}

function keysOf(events: { e: RunEvent }[], field: string): string[] {
  const keys = new Set<string>();
  for (const { e } of events) for (const k of Object.keys((e[field] ?? {}) as object)) keys.add(k);
  return [...keys].sort();
}

/** RFC 4180 CSV; numbers in JavaScript's shortest round-trip form, so parsing them back gives the logged doubles. */
export function toCsv(t: Table): string {
  const cell = (v: Cell): string => {
    if (v === null || v === undefined) return "";
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [t.columns, ...t.rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** JSON of a scalar export: columns per run; non-finite values become null (JSON has no NaN). */
export function scalarJson(tag: string, series: { run: string; s: ScalarSeries }[]): unknown {
  return {
    kind: "scalar",
    tag,
    runs: series.map(({ run, s }) => {
      const c = s.ordered();
      return { run, step: c.step, wall: c.wall, value: c.value.map((v) => (Number.isFinite(v) ? v : null)) };
    }),
  };
}

/** A file name made of the tag, safe for Content-Disposition. */
export function fileName(tag: string, ext: string): string {
  return `${tag.replace(/[^\w.-]+/g, "_").replace(/^[._]+/, "") || "export"}.${ext}`;
}
